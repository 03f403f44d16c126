package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;

/** `docker swarm ...`: the swarm itself. */
final class SwarmCommands {
    /** A host as docker-machine creates them in Docker's tutorial: 1 CPU, 1 GiB. */
    static final Resources DEFAULT_HOST = new Resources(1_000_000_000L, 1L << 30);

    static final Flag FORCE_NEW_CLUSTER = Flag.bool("force-new-cluster",
            "Force create a new cluster from current state");

    private final Simulator sim;
    private final Interpreter shell;

    SwarmCommands(Simulator sim, Interpreter shell) {
        this.sim = sim;
        this.shell = shell;
    }

    Command command() {
        return Command.group("swarm", "Manage Swarm").listedUnder(Command.SWARM).add(
                Command.of("init [OPTIONS]", "Initialize a swarm", this::init).arity(Arity.NONE).flags(
                        Flag.value("advertise-addr", "string", "Advertised address (format: \"<ip|interface>[:port]\")"),
                        Flag.value("data-path-port", "uint32", "Port number to use for data path traffic (1024 - "
                                + "49151). If no value is set or is set to 0, the default port (4789) is used."),
                        Flag.value("default-addr-pool", "ipNetSlice", "default address pool in CIDR format")
                                .defaultValue("[]"),
                        FORCE_NEW_CLUSTER,
                        Flag.value("listen-addr", "node-addr", "Listen address (format: \"<ip|interface>[:port]\")")
                                .defaultValue("0.0.0.0:2377")));
    }

    private void init(Flags flags) {
        if (flags.has(FORCE_NEW_CLUSTER.name()) && sim.isInitialised()) {
            // On the shell's own host: the leader while there is one, else the first manager still up.
            Node here = sim.leader() != null ? sim.leader() : sim.state().nodes().stream()
                    .filter(n -> n.role() == Role.MANAGER && sim.isPoweredOn(n))
                    .min(java.util.Comparator.comparing(Node::hostname))
                    .orElseThrow(() -> CommandException.daemon(Interpreter.NOT_A_MANAGER));
            forceNewCluster(here, flags);
            return;
        }
        if (sim.isInitialised()) {
            throw CommandException.daemon("This node is already part of a swarm. Use \"docker swarm leave\" to "
                    + "leave this swarm and join another one.");
        }
        initialized(sim.init("manager1", DEFAULT_HOST), flags);
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

    private void initialized(Node leader, Flags flags) {
        String address = flags.has("advertise-addr") ? flags.value("advertise-addr") : leader.address();
        shell.say("Swarm initialized: current node (" + leader.id() + ") is now a manager.\n\n"
                + "To add a worker to this swarm, run the following command:\n\n"
                + "    docker swarm join --token " + token(leader) + " " + address + ":2377\n\n"
                + "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the "
                + "instructions.\n");
    }

    private static String token(Node leader) {
        return "SWMTKN-1-" + (leader.id() + leader.id()).substring(0, 50) + "-" + leader.id();
    }
}
