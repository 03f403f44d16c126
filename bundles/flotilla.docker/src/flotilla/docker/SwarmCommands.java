package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;

/** `docker swarm ...`: the swarm itself. */
final class SwarmCommands {
    /** A host as docker-machine creates them in Docker's tutorial: 1 CPU, 1 GiB. */
    static final Resources DEFAULT_HOST = new Resources(1_000_000_000L, 1L << 30);

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
                        Flag.value("listen-addr", "node-addr", "Listen address (format: \"<ip|interface>[:port]\")")
                                .defaultValue("0.0.0.0:2377")));
    }

    private void init(Flags flags) {
        if (sim.isInitialised()) {
            throw CommandException.daemon("This node is already part of a swarm. Use \"docker swarm leave\" to "
                    + "leave this swarm and join another one.");
        }
        Node leader = sim.init("manager1", DEFAULT_HOST);
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
