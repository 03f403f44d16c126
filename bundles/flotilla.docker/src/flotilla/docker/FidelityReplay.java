package flotilla.docker;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import java.time.Duration;
import java.time.Instant;
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
public final class FidelityReplay {
    private static final Pattern UPDATE_STATE = Pattern.compile("\"State\":\"([a-z_]+)\"");
    private static final Pattern SERVICE_PS = Pattern.compile("docker service ps (\\S+) --no-trunc .*");
    private static final Pattern UPDATE_SERVICE = Pattern.compile("docker service inspect (\\S+) ");
    private static final Pattern STARTED_AT = Pattern.compile("\"StartedAt\":\"([^\"]+)\"");
    private static final Pattern COMPLETED_AT = Pattern.compile("\"CompletedAt\":\"([^\"]+)\"");
    /** How far a timed update may be off: the lab's engines start a container in about a second, the simulator's in two. */
    private static final long UPDATE_TIME_TOLERANCE = 4_000;
    private static final long SETTLE_LIMIT = 3_600_000;

    private final FidelityCase fidelityCase;
    private final Simulator sim = new Simulator(1);
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final Interpreter shell;
    private final Set<String> hostnames = new LinkedHashSet<>();

    public FidelityReplay(FidelityCase fidelityCase) {
        this.fidelityCase = fidelityCase;
        this.shell = new Interpreter(sim, new ComposeStackFiles(), fidelityCase.dir(), out, err);
    }

    /** Every way the simulator's run differs from the recording; empty when they agree. */
    public List<String> differences() {
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
            // The recorder keeps what a manager's command printed to either stream (a node's engine: stdout).
            List<String> simulated = new ArrayList<>(out.toString().lines().filter(l -> !l.isEmpty()).toList());
            if (!command.startsWith("@")) {
                err.toString().lines().filter(l -> !l.isEmpty()).map(l -> l.replaceFirst("^line \\d+: ", ""))
                        .forEach(simulated::add);
            }
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
            Matcher timed = UPDATE_SERVICE.matcher(command);
            if (timed.find() && fidelityCase.timed().contains(timed.group(1))) {
                long realMillis = updateMillis(section.getValue());
                long simulatedMillis = updateMillis(simulated);
                if (realMillis < 0 || simulatedMillis < 0
                        || Math.abs(realMillis - simulatedMillis) > UPDATE_TIME_TOLERANCE) {
                    differences.add(command + ": the update took " + realMillis + " ms on the real swarm, "
                            + simulatedMillis + " ms simulated");
                }
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

    /** From StartedAt to CompletedAt of an update status line; -1 without both. */
    private static long updateMillis(List<String> lines) {
        for (String line : lines) {
            Matcher started = STARTED_AT.matcher(line);
            Matcher completed = COMPLETED_AT.matcher(line);
            if (started.find() && completed.find()) {
                return Duration.between(Instant.parse(started.group(1)), Instant.parse(completed.group(1)))
                        .toMillis();
            }
        }
        return -1;
    }

    /**
     * What is compared of one command's output: the update state, the tasks, or the sorted lines with ids,
     * times and raft indexes (which no two swarms share) blanked.
     */
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
        boolean lsOfTies = command.startsWith("docker service ls") && fidelityCase.historyAsSet()
                && fidelityCase.lines().stream().anyMatch(l -> l.startsWith("sim node-down"));
        List<String> sorted = new ArrayList<>();
        for (String line : lines) {
            if (lsOfTies && fidelityCase.ties().contains(line.split(" ", 2)[0])) {
                // How many of a tied service's tasks a lost node held, and so still counts as running until swarm
                // marks the node down, follows where swarm put them at random: the desired count is compared.
                line = line.replaceFirst(" \\d+/(\\d+)", " ?/$1");
            }
            sorted.add(line.replaceAll("\\b[a-z0-9]{25}\\b", "<id>")
                    .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>")
                    .replaceAll("\"Index\":\\d+", "\"Index\":<index>"));
        }
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
        if (ties && fidelityCase.historyAsSet()) {
            // Whether a drain or a lost node stopped any of a tied service's tasks, and how many, follows where swarm
            // put them at random: its live tasks and their spread over the nodes are compared, not its history.
            rows = new ArrayList<>(rows.stream().filter(r -> !r.contains("|Shutdown|")).toList());
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
