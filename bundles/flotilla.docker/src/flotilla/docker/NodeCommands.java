package flotilla.docker;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `docker swarm init` and `docker node ...`. */
final class NodeCommands {
    /** A host as docker-machine creates them in Docker's tutorial: 1 CPU, 1 GiB. */
    static final Resources DEFAULT_HOST = new Resources(1_000_000_000L, 1L << 30);

    private final Simulator sim;
    private final Interpreter shell;

    NodeCommands(Simulator sim, Interpreter shell) {
        this.sim = sim;
        this.shell = shell;
    }

    void swarm(List<String> words) {
        String sub = Interpreter.subcommand("swarm", words, List.of("init", "update"));
        if (sub.equals("update")) {
            Flags flags = Flags.parse("docker swarm update", words.subList(1, words.size()), true,
                    "dispatcher-heartbeat=", "task-history-limit=", "cert-expiry=", "autolock");
            if (!sim.isInitialised()) {
                throw CommandException.daemon(Interpreter.NOT_A_MANAGER);
            }
            heartbeat(flags);
            shell.say("Swarm updated.");
            return;
        }
        Flags flags = Flags.parse("docker swarm " + sub, words.subList(1, words.size()), true, "advertise-addr=",
                "listen-addr=", "default-addr-pool=", "data-path-port=", "dispatcher-heartbeat=",
                "task-history-limit=", "cert-expiry=", "autolock");
        if (sim.isInitialised()) {
            throw CommandException.daemon("This node is already part of a swarm. Use \"docker swarm leave\" to "
                    + "leave this swarm and join another one.");
        }
        Node leader = sim.init("manager1", DEFAULT_HOST);
        heartbeat(flags);
        String address = flags.has("advertise-addr") ? flags.value("advertise-addr") : leader.address();
        shell.say("Swarm initialized: current node (" + leader.id() + ") is now a manager.\n\n"
                + "To add a worker to this swarm, run the following command:\n\n"
                + "    docker swarm join --token " + token(leader) + " " + address + ":2377\n\n"
                + "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the "
                + "instructions.\n");
    }

    private void heartbeat(Flags flags) {
        if (flags.has("dispatcher-heartbeat")) {
            sim.setHeartbeatPeriod(Units.duration(flags.value("dispatcher-heartbeat")));
        }
    }

    private static String token(Node leader) {
        return "SWMTKN-1-" + (leader.id() + leader.id()).substring(0, 50) + "-" + leader.id();
    }

    void node(List<String> words) {
        String sub = Interpreter.subcommand("node", words,
                List.of("ls", "list", "ps", "inspect", "update", "rm", "remove", "promote", "demote"));
        List<String> args = words.subList(1, words.size());
        switch (sub) {
            case "ls", "list" -> ls(args);
            case "ps" -> ps(args);
            case "inspect" -> inspect(args);
            case "update" -> update(args);
            case "rm", "remove" -> rm(args);
            default -> promote(args, sub.equals("promote"));
        }
    }

    Node find(String ref) {
        Node node = sim.state().findNode(ref);
        if (node == null) {
            throw CommandException.daemon("node " + ref + " not found");
        }
        return node;
    }

    private void ls(List<String> args) {
        Flags flags = Flags.parse("docker node ls", args, true, "filter|f=", "format=", "quiet|q");
        List<Node> nodes = new ArrayList<>(sim.state().nodes());
        nodes.sort((a, b) -> Views.NATURAL.compare(a.hostname(), b.hostname()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node n : nodes) {
            if (Filters.nodeMatches(flags.values("filter"), n)) {
                rows.add(Views.nodeRow(n));
            }
        }
        Listing.print(shell.out(), Listing.format(flags, Views.NODE_LS), Views.NODE_LS_HEADERS, rows);
    }

    private void ps(List<String> args) {
        Flags flags = Flags.parse("docker node ps", args, true, "filter|f=", "format=", "quiet|q", "no-trunc");
        List<Node> nodes = new ArrayList<>();
        if (flags.positional().isEmpty()) {
            nodes.add(leader());
        }
        List<String> errors = new ArrayList<>();
        for (String ref : flags.positional()) {
            Node n = sim.state().findNode(ref);
            if (n == null) {
                errors.add("Error: No such node: " + ref);
            } else {
                nodes.add(n);
            }
        }
        List<Task> tasks = new ArrayList<>();
        for (Node n : nodes) {
            for (Task t : sim.state().tasksOnNode(n.id())) {
                if (t.serviceId() != null && Filters.taskMatches(sim, flags.values("filter"), t)) {
                    tasks.add(t);
                }
            }
        }
        String format = Listing.format(flags, Views.TASK_PS);
        Listing.print(shell.out(), format, Views.TASK_PS_HEADERS,
                Views.taskRows(sim, tasks, !flags.bool("no-trunc"), format.startsWith("table")));
        Interpreter.failIfAny(errors);
    }

    private Node leader() {
        for (Node n : sim.state().nodes()) {
            if (n.isLeader()) {
                return n;
            }
        }
        throw CommandException.daemon(Interpreter.NOT_A_MANAGER);
    }

    private void inspect(List<String> args) {
        Flags flags = Flags.parse("docker node inspect", args, true, "format|f=", "pretty");
        List<String> refs = new ArrayList<>(flags.positional());
        Interpreter.requireArgs("docker node inspect", refs, 1, "docker node inspect [OPTIONS] self|NODE [NODE...]");
        List<Object> objects = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String ref : refs) {
            Node n = ref.equals("self") ? leader() : sim.state().findNode(ref);
            if (n == null) {
                errors.add("Error: No such node: " + ref);
            } else {
                objects.add(describe(n));
            }
        }
        Inspect.print(shell, flags.value("format"), objects);
        Interpreter.failIfAny(errors);
    }

    static Map<String, Object> describe(Node n) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("Labels", new LinkedHashMap<>(n.labels()));
        spec.put("Role", n.role().dockerName());
        spec.put("Availability", n.availability().dockerName());
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("Hostname", n.hostname());
        description.put("Platform", Map.of("Architecture", n.platform().arch(), "OS", n.platform().os()));
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("NanoCPUs", n.resources().nanoCpus());
        resources.put("MemoryBytes", n.resources().memoryBytes());
        description.put("Resources", resources);
        description.put("Engine", Map.of("EngineVersion", SwarmDefaults.ENGINE_VERSION,
                "Labels", new LinkedHashMap<>(n.engineLabels())));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("State", n.status().name().toLowerCase(java.util.Locale.ROOT));
        status.put("Addr", n.address());
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("ID", n.id());
        node.put("Spec", spec);
        node.put("Description", description);
        node.put("Status", status);
        if (n.role() == Role.MANAGER) {
            Map<String, Object> manager = new LinkedHashMap<>();
            manager.put("Leader", n.isLeader());
            manager.put("Reachability", n.status() == NodeStatus.DOWN ? "unreachable" : "reachable");
            manager.put("Addr", n.address() + ":2377");
            node.put("ManagerStatus", manager);
        }
        return node;
    }

    private void update(List<String> args) {
        Flags flags = Flags.parse("docker node update", args, true, "availability=", "label-add=", "label-rm=",
                "role=");
        Interpreter.exactArgs("docker node update", flags.positional(), 1, "docker node update [OPTIONS] NODE");
        Node node = find(flags.positional().get(0));
        for (String label : flags.values("label-add")) {
            int eq = label.indexOf('=');
            sim.setLabel(node, eq < 0 ? label : label.substring(0, eq), eq < 0 ? "" : label.substring(eq + 1));
        }
        for (String key : flags.values("label-rm")) {
            if (!node.labels().containsKey(key)) {
                throw new CommandException("key " + key + " doesn't exist in node's labels");
            }
            sim.removeLabel(node, key);
        }
        if (flags.has("role")) {
            sim.setRole(node, role(flags.value("role")));
        }
        if (flags.has("availability")) {
            String value = flags.value("availability");
            if (!List.of("active", "pause", "drain").contains(value)) {
                throw new CommandException("invalid argument \"" + value + "\" for \"--availability\" flag: "
                        + "invalid availability: " + value);
            }
            sim.setAvailability(node, Availability.parse(value));
        }
        shell.say(flags.positional().get(0));
    }

    static Role role(String value) {
        return switch (value) {
            case "manager" -> Role.MANAGER;
            case "worker" -> Role.WORKER;
            default -> throw new CommandException("invalid role " + value + ", only worker and manager are supported");
        };
    }

    private void rm(List<String> args) {
        Flags flags = Flags.parse("docker node rm", args, true, "force|f");
        Interpreter.requireArgs("docker node rm", flags.positional(), 1, "docker node rm [OPTIONS] NODE [NODE...]");
        List<String> errors = new ArrayList<>();
        for (String ref : flags.positional()) {
            Node n = sim.state().findNode(ref);
            if (n == null) {
                errors.add("Error response from daemon: node " + ref + " not found");
            } else if (n.status() != NodeStatus.DOWN && !flags.bool("force")) {
                errors.add("Error response from daemon: rpc error: code = FailedPrecondition desc = node " + n.id()
                        + " is not down and can't be removed");
            } else if (n.isLeader()) {
                errors.add("Error response from daemon: rpc error: code = FailedPrecondition desc = node " + n.id()
                        + " is a cluster manager and is a member of the raft cluster. It must be demoted to worker "
                        + "before removal");
            } else {
                sim.removeNode(n);
                shell.say(ref);
            }
        }
        Interpreter.failIfAny(errors);
    }

    private void promote(List<String> args, boolean promote) {
        String command = "docker node " + (promote ? "promote" : "demote");
        Flags flags = Flags.parse(command, args, true);
        Interpreter.requireArgs(command, flags.positional(), 1, command + " NODE [NODE...]");
        for (String ref : flags.positional()) {
            Node n = find(ref);
            Role wanted = promote ? Role.MANAGER : Role.WORKER;
            if (n.role() == wanted) {
                shell.say("Node " + ref + " is already a " + wanted.dockerName() + ".");
            } else {
                sim.setRole(n, wanted);
                shell.say(promote ? "Node " + ref + " promoted to a manager in the swarm."
                        : "Manager " + ref + " demoted in the swarm.");
            }
        }
    }
}
