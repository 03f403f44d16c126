package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.model.text.Quantities;
import java.util.Comparator;
import java.util.Map;

/** `docker swarm ...`: the swarm itself. */
final class SwarmCommands {
    /** A host as docker-machine creates them in Docker's tutorial: 1 CPU, 1 GiB. */
    static final Resources DEFAULT_HOST = new Resources(1_000_000_000L, 1L << 30);
    private static final String ADDRESS = "\"<ip|interface>[:port]\"";
    private static final Flag ADVERTISE_ADDR = Flag.value("advertise-addr", "string",
            "Advertised address (format: " + ADDRESS + ")");
    private static final Flag LISTEN_ADDR = Flag.value("listen-addr", "node-addr",
            "Listen address (format: " + ADDRESS + ")").defaultValue("0.0.0.0:2377");
    private static final Flag DISPATCHER_HEARTBEAT = Flag.value("dispatcher-heartbeat", "duration",
            "Dispatcher heartbeat period (ns|us|ms|s|m|h)")
            .defaultValue(Quantities.duration(SwarmDefaults.HEARTBEAT_PERIOD * 1_000_000));
    private static final Flag TASK_HISTORY_LIMIT = Flag.value("task-history-limit", "int",
            "Task history retention limit").defaultValue(String.valueOf(SwarmDefaults.TASK_HISTORY_RETENTION));
    static final Flag FORCE_NEW_CLUSTER = Flag.bool("force-new-cluster",
            "Force create a new cluster from current state");
    private static final Flag CERT_EXPIRY = Flag.value("cert-expiry", "duration",
            "Validity period for node certificates (ns|us|ms|s|m|h)").defaultValue("2160h0m0s");

    private final Simulator sim;
    private final Interpreter shell;

    SwarmCommands(Simulator sim, Interpreter shell) {
        this.sim = sim;
        this.shell = shell;
    }

    Command command() {
        return Command.group("swarm", "Manage Swarm").listedUnder(Command.SWARM).add(
                initCommand(this::init),
                Command.of("update [OPTIONS]", "Update the swarm", this::update).arity(Arity.NONE).flags(
                        Flag.bool("autolock", "Change manager autolocking setting (true|false)"), CERT_EXPIRY,
                        DISPATCHER_HEARTBEAT, TASK_HISTORY_LIMIT).requires(shell::requireManager));
    }

    /** `docker swarm init`, on the manager the console talks to or on one host by name. */
    static Command initCommand(Command.Handler handler) {
        return Command.of("init [OPTIONS]", "Initialize a swarm", handler).arity(Arity.NONE).flags(ADVERTISE_ADDR,
                Flag.bool("autolock", "Enable manager autolocking (requiring an unlock key to start a stopped "
                        + "manager)"),
                CERT_EXPIRY,
                Flag.value("data-path-port", "uint32", "Port number to use for data path traffic (1024 - "
                        + "49151). If no value is set or is set to 0, the default port (4789) is used."),
                Flag.value("default-addr-pool", "ipNetSlice", "default address pool in CIDR format")
                        .defaultValue("[]"),
                DISPATCHER_HEARTBEAT, FORCE_NEW_CLUSTER, LISTEN_ADDR, TASK_HISTORY_LIMIT);
    }

    /** `docker swarm join`, on a host not in the swarm yet. */
    static Command joinCommand(Command.Handler handler) {
        return Command.of("join [OPTIONS] HOST:PORT", "Join a swarm as a node and/or manager", handler)
                .arity(Arity.exactly(1)).flags(ADVERTISE_ADDR,
                        Flag.value("availability", "string", "Availability of the node (\"active\", \"pause\", "
                                + "\"drain\")").defaultValue("active"),
                        Flag.value("data-path-addr", "string", "Address or interface to use for data path traffic "
                                + "(format: \"<ip|interface>\")"),
                        LISTEN_ADDR, Flag.value("token", "string", "Token for entry into the swarm"));
    }

    /**
     * `docker swarm init` on the console's own manager: the swarm's first manager, or with --force-new-cluster
     * the way back from a lost quorum (on the leader while there is one, else the first manager still up).
     */
    private void init(Flags flags) {
        if (flags.has(FORCE_NEW_CLUSTER.name()) && sim.isInitialised()) {
            Node here = sim.leader() != null
                    ? sim.leader()
                    : sim.state().nodes().stream()
                            .filter(n -> n.role() == Role.MANAGER && sim.isPoweredOn(n))
                            .min(Comparator.comparing(Node::hostname))
                            .orElseThrow(() -> CommandException.daemon(Interpreter.NOT_A_MANAGER));
            forceNewCluster(here, flags);
            return;
        }
        init("manager1", DEFAULT_HOST, Map.of(), flags);
    }

    /**
     * `docker swarm init --force-new-cluster` on {@code node}: it keeps the swarm's state and becomes the only
     * raft member, so the swarm has a leader again.
     */
    void forceNewCluster(Node node, Flags flags) {
        if (node.role() != Role.MANAGER) {
            throw CommandException.daemon("This node is not a swarm manager. Use \"docker swarm join\" to join "
                    + "this node to a swarm.");
        }
        sim.forceNewCluster(node);
        initialized(node, flags);
    }

    /** Makes the host called {@code hostname} the swarm's first manager. */
    void init(String hostname, Resources resources, Map<String, String> labels, Flags flags) {
        if (sim.isInitialised()) {
            throw alreadyInSwarm();
        }
        Node leader = sim.init(hostname, resources);
        labels.forEach((k, v) -> sim.setLabel(leader, k, v));
        initialized(leader, flags);
    }

    private void initialized(Node leader, Flags flags) {
        heartbeat(flags);
        String address = flags.has("advertise-addr") ? flags.value("advertise-addr") : leader.address();
        shell.say("Swarm initialized: current node (" + leader.id() + ") is now a manager.\n\n"
                + "To add a worker to this swarm, run the following command:\n\n"
                + "    docker swarm join --token " + token(leader) + " " + address + ":2377\n\n"
                + "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the "
                + "instructions.\n");
    }

    static CommandException alreadyInSwarm() {
        return CommandException.daemon("This node is already part of a swarm. Use \"docker swarm leave\" to "
                + "leave this swarm and join another one.");
    }

    private void update(Flags flags) {
        heartbeat(flags);
        shell.say("Swarm updated.");
    }

    /** The orchestration settings `swarm init` and `swarm update` share. */
    private void heartbeat(Flags flags) {
        if (flags.has("dispatcher-heartbeat")) {
            sim.setHeartbeatPeriod(Units.duration(flags.value("dispatcher-heartbeat")));
        }
        if (flags.has("task-history-limit")) {
            String limit = flags.value("task-history-limit");
            try {
                sim.setTaskHistoryLimit(Long.parseLong(limit));
            } catch (NumberFormatException e) {
                throw new CommandException("invalid argument \"" + limit + "\" for \"--task-history-limit\" flag: "
                        + "strconv.ParseInt: parsing \"" + limit + "\": invalid syntax");
            }
        }
    }

    private static String token(Node leader) {
        return "SWMTKN-1-" + (leader.id() + leader.id()).substring(0, 50) + "-" + leader.id();
    }
}
