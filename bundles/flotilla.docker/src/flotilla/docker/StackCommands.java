package flotilla.docker;

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
import java.util.TreeMap;

/** `docker stack ...`: services and networks named STACK_NAME and labelled with the stack's namespace. */
final class StackCommands {
    static final String NAMESPACE = "com.docker.stack.namespace";
    private static final String DEFAULT_NETWORK = "default";

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

    void stack(List<String> words) {
        String sub = Interpreter.subcommand("stack", words, List.of("deploy", "up", "ls", "list", "ps", "services",
                "rm", "remove", "down"));
        List<String> args = words.subList(1, words.size());
        switch (sub) {
            case "deploy", "up" -> deploy(args);
            case "ls", "list" -> ls(args);
            case "ps" -> ps(args);
            case "services" -> services(args);
            default -> rm(args);
        }
    }

    private void deploy(List<String> args) {
        Flags f = Flags.parse("docker stack deploy", args, true, "compose-file|c=", "prune", "detach|d",
                "with-registry-auth", "resolve-image=", "quiet|q");
        Interpreter.exactArgs("docker stack deploy", f.positional(), 1, "docker stack deploy [OPTIONS] STACK");
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
            declared.put(DEFAULT_NETWORK, new StackFileReader.StackNetwork(DEFAULT_NETWORK, "overlay", false, false,
                    null, Map.of()));
        }
        for (StackFileReader.StackNetwork n : declared.values()) {
            if (n.external()) {
                if (sim.state().findNetwork(n.name()) == null) {
                    throw new CommandException("network \"" + n.name() + "\" is declared as external, but could not be "
                            + "found. You need to create a swarm-scoped network before the stack is deployed");
                }
                continue;
            }
            String name = stack + "_" + n.name();
            if (sim.state().findNetwork(name) == null) {
                shell.say("Creating network " + name);
                Map<String, String> labels = new LinkedHashMap<>(n.labels());
                labels.put(NAMESPACE, stack);
                sim.networks().createNetwork(name, n.driver() == null ? "overlay" : n.driver(), n.subnet(),
                        n.attachable(), false, false, labels);
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
                if (n == null) {
                    throw new CommandException("service \"" + original.name() + "\" refers to undefined network "
                            + c.target() + ": invalid compose project");
                }
                networks.add(new NetworkAttachmentConfig(n.external() ? n.name() : stack + "_" + n.name(),
                        c.aliases()));
            }
            spec.networks(networks);
            Map<String, String> labels = new LinkedHashMap<>(spec.labels());
            labels.put(NAMESPACE, stack);
            spec.labels(labels);
            Service existing = sim.state().findService(spec.name());
            try {
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

    private void ls(List<String> args) {
        Flags f = Flags.parse("docker stack ls", args, true, "format=");
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

    private void services(List<String> args) {
        Flags f = Flags.parse("docker stack services", args, true, "filter|f=", "format=", "quiet|q");
        Interpreter.exactArgs("docker stack services", f.positional(), 1, "docker stack services [OPTIONS] STACK");
        String stack = f.positional().get(0);
        if (servicesOf(stack).isEmpty()) {
            throw new CommandException("Nothing found in stack: " + stack);
        }
        services.print(f, s -> stack.equals(s.spec().labels().get(NAMESPACE))
                && Filters.serviceMatches(f.values("filter"), s));
    }

    private void ps(List<String> args) {
        Flags f = Flags.parse("docker stack ps", args, true, "filter|f=", "format=", "quiet|q", "no-trunc",
                "no-resolve");
        Interpreter.exactArgs("docker stack ps", f.positional(), 1, "docker stack ps [OPTIONS] STACK");
        List<Service> own = servicesOf(f.positional().get(0));
        if (own.isEmpty()) {
            throw new CommandException("nothing found in stack: " + f.positional().get(0));
        }
        services.printTasks(f, own);
    }

    private void rm(List<String> args) {
        Flags f = Flags.parse("docker stack rm", args, true, "detach|d");
        Interpreter.requireArgs("docker stack rm", f.positional(), 1, "docker stack rm [OPTIONS] STACK [STACK...]");
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
                sim.networks().removeNetwork(n);
            }
        }
    }
}
