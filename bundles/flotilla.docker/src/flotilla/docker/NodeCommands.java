package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Completion;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Role;
import flotilla.engine.state.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `docker node ...`. */
final class NodeCommands {
    private final Simulator sim;
    private final Interpreter shell;

    NodeCommands(Simulator sim, Interpreter shell) {
        this.sim = sim;
        this.shell = shell;
    }

    Command command() {
        return Command.group("node", "Manage Swarm nodes").listedUnder(Command.SWARM).requires(shell::requireLeader)
                .add(Command.of("demote NODE [NODE...]", "Demote one or more nodes from manager in the swarm",
                        f -> promote(f, false)).arity(Arity.atLeast(1)).completes(Completion.Kind.NODES),
                        Command.of("inspect [OPTIONS] self|NODE [NODE...]",
                                "Display detailed information on one or more nodes", this::inspect)
                                .flags(CommonFlags.INSPECT).arity(Arity.atLeast(1))
                                .completes(Completion.Kind.NODES),
                        Command.of("ls [OPTIONS]", "List nodes in the swarm", this::ls).aliases("list")
                                .flags(CommonFlags.LIST).arity(Arity.NONE),
                        Command.of("promote NODE [NODE...]", "Promote one or more nodes to manager in the swarm",
                                f -> promote(f, true)).arity(Arity.atLeast(1)).completes(Completion.Kind.NODES),
                        Command.of("ps [OPTIONS] [NODE...]",
                                "List tasks running on one or more nodes, defaults to current node", this::ps)
                                .flags(CommonFlags.TASK_LIST)
                                .completes(Completion.Kind.NODES),
                        Command.of("rm [OPTIONS] NODE [NODE...]", "Remove one or more nodes from the swarm", this::rm)
                                .aliases("remove").flags(Flag.bool("force", "Force remove a node from the swarm")
                                        .shorthand('f'))
                                .arity(Arity.atLeast(1)).completes(Completion.Kind.NODES),
                        Command.of("update [OPTIONS] NODE", "Update a node", this::update).flags(
                                Flag.value("availability", "string",
                                        "Availability of the node (\"active\", \"pause\", \"drain\")"),
                                Flag.value("label-add", "list", "Add or update a node label (\"key=value\")"),
                                Flag.value("label-rm", "list", "Remove a node label if exists"),
                                Flag.value("role", "string", "Role of the node (\"worker\", \"manager\")"))
                                .arity(Arity.exactly(1)).completes(Completion.Kind.NODES));
    }

    Node find(String ref) {
        Node node = sim.state().findNode(ref);
        if (node == null) {
            throw CommandException.daemon("node " + ref + " not found");
        }
        return node;
    }

    private void ls(Flags flags) {
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

    private void ps(Flags flags) {
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

    private void inspect(Flags flags) {
        List<String> refs = new ArrayList<>(flags.positional());
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

    private void update(Flags flags) {
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

    private void rm(Flags flags) {
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

    private void promote(Flags flags, boolean promote) {
        for (String ref : flags.positional()) {
            Node n = find(ref);
            Role wanted = promote ? Role.MANAGER : Role.WORKER;
            if (n.role() == wanted) {
                shell.say("Node " + ref + " is already a " + wanted.dockerName() + ".");
            } else {
                sim.setRole(n, wanted);
                shell.say(promote
                        ? "Node " + ref + " promoted to a manager in the swarm."
                        : "Manager " + ref + " demoted in the swarm.");
            }
        }
    }
}
