package flotilla.ui.simulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Tab completion for the console, like a shell's: the word under the cursor (the line's last word) is
 * completed from what may stand there, commands first, then the swarm's node hostnames, service names
 * and network names. One candidate completes the word; several complete their common prefix and are
 * listed.
 */
public final class ConsoleCompletion {

    /** The names the swarm knows now; the console takes them from the last snapshot, never from the engine. */
    public record Names(Collection<String> hostnames, Collection<String> services, Collection<String> networks) {
    }

    /** The line after completion, and the candidates to list when several remain (empty otherwise). */
    public record Result(String line, List<String> candidates) {
    }

    private static final List<String> FIRST = List.of("docker", "sim", "echo");
    private static final List<String> DOCKER = List.of("swarm", "node", "service", "network", "secret", "stack");
    private static final Map<String, List<String>> DOCKER_SUBCOMMANDS = Map.of(
            "swarm", List.of("init", "update"),
            "node", List.of("ls", "ps", "inspect", "update", "rm", "promote", "demote"),
            "service", List.of("create", "update", "scale", "rm", "ls", "ps", "inspect", "rollback"),
            "network", List.of("create", "ls", "rm", "inspect"),
            "secret", List.of("create", "ls", "rm"),
            "stack", List.of("deploy", "ls", "ps", "services", "rm"));
    private static final List<String> SIM = List.of("add-node", "node-down", "node-up", "crash", "partition", "heal",
            "wait", "curl", "log");
    private static final List<String> NODE_LOCAL = List.of("ps", "network", "kill", "stop");

    private ConsoleCompletion() {
    }

    public static Result complete(String line, Names names) {
        int start = line.lastIndexOf(' ') + 1;
        String word = line.substring(start);
        List<String> before = List.of(line.substring(0, start).trim().split("\\s+"));
        if (before.size() == 1 && before.get(0).isEmpty()) {
            before = List.of();
        }
        List<String> matches = new ArrayList<>();
        for (String candidate : candidates(before, names)) {
            if (candidate.startsWith(word) && !matches.contains(candidate)) {
                matches.add(candidate);
            }
        }
        if (matches.isEmpty()) {
            return new Result(line, List.of());
        }
        if (matches.size() == 1) {
            String match = matches.get(0);
            boolean open = match.endsWith(":") || match.endsWith("=");
            return new Result(line.substring(0, start) + match + (open ? "" : " "), List.of());
        }
        return new Result(line.substring(0, start) + commonPrefix(matches), matches);
    }

    /** What may stand after {@code before}. */
    private static List<String> candidates(List<String> before, Names names) {
        List<String> result = new ArrayList<>();
        if (before.isEmpty()) {
            result.addAll(FIRST);
            names.hostnames().forEach(h -> result.add("@" + h));
            return result;
        }
        String first = before.get(0);
        String previous = before.get(before.size() - 1);
        if (previous.equals("--network")) {
            return List.copyOf(names.networks());
        }
        if (first.startsWith("@")) {
            return before.size() == 1 ? List.of("docker") : before.size() == 2 ? NODE_LOCAL : List.of();
        }
        if (first.equals("sim")) {
            if (before.size() == 1) {
                return SIM;
            }
            String verb = before.get(1);
            if (List.of("node-down", "node-up", "crash", "partition").contains(verb)) {
                return List.copyOf(names.hostnames());
            }
            if (verb.equals("curl")) {
                names.hostnames().forEach(h -> result.add(h + ":"));
            }
            return result;
        }
        if (first.equals("docker")) {
            if (before.size() == 1) {
                return DOCKER;
            }
            String group = before.get(1);
            if (before.size() == 2) {
                return DOCKER_SUBCOMMANDS.getOrDefault(group, List.of());
            }
            String sub = before.get(2);
            switch (group) {
                case "node" -> result.addAll(names.hostnames());
                case "service" -> {
                    if (sub.equals("scale")) {
                        names.services().forEach(s -> result.add(s + "="));
                    } else if (!sub.equals("create") && !sub.equals("ls")) {
                        result.addAll(names.services());
                    }
                }
                case "network" -> {
                    if (sub.equals("rm") || sub.equals("inspect")) {
                        result.addAll(names.networks());
                    }
                }
                default -> {
                }
            }
            return result;
        }
        // echo and unknown commands: any name may help.
        result.addAll(names.hostnames());
        result.addAll(names.services());
        result.addAll(names.networks());
        return result;
    }

    private static String commonPrefix(List<String> words) {
        String prefix = words.get(0);
        for (String w : words) {
            int i = 0;
            while (i < prefix.length() && i < w.length() && prefix.charAt(i) == w.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }
}
