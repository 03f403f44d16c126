package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Completion;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
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

/** The simulation verbs ({@code sim ...}): hosts join, stop and fail, the network splits, time passes. */
final class SimCommands {
    /** `sim wait` without a duration gives up after this much simulated time. */
    private static final long CONVERGENCE_LIMIT = 3_600_000;
    private final Simulator sim;
    private final Interpreter shell;
    private final StandaloneHosts standalone;

    SimCommands(Simulator sim, Interpreter shell, StandaloneHosts standalone) {
        this.sim = sim;
        this.shell = shell;
        this.standalone = standalone;
    }

    Command command() {
        Runnable swarm = shell::requireManager;
        return Command.group("sim", "Drive the simulated swarm: hosts, failures and time").add(
                Command.of("add-node [OPTIONS] NAME", "Add a host that joins the swarm", this::addNode).flags(
                        Flag.value("cpus", "decimal", "Number of CPUs"),
                        Flag.value("label", "list", "Set a node label (\"key=value\")"),
                        Flag.value("memory", "bytes", "Memory of the host"),
                        Flag.value("role", "string", "Role of the node (\"worker\", \"manager\")")
                                .defaultValue("worker"))
                        .arity(Arity.exactly(1)),
                Command.of("node-down NODE", "Stop a host, and its containers with it",
                        f -> sim.nodeDown(node(f.positional().get(0)))).arity(Arity.exactly(1)).requires(swarm)
                        .completes(Completion.Kind.NODES),
                Command.of("node-up NODE", "Start a stopped host again", f -> sim.nodeUp(node(f.positional().get(0))))
                        .arity(Arity.exactly(1)).requires(swarm).completes(Completion.Kind.NODES),
                Command.of("crash NODE", "Kill every container on a host",
                        f -> sim.crashAll(node(f.positional().get(0)))).arity(Arity.exactly(1)).requires(swarm)
                        .completes(Completion.Kind.NODES),
                Command.of("partition NODE [NODE...]", "Cut hosts off from the managers", this::partition)
                        .arity(Arity.atLeast(1)).requires(swarm).completes(Completion.Kind.NODES),
                Command.of("heal", "End every partition", f -> sim.heal()).arity(Arity.NONE).requires(swarm),
                Command.of("wait [DURATION]", "Let simulated time pass: DURATION, or until the swarm settles",
                        this::await).arity(Arity.atMost(1)),
                Command.of("curl NODE:PORT", "Ask a published port on a host, as curl would",
                        f -> curl(f.positional().get(0))).arity(Arity.exactly(1)).requires(swarm)
                        .completes(Completion.Kind.NODE_PORTS),
                Command.of("log", "Print the timeline so far", this::log).arity(Arity.NONE).requires(swarm));
    }

    private Node node(String ref) {
        Node n = sim.state().findNode(ref);
        if (n == null) {
            throw new CommandException("Error: No such node: " + ref);
        }
        return n;
    }

    private void addNode(Flags f) {
        String name = f.positional().get(0);
        if (sim.state().findNode(name) != null || standalone.find(name) != null) {
            throw new CommandException("a node named " + name + " already exists");
        }
        Role role = NodeCommands.role(f.value("role"));
        Resources resources = new Resources(
                f.has("cpus") ? Units.nanoCpus(f.value("cpus")) : SwarmCommands.DEFAULT_HOST.nanoCpus(),
                f.has("memory") ? Units.bytes(f.value("memory")) : SwarmCommands.DEFAULT_HOST.memoryBytes());
        if (!sim.isInitialised()) {
            // No swarm yet: a host of its own, until `@NAME docker swarm init` (or join) makes it a node.
            standalone.add(name, new StandaloneHosts.Host(role, resources, SpecFlags.labels(f.values("label"))));
            return;
        }
        sim.join(name, role, resources, SpecFlags.labels(f.values("label")));
        shell.say("This node joined a swarm as a " + role.dockerName() + ".");
    }

    private void partition(Flags f) {
        List<Node> nodes = new ArrayList<>();
        for (String ref : f.positional()) {
            nodes.add(node(ref));
        }
        sim.partition(nodes);
    }

    private void await(Flags f) {
        List<String> args = f.positional();
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
    private void log(Flags f) {
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
}
