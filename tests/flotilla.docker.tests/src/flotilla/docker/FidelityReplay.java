package flotilla.docker;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays a fidelity case on the simulator, from a swarm of the lab's own nodes (names, roles,
 * resources), one line at a time, letting it settle after each as the recorder let the real swarm
 * settle; then runs the recording's observation commands and compares what swarm determines.
 */
final class FidelityReplay {
    private static final Pattern UPDATE_STATE = Pattern.compile("\"State\":\"([a-z_]+)\"");
    private static final Pattern SERVICE_PS = Pattern.compile("docker service ps (\\S+) .*");
    private static final long SETTLE_LIMIT = 3_600_000;

    private final FidelityCase fidelityCase;
    private final Simulator sim = new Simulator(1);
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final Interpreter shell;
    private final Set<String> hostnames = new LinkedHashSet<>();

    FidelityReplay(FidelityCase fidelityCase) {
        this.fidelityCase = fidelityCase;
        this.shell = new Interpreter(sim, new ComposeStackFiles(), fidelityCase.dir(), out, err);
    }

    /** Every way the simulator's run differs from the recording; empty when they agree. */
    List<String> differences() {
        for (String node : fidelityCase.nodes()) {
            // HOSTNAME ROLE NANOCPUS MEMORYBYTES ADDRESS
            String[] f = node.split(" ");
            Resources resources = new Resources(Long.parseLong(f[2]), Long.parseLong(f[3]));
            hostnames.add(f[0]);
            if (!sim.isInitialised()) {
                sim.init(f[0], resources);
            } else {
                sim.join(f[0], f[1].equals("manager") ? Role.MANAGER : Role.WORKER, resources, Map.of());
            }
        }
        sim.waitUntilConverged(SETTLE_LIMIT);
        List<String> differences = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        int number = 0;
        for (String line : fidelityCase.lines()) {
            boolean ok = shell.execute(line, ++number);
            statuses.add(ok ? 0 : 1);
            sim.waitUntilConverged(SETTLE_LIMIT);
        }
        List<Integer> realStatuses = fidelityCase.exitStatuses().stream().map(s -> s == 0 ? 0 : 1).toList();
        if (!realStatuses.equals(statuses)) {
            differences.add("exit statuses: real " + realStatuses + ", simulated " + statuses + " " + err);
        }
        Set<String> members = new LinkedHashSet<>();
        fidelityCase.observation().forEach((command, lines) -> {
            if (command.startsWith("docker node ls")) {
                lines.forEach(line -> members.add(line.split(" ")[0]));
            }
        });
        List<String> realPerNode = new ArrayList<>();
        List<String> simulatedPerNode = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : fidelityCase.observation().entrySet()) {
            String command = section.getKey();
            if (command.startsWith("@") && !members.contains(command.substring(1, command.indexOf(' ')))) {
                // A host removed from the swarm: what its engine still lists is not swarm's doing.
                continue;
            }
            out.setLength(0);
            err.setLength(0);
            shell.execute(command, 0);
            // The recorder keeps a manager's errors (2>&1: "The swarm does not have a leader..."), not a node's.
            String shown = command.startsWith("@")
                    ? out.toString()
                    : out.toString() + err.toString().replaceAll("(?m)^line \\d+: ", "");
            List<String> simulated = shown.lines().filter(l -> !l.isEmpty()).toList();
            Object real = normalise(command, section.getValue());
            Object mine = normalise(command, simulated);
            if (command.startsWith("@") && !fidelityCase.ties().isEmpty()) {
                // Where swarm placed tasks at random, so went their networks: compared node for node as a multiset.
                realPerNode.add(real.toString());
                simulatedPerNode.add(mine.toString());
                continue;
            }
            if (!real.equals(mine)) {
                differences.add(command + "\n    real:      " + real + "\n    simulated: " + mine
                        + (err.isEmpty() ? "" : "\n    errors:    " + err.toString().strip()));
            }
        }
        realPerNode.sort(null);
        simulatedPerNode.sort(null);
        if (!realPerNode.equals(simulatedPerNode)) {
            differences.add("networks per node (any order)\n    real:      " + realPerNode + "\n    simulated: "
                    + simulatedPerNode);
        }
        return differences;
    }

    /** What is compared of one command's output. */
    private Object normalise(String command, List<String> lines) {
        if (command.contains("{{json .UpdateStatus}}")) {
            List<String> states = new ArrayList<>();
            for (String line : lines) {
                Matcher m = UPDATE_STATE.matcher(line);
                states.add(m.find() ? m.group(1) : line);
            }
            return states;
        }
        Matcher ps = SERVICE_PS.matcher(command);
        if (ps.matches()) {
            return tasks(lines, fidelityCase.ties().contains(ps.group(1)));
        }
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        return sorted;
    }

    /**
     * `service ps` rows NAME|NODE|DESIRED|CURRENT|ERROR|PORTS: the state without its age, a node swarm
     * no longer knows as "?", a global task's name without its node id. Where swarm breaks ties at
     * random the rows are compared without their slot and node, plus the number of running tasks per
     * node as a sorted list.
     */
    private Object tasks(List<String> lines, boolean ties) {
        List<String> rows = new ArrayList<>();
        Map<String, Integer> running = new TreeMap<>();
        for (String line : lines) {
            String[] c = line.split("\\|", -1);
            if (c.length < 6) {
                rows.add(line);
                continue;
            }
            String name = c[0].matches(".*\\.\\d+") ? c[0] : c[0].replaceFirst("\\.[^.]*$", ".*");
            String node = hostnames.contains(c[1]) ? c[1] : c[1].isEmpty() ? "" : "?";
            String state = c[3].split(" ")[0];
            // An error naming a container (NAME.TASKID) names it without the id, which no two swarms share.
            String error = c[4].replaceAll("\\.[a-z0-9]{25}\\b", ".<id>");
            // Each port once (the lab's engine reports a host port for IPv4 and IPv6), in a fixed order.
            String ports = String.join(",", new java.util.TreeSet<>(List.of(c[5].split(","))));
            if (ties) {
                rows.add(name.replaceFirst("\\.\\d+$", ".*") + "|" + c[2] + "|" + state + "|" + error + "|" + ports);
                if (c[2].equals("Running")) {
                    running.merge(node, 1, Integer::sum);
                }
            } else {
                rows.add(name + "|" + node + "|" + c[2] + "|" + state + "|" + error + "|" + ports);
            }
        }
        rows.sort(null);
        if (!ties) {
            return rows;
        }
        List<Integer> shape = new ArrayList<>(running.values());
        shape.sort(null);
        return List.of(rows, "running per node " + shape);
    }
}
