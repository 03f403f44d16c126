package flotilla.docker;

import flotilla.docker.command.CommandException;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.model.text.EnumNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** `--filter key=value`: values of one key are alternatives, different keys must all hold. */
final class Filters {
    private Filters() {
    }

    private static Map<String, List<String>> parse(List<String> filters, List<String> keys) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq < 0) {
                throw new CommandException("bad format of filter (expected name=value)");
            }
            String key = f.substring(0, eq);
            if (!keys.contains(key)) {
                throw CommandException.daemon("invalid filter '" + key + "'");
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f.substring(eq + 1));
        }
        return byKey;
    }

    private static boolean all(Map<String, List<String>> byKey, Map<String, Predicate<String>> tests) {
        for (Map.Entry<String, List<String>> e : byKey.entrySet()) {
            if (e.getValue().stream().noneMatch(tests.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean labelMatches(Map<String, String> labels, String wanted) {
        int eq = wanted.indexOf('=');
        return eq < 0
                ? labels.containsKey(wanted)
                : wanted.substring(eq + 1).equals(labels.get(wanted.substring(0, eq)));
    }

    static boolean nodeMatches(List<String> filters, Node n) {
        Map<String, List<String>> byKey = parse(filters,
                List.of("id", "label", "node.label", "membership", "name", "role"));
        return all(byKey, Map.of(
                "id", v -> n.id().startsWith(v),
                "label", v -> labelMatches(n.engineLabels(), v),
                "node.label", v -> labelMatches(n.labels(), v),
                "membership", v -> v.equals("accepted"),
                "name", v -> n.hostname().startsWith(v),
                "role", v -> n.role().dockerName().equals(v)));
    }

    /** `docker network ls --filter` on a row of the listing (name matches a part of the name, as Docker's does). */
    static boolean networkMatches(List<String> filters, Map<String, Object> row, Map<String, String> labels) {
        Map<String, List<String>> byKey = parse(filters, List.of("driver", "id", "label", "name", "scope", "type"));
        String name = (String) row.get("Name");
        boolean builtin = List.of("bridge", "host", "none").contains(name) && "local".equals(row.get("Scope"));
        return all(byKey, Map.of(
                "driver", v -> v.equals(row.get("Driver")),
                "id", v -> ((String) row.get("ID")).startsWith(v),
                "label", v -> labelMatches(labels, v),
                "name", name::contains,
                "scope", v -> v.equals(row.get("Scope")),
                "type", v -> {
                    if (!v.equals("custom") && !v.equals("builtin")) {
                        throw CommandException.daemon("invalid filter: 'type'='" + v + "'");
                    }
                    return v.equals("builtin") == builtin;
                }));
    }

    static boolean serviceMatches(List<String> filters, Service s) {
        Map<String, List<String>> byKey = parse(filters, List.of("id", "label", "mode", "name"));
        return all(byKey, Map.of(
                "id", v -> s.id().startsWith(v),
                "label", v -> labelMatches(s.spec().labels(), v),
                "mode",
                v -> EnumNames.convert(s.spec().mode(), flotilla.model.ServiceMode.class).getLiteral().equals(v),
                "name", v -> s.spec().name().startsWith(v)));
    }

    static boolean taskMatches(Simulator sim, List<String> filters, Task t) {
        Map<String, List<String>> byKey = parse(filters, List.of("desired-state", "id", "name", "node", "service"));
        Node node = t.nodeId() == null ? null : sim.state().node(t.nodeId());
        return all(byKey, Map.of(
                "desired-state", v -> desired(v, t),
                "id", v -> t.id().startsWith(v),
                "name", v -> t.name().startsWith(v),
                "node", v -> node != null && (node.hostname().equals(v) || node.id().startsWith(v)),
                "service", v -> t.serviceName().equals(v) || t.serviceId().startsWith(v)));
    }

    private static boolean desired(String value, Task t) {
        return switch (value) {
        case "running" -> t.desiredState() == TaskState.RUNNING;
        case "shutdown" -> t.desiredState() == TaskState.SHUTDOWN;
        case "accepted" -> t.desiredState() == TaskState.ACCEPTED;
        default -> throw new CommandException("Invalid desired-state filter value: " + value);
        };
    }
}
