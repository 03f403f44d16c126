package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Role;
import flotilla.engine.state.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One node's own engine ({@code @NODE docker ps}): its containers and local networks, not the swarm's. */
final class NodeLocalCommands {
    private static final String PS = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedAt}}\t{{.Status}}\t"
            + "{{.Ports}}\t{{.Names}}";
    private static final Map<String, String> PS_HEADERS = Map.of("ID", "CONTAINER ID", "Image", "IMAGE",
            "Command", "COMMAND", "CreatedAt", "CREATED", "Status", "STATUS", "Ports", "PORTS", "Names", "NAMES");
    private static final Flag SIGNAL = Flag.value("signal", "string", "Signal to send to the container").shorthand('s');

    private final Simulator sim;
    private final Interpreter shell;
    private final NetworkCommands networks;
    private final SwarmCommands swarm;
    private final StandaloneHosts standalone;
    private final Command docker;
    /** The host the line addresses, while it runs: a swarm node, or a host not in the swarm yet. */
    private String hostname;
    private Node node;
    private StandaloneHosts.Host host;

    NodeLocalCommands(Simulator sim, Interpreter shell, NetworkCommands networks, SwarmCommands swarm,
            StandaloneHosts standalone) {
        this.sim = sim;
        this.shell = shell;
        this.networks = networks;
        this.swarm = swarm;
        this.standalone = standalone;
        this.docker = Command.group("docker", "A self-sufficient runtime for containers").add(
                Command.group("swarm", "Manage Swarm").listedUnder(Command.SWARM).add(
                        SwarmCommands.initCommand(this::swarmInit), SwarmCommands.joinCommand(this::swarmJoin)),
                Command.of("ps [OPTIONS]", "List containers", this::ps).flags(
                        Flag.bool("all", "Show all containers (default shows just running)").shorthand('a'),
                        CommonFlags.FORMAT, Flag.bool("no-trunc", "Don't truncate output"),
                        Flag.bool("quiet", "Only display container IDs").shorthand('q')).arity(Arity.NONE),
                Command.group("network", "Manage networks").listedUnder(Command.MANAGEMENT)
                        .add(NetworkCommands.lsCommand(this::networkLs)),
                Command.of("kill [OPTIONS] CONTAINER [CONTAINER...]", "Kill one or more running containers",
                        this::kill).flags(SIGNAL).arity(Arity.atLeast(1)),
                Command.of("stop [OPTIONS] CONTAINER [CONTAINER...]", "Stop one or more running containers",
                        this::kill).flags(SIGNAL,
                                Flag.value("timeout", "int",
                                        "Seconds to wait before killing the container").shorthand('t'))
                        .arity(Arity.atLeast(1)));
    }

    Command command() {
        return docker;
    }

    /** Runs {@code words} ("docker ps ...") on the engine of the node called {@code nodeName}. */
    void run(String nodeName, List<String> words) {
        StandaloneHosts.Host outside = standalone.find(nodeName);
        Node target = sim.state().findNode(nodeName);
        if (target == null && outside == null) {
            throw new CommandException("error during connect: dial tcp: lookup " + nodeName + ": no such host");
        }
        if (target != null && !sim.isPoweredOn(target)) {
            throw new CommandException("Cannot connect to the Docker daemon at tcp://" + target.address()
                    + ":2376. Is the docker daemon running?");
        }
        if (words.isEmpty() || !words.get(0).equals(docker.name())) {
            throw new CommandException("@" + nodeName + " runs docker ps|network ls|kill ID|stop ID|swarm init|swarm "
                    + "join");
        }
        hostname = nodeName;
        node = target;
        host = outside;
        try {
            docker.execute(words.subList(1, words.size()), shell::say);
        } finally {
            hostname = null;
            node = null;
            host = null;
        }
    }

    /** The addressed host as a swarm node; a host outside the swarm only answers `docker swarm init|join`. */
    private Node node() {
        if (node == null) {
            throw CommandException.daemon(Interpreter.NOT_A_MANAGER);
        }
        return node;
    }

    private void swarmInit(Flags f) {
        if (host == null && f.has(SwarmCommands.FORCE_NEW_CLUSTER.name())) {
            // The way back from a lost quorum runs on the manager that survived.
            swarm.forceNewCluster(node(), f);
            return;
        }
        if (host == null) {
            throw SwarmCommands.alreadyInSwarm();
        }
        swarm.init(hostname, host.resources(), host.labels(), f);
        standalone.remove(hostname);
    }

    private void swarmJoin(Flags f) {
        if (host == null) {
            throw SwarmCommands.alreadyInSwarm();
        }
        if (!sim.isInitialised()) {
            throw CommandException.daemon("rpc error: code = Unavailable desc = connection error: no swarm to join");
        }
        standalone.remove(hostname);
        sim.join(hostname, host.role(), host.resources(), host.labels());
        shell.say("This node joined a swarm as a " + host.role().dockerName() + ".");
    }

    private void networkLs(Flags f) {
        networks.print(f, networks.rows(node(), node().role() == Role.MANAGER));
    }

    private void ps(Flags f) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, String> c : sim.containersOn(node()).entrySet()) {
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

    /** `docker kill` and `docker stop`: the container ends; swarm treats it as a failed task. */
    private void kill(Flags f) {
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            String taskId = null;
            for (Map.Entry<String, String> c : sim.containersOn(node()).entrySet()) {
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
