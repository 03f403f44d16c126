package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Network;
import flotilla.engine.state.NetworkAttachmentConfig;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** `docker stack ...`: services and networks named STACK_NAME and labelled with the stack's namespace. */
final class StackCommands {
    static final String NAMESPACE = "com.docker.stack.namespace";
    private static final String DEFAULT_NETWORK = "default";
    /** Networks every engine has, which docker/cli never looks up when a stack names them external. */
    private static final Set<String> BUILT_IN_NETWORKS = Set.of("host", "bridge", "none");

    private final Simulator sim;
    private final Interpreter shell;
    private final ServiceCommands services;
    private final StackFileReader reader;
    private final java.nio.file.Path baseDir;

    StackCommands(Simulator sim, Interpreter shell, ServiceCommands services, StackFileReader reader,
            java.nio.file.Path baseDir) {
        this.sim = sim;
        this.shell = shell;
        this.services = services;
        this.reader = reader;
        this.baseDir = baseDir;
    }

    Command command() {
        return Command.group("stack", "Manage Swarm stacks").listedUnder(Command.SWARM)
                .requires(shell::requireLeader).add(
                        Command.of("deploy [OPTIONS] STACK", "Deploy a new stack or update an existing stack",
                                this::deploy).aliases("up").flags(
                                        Flag.value("compose-file", "strings",
                                                "Path to a Compose file, or \"-\" to read from "
                                                        + "stdin")
                                                .shorthand('c'),
                                        Flag.bool("detach",
                                                "Exit immediately instead of waiting for the stack services to "
                                                        + "converge")
                                                .shorthand('d').defaultValue("true"),
                                        Flag.bool("prune", "Prune services that are no longer referenced"),
                                        CommonFlags.QUIET_PROGRESS,
                                        Flag.value("resolve-image", "string",
                                                "Query the registry to resolve image digest and "
                                                        + "supported platforms (\"always\", \"changed\", \"never\")")
                                                .defaultValue("always"),
                                        Flag.bool("with-registry-auth",
                                                "Send registry authentication details to Swarm agents"))
                                .arity(Arity.exactly(1)),
                        Command.of("ls [OPTIONS]", "List stacks", this::ls).aliases("list").flags(CommonFlags.FORMAT)
                                .arity(Arity.NONE),
                        Command.of("ps [OPTIONS] STACK", "List the tasks in the stack", this::ps).flags(
                                CommonFlags.FILTER, CommonFlags.FORMAT, CommonFlags.NO_RESOLVE, CommonFlags.NO_TRUNC,
                                CommonFlags.QUIET_TASKS).arity(Arity.exactly(1)),
                        Command.of("rm [OPTIONS] STACK [STACK...]", "Remove one or more stacks", this::rm)
                                .aliases("remove", "down")
                                .flags(Flag.bool("detach", "Do not wait for stack removal").shorthand('d')
                                        .defaultValue("true"))
                                .arity(Arity.atLeast(1)),
                        Command.of("services [OPTIONS] STACK", "List the services in the stack", this::services)
                                .flags(CommonFlags.LIST)
                                .arity(Arity.exactly(1)));
    }

    private void deploy(Flags f) {
        if (!f.has("compose-file")) {
            throw new CommandException("Please specify only one compose file (with --compose-file).");
        }
        if (reader == null) {
            throw new CommandException("stack deploy needs a compose file reader, which this engine was not given");
        }
        String stack = f.positional().get(0);
        StackFileReader.StackFile file;
        try {
            file = reader.read(baseDir.resolve(f.value("compose-file")));
        } catch (IOException e) {
            throw new CommandException("open " + f.value("compose-file") + ": " + e.getMessage());
        }
        Map<String, StackFileReader.StackNetwork> declared = new TreeMap<>();
        for (StackFileReader.StackNetwork n : file.networks()) {
            declared.put(n.name(), n);
        }
        boolean needsDefault = file.services().stream().anyMatch(s -> s.networks().isEmpty());
        if (needsDefault && !declared.containsKey(DEFAULT_NETWORK)) {
            declared.put(DEFAULT_NETWORK, new StackFileReader.StackNetwork(DEFAULT_NETWORK, null, "overlay", false,
                    false, null, Map.of(), Map.of()));
        }
        // Everything is checked before anything is created, as docker stack deploy does: a failed deploy
        // leaves the swarm as it was. Only the networks services use count (docker/cli's convert.Networks).
        Set<String> used = new TreeSet<>();
        for (ServiceSpec service : file.services()) {
            List<String> targets = service.networks().isEmpty()
                    ? List.of(DEFAULT_NETWORK)
                    : service.networks().stream().map(NetworkAttachmentConfig::target).toList();
            for (String target : targets) {
                if (!declared.containsKey(target)) {
                    throw new CommandException("service \"" + service.name() + "\" refers to undefined network "
                            + target + ": invalid compose project");
                }
                used.add(target);
            }
        }
        for (String key : used) {
            StackFileReader.StackNetwork n = declared.get(key);
            // Built-in networks (host, bridge, none) exist on every node; docker/cli checks only user-defined ones.
            String name = n.nameIn(stack);
            if (n.external() && !BUILT_IN_NETWORKS.contains(name) && sim.state().findNetwork(name) == null) {
                throw new CommandException("network \"" + name + "\" is declared as external, but could not be "
                        + "found. You need to create a swarm-scoped network before the stack is deployed");
            }
        }
        for (String key : used) {
            StackFileReader.StackNetwork n = declared.get(key);
            if (n.external()) {
                continue;
            }
            // A network with a name of its own keeps it (docker/cli's convert.Networks), still labelled with the stack.
            String name = n.nameIn(stack);
            if (sim.state().findNetwork(name) == null) {
                shell.say("Creating network " + name);
                Map<String, String> labels = new LinkedHashMap<>(n.labels());
                labels.put(NAMESPACE, stack);
                sim.createNetwork(name, n.driver() == null ? "overlay" : n.driver(), n.subnet(), n.attachable(),
                        false, labels);
            }
        }
        List<ServiceSpec> specs = new ArrayList<>(file.services());
        specs.sort(Comparator.comparing(ServiceSpec::name));
        for (ServiceSpec original : specs) {
            ServiceSpec spec = original.copy().name(stack + "_" + original.name());
            List<NetworkAttachmentConfig> networks = new ArrayList<>();
            List<NetworkAttachmentConfig> wanted = original.networks().isEmpty()
                    ? List.of(new NetworkAttachmentConfig(DEFAULT_NETWORK, List.of(original.name())))
                    : original.networks();
            for (NetworkAttachmentConfig c : wanted) {
                StackFileReader.StackNetwork n = declared.get(c.target());
                networks.add(new NetworkAttachmentConfig(n.nameIn(stack), c.aliases()));
            }
            spec.networks(networks);
            Map<String, String> labels = new LinkedHashMap<>(spec.labels());
            labels.put(NAMESPACE, stack);
            spec.labels(labels);
            Service existing = sim.state().findService(spec.name());
            try {
                if (spec.image() == null || spec.image().isBlank()) {
                    // swarmkit's controlapi: a compose service with only build: gets this far.
                    throw new IllegalArgumentException("ContainerSpec: image reference must be provided");
                }
                if (existing == null) {
                    shell.say("Creating service " + spec.name());
                    sim.createService(spec);
                } else {
                    shell.say("Updating service " + spec.name() + " (id: " + existing.id() + ")");
                    sim.updateService(existing, spec);
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw CommandException.daemon("rpc error: code = InvalidArgument desc = " + e.getMessage());
            }
        }
    }

    private List<Service> servicesOf(String stack) {
        List<Service> result = new ArrayList<>();
        for (Service s : sim.state().services()) {
            if (stack.equals(s.spec().labels().get(NAMESPACE))) {
                result.add(s);
            }
        }
        return result;
    }

    private void ls(Flags f) {
        Map<String, Integer> counts = new TreeMap<>(Views.NATURAL);
        for (Service s : sim.state().services()) {
            String stack = s.spec().labels().get(NAMESPACE);
            if (stack != null) {
                counts.merge(stack, 1, Integer::sum);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((name, n) -> rows.add(Map.of("Name", name, "Services", String.valueOf(n))));
        Listing.print(shell.out(), Listing.format(f, "table {{.Name}}\t{{.Services}}"),
                Map.of("Name", "NAME", "Services", "SERVICES"), rows);
    }

    private void services(Flags f) {
        String stack = f.positional().get(0);
        if (servicesOf(stack).isEmpty()) {
            throw new CommandException("Nothing found in stack: " + stack);
        }
        services.print(f, s -> stack.equals(s.spec().labels().get(NAMESPACE))
                && Filters.serviceMatches(f.values("filter"), s));
    }

    private void ps(Flags f) {
        List<Service> own = servicesOf(f.positional().get(0));
        if (own.isEmpty()) {
            throw new CommandException("nothing found in stack: " + f.positional().get(0));
        }
        services.printTasks(f, own);
    }

    private void rm(Flags f) {
        for (String stack : f.positional()) {
            List<Service> own = servicesOf(stack);
            List<Network> networks = new ArrayList<>();
            for (Network n : sim.state().networks()) {
                if (stack.equals(n.labels().get(NAMESPACE))) {
                    networks.add(n);
                }
            }
            if (own.isEmpty() && networks.isEmpty()) {
                shell.say("Nothing found in stack: " + stack);
                continue;
            }
            own.sort(Comparator.comparing(s -> s.spec().name()));
            for (Service s : own) {
                shell.say("Removing service " + s.spec().name());
                sim.removeService(s);
            }
            for (Network n : networks) {
                shell.say("Removing network " + n.name());
                sim.removeNetwork(n);
            }
        }
    }
}
