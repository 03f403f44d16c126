package flotilla.docker;

import flotilla.engine.network.RoutingMesh;
import flotilla.engine.sim.EventLog;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Ids;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The simulation verbs ({@code sim ...}) and node-local engine commands ({@code @NODE docker ...}). */
final class SimCommands {
    /** `sim wait` without a duration gives up after this much simulated time. */
    private static final long CONVERGENCE_LIMIT = 3_600_000;
    private static final String PS = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedAt}}\t{{.Status}}\t"
            + "{{.Ports}}\t{{.Names}}";
    private static final Map<String, String> PS_HEADERS = Map.of("ID", "CONTAINER ID", "Image", "IMAGE",
            "Command", "COMMAND", "CreatedAt", "CREATED", "Status", "STATUS", "Ports", "PORTS", "Names", "NAMES");

    private final Simulator sim;
    private final Interpreter shell;
    private final NetworkCommands networks;
    /** Hosts added before a swarm exists, by name: not in a swarm until `@NAME docker swarm init|join`. */
    private final Map<String, Host> standalone = new LinkedHashMap<>();

    private record Host(Role role, Resources resources, Map<String, String> labels) {
    }

    SimCommands(Simulator sim, Interpreter shell, NetworkCommands networks) {
        this.sim = sim;
        this.shell = shell;
        this.networks = networks;
    }

    void sim(List<String> words) {
        String sub = Interpreter.subcommand("sim", words, List.of("add-node", "node-down", "node-up", "crash",
                "partition", "heal", "wait", "curl", "log"));
        List<String> args = words.subList(1, words.size());
        if (!sim.isInitialised() && !sub.equals("wait") && !sub.equals("add-node")) {
            throw CommandException.daemon(Interpreter.NOT_A_MANAGER);
        }
        switch (sub) {
            case "add-node" -> addNode(args);
            case "node-down" -> sim.nodeDown(node(one("sim node-down", args, "NODE")));
            case "node-up" -> sim.nodeUp(node(one("sim node-up", args, "NODE")));
            case "crash" -> sim.crashAll(node(one("sim crash", args, "NODE")));
            case "partition" -> partition(args);
            case "heal" -> sim.heal();
            case "wait" -> await(args);
            case "log" -> log(args);
            default -> curl(one("sim curl", args, "NODE:PORT"));
        }
    }

    private static String one(String command, List<String> args, String what) {
        Interpreter.exactArgs(command, args, 1, command + " " + what);
        return args.get(0);
    }

    private Node node(String ref) {
        Node n = sim.state().findNode(ref);
        if (n == null) {
            throw new CommandException("Error: No such node: " + ref);
        }
        return n;
    }

    private void addNode(List<String> args) {
        Flags f = Flags.parse("sim add-node", args, true, "role=", "label=", "cpus=", "memory=");
        Interpreter.exactArgs("sim add-node", f.positional(), 1,
                "sim add-node NAME [--role manager|worker] [--label K=V]... [--cpus N] [--memory SIZE]");
        String name = f.positional().get(0);
        if (sim.state().findNode(name) != null || standalone.containsKey(name)) {
            throw new CommandException("a node named " + name + " already exists");
        }
        Role role = f.has("role") ? NodeCommands.role(f.value("role")) : Role.WORKER;
        Resources resources = new Resources(
                f.has("cpus") ? Units.nanoCpus(f.value("cpus")) : NodeCommands.DEFAULT_HOST.nanoCpus(),
                f.has("memory") ? Units.bytes(f.value("memory")) : NodeCommands.DEFAULT_HOST.memoryBytes());
        if (!sim.isInitialised()) {
            // No swarm yet: a host of its own, until `@NAME docker swarm init` (or join) makes it a node.
            standalone.put(name, new Host(role, resources, SpecFlags.labels(f.values("label"))));
            return;
        }
        sim.join(name, role, resources, SpecFlags.labels(f.values("label")));
        shell.say("This node joined a swarm as a " + role.dockerName() + ".");
    }

    private void partition(List<String> args) {
        Interpreter.requireArgs("sim partition", args, 1, "sim partition NODE...");
        List<Node> nodes = new ArrayList<>();
        for (String ref : args) {
            nodes.add(node(ref));
        }
        sim.partition(nodes);
    }

    private void await(List<String> args) {
        if (args.size() > 1) {
            throw new CommandException("\"sim wait\" accepts at most one argument.\nUsage:  sim wait [DURATION]");
        }
        if (args.isEmpty()) {
            if (!sim.waitUntilConverged(CONVERGENCE_LIMIT)) {
                throw new CommandException("the swarm did not converge within " + CONVERGENCE_LIMIT / 60_000
                        + " minutes");
            }
        } else {
            sim.advance(Units.duration(args.get(0)));
        }
    }

    /** `sim log`: the timeline so far, one event a line (task events too unless they are switched off). */
    private void log(List<String> args) {
        Interpreter.exactArgs("sim log", args, 0, "sim log");
        for (EventLog.Event e : sim.log().events()) {
            shell.say(e.toString());
        }
    }

    private void curl(String target) {
        int colon = target.lastIndexOf(':');
        if (colon <= 0 || !target.substring(colon + 1).matches("\\d+")) {
            throw new CommandException("curl: (3) URL rejected: Port number was not a decimal number between 0 "
                    + "and 65535");
        }
        RoutingMesh.Answer answer = sim.mesh().request(target.substring(0, colon),
                Integer.parseInt(target.substring(colon + 1)));
        if (!answer.answered()) {
            String reason = answer.failure();
            int code = reason.startsWith("Could not resolve") ? 6 : reason.contains("timed out") ? 28 : 7;
            throw new CommandException("curl: (" + code + ") " + reason);
        }
        Task t = answer.task();
        shell.say(t.name() + " (" + Ids.shortId(t.id()) + ") on " + answer.node().hostname());
    }

    /** `@NAME docker swarm init|join` on a host that is not in the swarm yet. */
    private void standaloneHost(String name, Host host, List<String> words) {
        if (words.size() < 3 || !words.get(0).equals("docker") || !words.get(1).equals("swarm")
                || !List.of("init", "join").contains(words.get(2))) {
            throw CommandException.daemon(Interpreter.NOT_A_MANAGER);
        }
        Flags f = Flags.parse("docker swarm " + words.get(2), words.subList(3, words.size()), true, "advertise-addr=",
                "listen-addr=", "default-addr-pool=", "data-path-port=", "dispatcher-heartbeat=", "token=",
                "task-history-limit=", "cert-expiry=", "autolock");
        if (words.get(2).equals("init")) {
            if (sim.isInitialised()) {
                throw CommandException.daemon("This node is already part of a swarm. Use \"docker swarm leave\" "
                        + "to leave this swarm and join another one.");
            }
            Node leader = sim.init(name, host.resources());
            host.labels().forEach((k, v) -> sim.setLabel(leader, k, v));
            if (f.has("dispatcher-heartbeat")) {
                sim.setHeartbeatPeriod(Units.duration(f.value("dispatcher-heartbeat")));
            }
            standalone.remove(name);
            shell.say("Swarm initialized: current node (" + leader.id() + ") is now a manager.");
            return;
        }
        if (!sim.isInitialised()) {
            throw CommandException.daemon("rpc error: code = Unavailable desc = connection error: no swarm to join");
        }
        standalone.remove(name);
        sim.join(name, host.role(), host.resources(), host.labels());
        shell.say("This node joined a swarm as a " + host.role().dockerName() + ".");
    }

    void nodeLocal(String nodeName, List<String> words) {
        Host host = standalone.get(nodeName);
        if (host != null) {
            standaloneHost(nodeName, host, words);
            return;
        }
        Node node = sim.state().findNode(nodeName);
        if (node == null) {
            throw new CommandException("error during connect: dial tcp: lookup " + nodeName + ": no such host");
        }
        if (!sim.isPoweredOn(node)) {
            throw new CommandException("Cannot connect to the Docker daemon at tcp://" + node.address()
                    + ":2376. Is the docker daemon running?");
        }
        if (words.isEmpty() || !words.get(0).equals("docker") || words.size() < 2) {
            throw new CommandException("@" + nodeName + " runs docker ps|network ls|kill ID|stop ID");
        }
        List<String> args = words.subList(2, words.size());
        switch (words.get(1)) {
            case "ps" -> ps(node, args);
            case "network" -> {
                if (args.isEmpty() || !args.get(0).equals("ls")) {
                    throw new CommandException("@" + nodeName + " supports docker network ls");
                }
                Flags f = Flags.parse("docker network ls", args.subList(1, args.size()), true, "format=", "quiet|q",
                        "filter|f=", "no-trunc");
                networks.print(f, networks.rows(node, node.role() == Role.MANAGER));
            }
            case "kill", "stop" -> kill(node, words.get(1), args);
            default -> throw new CommandException("docker: '" + words.get(1) + "' is not a docker command.\n"
                    + "See 'docker --help'");
        }
    }

    private void ps(Node node, List<String> args) {
        Flags f = Flags.parse("docker ps", args, true, "format=", "quiet|q", "no-trunc", "all|a");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, String> c : sim.containersOn(node).entrySet()) {
            Task t = sim.state().task(c.getKey());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", f.bool("no-trunc") ? c.getValue() : c.getValue().substring(0, 12));
            row.put("Image", Views.image(t.spec().image()));
            String command = String.join(" ", t.spec().args());
            row.put("Command", "\"" + command + "\"");
            String age = Units.humanDuration(sim.now() - t.updatedAt());
            row.put("CreatedAt", age + " ago");
            row.put("Status", "Up " + age);
            row.put("Ports", "");
            row.put("Names", t.name() + "." + t.id());
            rows.add(0, row);
        }
        Listing.print(shell.out(), Listing.format(f, PS), PS_HEADERS, rows);
    }

    private void kill(Node node, String verb, List<String> args) {
        Interpreter.requireArgs("docker " + verb, args, 1, "docker " + verb + " [OPTIONS] CONTAINER [CONTAINER...]");
        List<String> errors = new ArrayList<>();
        for (String ref : args) {
            String taskId = null;
            for (Map.Entry<String, String> c : sim.containersOn(node).entrySet()) {
                Task t = sim.state().task(c.getKey());
                if (c.getValue().startsWith(ref) || (t.name() + "." + t.id()).equals(ref)) {
                    taskId = c.getKey();
                }
            }
            if (taskId == null) {
                errors.add("Error response from daemon: No such container: " + ref);
            } else {
                sim.killContainer(node, taskId);
                shell.say(ref);
            }
        }
        Interpreter.failIfAny(errors);
    }
}
