package flotilla.docker;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.NetworkAttachment;
import flotilla.engine.state.NetworkAttachmentConfig;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.UpdateConfig;
import flotilla.model.text.ShellWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * `docker service ...`. Like Docker without {@code --detach}, create/update/scale/rollback return once the
 * service converged (the simulated clock moves on); their progress bars are left out, as with {@code -q}.
 */
final class ServiceCommands {
    /** How long an attached command waits for convergence before giving the prompt back. */
    private static final long ATTACHED_WAIT = 10 * 60_000;

    private final Simulator sim;
    private final Interpreter shell;

    ServiceCommands(Simulator sim, Interpreter shell) {
        this.sim = sim;
        this.shell = shell;
    }

    void service(List<String> words) {
        String sub = Interpreter.subcommand("service", words, List.of("create", "update", "scale", "rm", "remove",
                "ls", "list", "ps", "inspect", "rollback"));
        List<String> args = words.subList(1, words.size());
        switch (sub) {
            case "create" -> create(args);
            case "update" -> update(args);
            case "scale" -> scale(args);
            case "rm", "remove" -> rm(args);
            case "ls", "list" -> ls(args);
            case "ps" -> ps(args);
            case "inspect" -> inspect(args);
            default -> rollback(args);
        }
    }

    Service find(String ref) {
        Service s = sim.state().findService(ref);
        if (s == null) {
            throw new CommandException("Error: No such service: " + ref);
        }
        return s;
    }

    private void create(List<String> args) {
        List<String> declared = new ArrayList<>(SpecFlags.COMMON);
        declared.addAll(List.of("name=", "mode=", "network=", "publish|p=", "constraint=", "placement-pref=",
                "env|e=", "mount=", "secret=", "label|l="));
        Flags f = Flags.parse("docker service create", args, false, declared.toArray(String[]::new));
        Interpreter.requireArgs("docker service create", f.positional(), 1,
                "docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]");
        String image = f.positional().get(0);
        String name = f.has("name") ? f.value("name") : generatedName();
        ServiceSpec spec = new ServiceSpec(name, image);
        if (f.positional().size() > 1) {
            spec.args(f.positional().subList(1, f.positional().size()));
        }
        if (f.has("mode")) {
            spec.mode(SpecFlags.mode(f.value("mode")));
        }
        SpecFlags.applyCommon(f, spec);
        if (f.has("replicas") && spec.mode().isGlobal()) {
            throw new CommandException("replicas can only be used with replicated or replicated-job mode");
        }
        spec.networks(SpecFlags.mapped(f.values("network"), SpecFlags::network));
        spec.ports(SpecFlags.mapped(f.values("publish"), SpecFlags::port));
        spec.constraints(f.values("constraint"));
        spec.preferences(SpecFlags.mapped(f.values("placement-pref"), SpecFlags::preference));
        spec.env(f.values("env"));
        spec.mounts(SpecFlags.mapped(f.values("mount"), SpecFlags::mount));
        spec.secrets(secrets(SpecFlags.mapped(f.values("secret"), SpecFlags::secret)));
        spec.labels(SpecFlags.labels(f.values("label")));
        Service service = daemon(() -> sim.createService(spec));
        shell.say(service.id());
        settle(f);
    }

    /** Docker names an unnamed service after two random words; the simulator keeps it reproducible. */
    private String generatedName() {
        return "service_" + sim.state().newId().substring(0, 8);
    }

    private List<String> secrets(List<String> names) {
        for (String n : names) {
            if (sim.state().findSecret(n) == null) {
                throw CommandException.daemon("secret not found: " + n);
            }
        }
        return names;
    }

    /** Runs a manager call, turning its refusal into Docker's "Error response from daemon" line. */
    private static <T> T daemon(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw CommandException.daemon("rpc error: code = InvalidArgument desc = " + e.getMessage());
        }
    }

    private void settle(Flags f) {
        if (!f.bool("detach")) {
            sim.waitUntilConverged(ATTACHED_WAIT);
        }
    }

    private void update(List<String> args) {
        List<String> declared = new ArrayList<>(SpecFlags.COMMON);
        declared.addAll(List.of("image=", "force", "rollback", "args=", "constraint-add=", "constraint-rm=",
                "env-add=", "env-rm=", "publish-add=", "publish-rm=", "network-add=", "network-rm=",
                "placement-pref-add=", "placement-pref-rm=", "label-add=", "label-rm=", "mount-add=", "mount-rm=",
                "secret-add=", "secret-rm="));
        Flags f = Flags.parse("docker service update", args, true, declared.toArray(String[]::new));
        Interpreter.exactArgs("docker service update", f.positional(), 1, "docker service update [OPTIONS] SERVICE");
        Service service = find(f.positional().get(0));
        if (f.bool("rollback")) {
            rollback(service, f);
            shell.say(f.positional().get(0));
            return;
        }
        ServiceSpec spec = service.spec().copy();
        if (f.has("image")) {
            spec.image(f.value("image"));
        }
        if (f.has("args")) {
            spec.args(ShellWords.splitLine(f.value("args")));
        }
        if (f.has("replicas") && spec.mode().isGlobal()) {
            throw new CommandException("replicas can only be used with replicated or replicated-job mode");
        }
        SpecFlags.applyCommon(f, spec);
        spec.constraints(edit(spec.constraints(), f.values("constraint-add"), f.values("constraint-rm")::contains));
        spec.env(edit(spec.env(), f.values("env-add"),
                e -> f.values("env-rm").contains(e.contains("=") ? e.substring(0, e.indexOf('=')) : e)));
        List<PublishedPort> removedPorts = SpecFlags.mapped(f.values("publish-rm"), SpecFlags::port);
        spec.ports(edit(spec.ports(), SpecFlags.mapped(f.values("publish-add"), SpecFlags::port),
                p -> removedPorts.stream().anyMatch(r -> r.target() == p.target() && r.protocol().equals(p.protocol()))));
        spec.networks(edit(spec.networks(), SpecFlags.mapped(f.values("network-add"), SpecFlags::network),
                n -> f.values("network-rm").contains(n.target())));
        spec.preferences(edit(spec.preferences(), SpecFlags.mapped(f.values("placement-pref-add"),
                SpecFlags::preference), p -> f.values("placement-pref-rm").contains("spread=" + p)));
        spec.mounts(edit(spec.mounts(), SpecFlags.mapped(f.values("mount-add"), SpecFlags::mount),
                m -> f.values("mount-rm").contains(m.target())));
        spec.secrets(edit(spec.secrets(), secrets(SpecFlags.mapped(f.values("secret-add"), SpecFlags::secret)),
                f.values("secret-rm")::contains));
        Map<String, String> labels = new LinkedHashMap<>(spec.labels());
        labels.putAll(SpecFlags.labels(f.values("label-add")));
        f.values("label-rm").forEach(labels::remove);
        spec.labels(labels);
        if (f.bool("force")) {
            spec.forceUpdate(spec.forceUpdate() + 1);
        }
        daemon(() -> {
            sim.updateService(service, spec);
            return service;
        });
        shell.say(f.positional().get(0));
        settle(f);
    }

    private static <T> List<T> edit(List<T> current, List<T> added, Predicate<T> removed) {
        List<T> result = new ArrayList<>();
        for (T t : current) {
            if (!removed.test(t)) {
                result.add(t);
            }
        }
        for (T t : added) {
            if (!result.contains(t)) {
                result.add(t);
            }
        }
        return result;
    }

    private void scale(List<String> args) {
        Flags f = Flags.parse("docker service scale", args, true, "detach|d");
        Interpreter.requireArgs("docker service scale", f.positional(), 1,
                "docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]");
        for (String arg : f.positional()) {
            int eq = arg.indexOf('=');
            if (eq <= 0 || !arg.substring(eq + 1).matches("\\d+")) {
                throw Flags.usage("docker service scale", "invalid scale specifier '" + arg + "'");
            }
        }
        List<String> errors = new ArrayList<>();
        for (String arg : f.positional()) {
            int eq = arg.indexOf('=');
            String name = arg.substring(0, eq);
            long replicas = Long.parseLong(arg.substring(eq + 1));
            Service s = sim.state().findService(name);
            if (s == null) {
                errors.add("Error: No such service: " + name);
            } else if (s.spec().mode() != ServiceMode.REPLICATED && s.spec().mode() != ServiceMode.REPLICATED_JOB) {
                errors.add(name + ": scale can only be used with replicated or replicated-job mode");
            } else {
                sim.updateService(s, s.spec().copy().replicas(replicas));
                shell.say(name + " scaled to " + replicas);
            }
        }
        settle(f);
        Interpreter.failIfAny(errors);
    }

    private void rm(List<String> args) {
        Flags f = Flags.parse("docker service rm", args, true);
        Interpreter.requireArgs("docker service rm", f.positional(), 1, "docker service rm SERVICE [SERVICE...]");
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            Service s = sim.state().findService(ref);
            if (s == null) {
                errors.add("Error: No such service: " + ref);
            } else {
                sim.removeService(s);
                shell.say(ref);
            }
        }
        Interpreter.failIfAny(errors);
    }

    private void ls(List<String> args) {
        Flags f = Flags.parse("docker service ls", args, true, "filter|f=", "format=", "quiet|q");
        print(f, service -> Filters.serviceMatches(f.values("filter"), service));
    }

    /** Prints `docker service ls` rows, sorted by name, for the services accepted. */
    void print(Flags f, Predicate<Service> accepted) {
        List<Service> services = new ArrayList<>(sim.state().services());
        services.sort((a, b) -> Views.NATURAL.compare(a.spec().name(), b.spec().name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Service s : services) {
            if (accepted.test(s)) {
                rows.add(Views.serviceRow(sim, s));
            }
        }
        Listing.print(shell.out(), Listing.format(f, Views.SERVICE_LS), Views.SERVICE_LS_HEADERS, rows);
    }

    private void ps(List<String> args) {
        Flags f = Flags.parse("docker service ps", args, true, "filter|f=", "format=", "quiet|q", "no-trunc",
                "no-resolve");
        Interpreter.requireArgs("docker service ps", f.positional(), 1,
                "docker service ps [OPTIONS] SERVICE [SERVICE...]");
        List<Service> services = new ArrayList<>();
        for (String ref : f.positional()) {
            Service s = sim.state().findService(ref);
            if (s == null) {
                throw new CommandException("no such service: " + ref);
            }
            services.add(s);
        }
        printTasks(f, services);
    }

    /** Prints `docker service ps` rows for the services' tasks that pass the filters. */
    void printTasks(Flags f, List<Service> services) {
        List<Task> tasks = new ArrayList<>();
        for (Service s : services) {
            for (Task t : sim.state().tasksOfService(s.id())) {
                if (Filters.taskMatches(sim, f.values("filter"), t)) {
                    tasks.add(t);
                }
            }
        }
        String format = Listing.format(f, Views.TASK_PS);
        Listing.print(shell.out(), format, Views.TASK_PS_HEADERS,
                Views.taskRows(sim, tasks, !f.bool("no-trunc"), format.startsWith("table")));
    }

    private void inspect(List<String> args) {
        Flags f = Flags.parse("docker service inspect", args, true, "format|f=", "pretty");
        Interpreter.requireArgs("docker service inspect", f.positional(), 1,
                "docker service inspect [OPTIONS] SERVICE [SERVICE...]");
        List<Object> objects = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            Service s = sim.state().findService(ref);
            if (s == null) {
                errors.add("Error: no such service: " + ref);
            } else {
                objects.add(describe(s));
            }
        }
        Inspect.print(shell, f.value("format"), objects);
        Interpreter.failIfAny(errors);
    }

    private void rollback(List<String> args) {
        Flags f = Flags.parse("docker service rollback", args, true, "detach|d", "quiet|q");
        Interpreter.exactArgs("docker service rollback", f.positional(), 1, "docker service rollback [OPTIONS] SERVICE");
        rollback(find(f.positional().get(0)), f);
        shell.say(f.positional().get(0));
    }

    private void rollback(Service service, Flags f) {
        if (service.previousSpec() == null) {
            throw CommandException.daemon("rpc error: code = FailedPrecondition desc = service " + service.id()
                    + " does not have a previous spec");
        }
        sim.rollbackService(service);
        settle(f);
    }

    Map<String, Object> describe(Service s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ID", s.id());
        out.put("Version", Map.of("Index", s.version()));
        out.put("Spec", spec(s.spec()));
        if (s.previousSpec() != null) {
            out.put("PreviousSpec", spec(s.previousSpec()));
        }
        Map<String, Object> endpoint = new LinkedHashMap<>();
        List<Object> ports = new ArrayList<>();
        for (PublishedPort p : s.endpointPorts()) {
            ports.add(port(p));
        }
        endpoint.put("Ports", ports);
        List<Object> vips = new ArrayList<>();
        for (NetworkAttachment a : s.virtualIps()) {
            vips.add(Map.of("NetworkID", a.network().id(), "Addr", a.address()));
        }
        endpoint.put("VirtualIPs", vips);
        out.put("Endpoint", endpoint);
        if (s.updateStatus() != null) {
            out.put("UpdateStatus", Map.of("State", s.updateStatus().state().dockerName(),
                    "Message", s.updateStatus().message()));
        }
        return out;
    }

    private static Map<String, Object> port(PublishedPort p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Protocol", p.protocol());
        m.put("TargetPort", p.target());
        m.put("PublishedPort", p.published());
        m.put("PublishMode", p.mode().dockerName());
        return m;
    }

    private static Map<String, Object> spec(ServiceSpec spec) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("Image", spec.image());
        container.put("Args", spec.args());
        container.put("Env", spec.env());
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("ContainerSpec", container);
        task.put("Resources", Map.of(
                "Limits", Map.of("NanoCPUs", spec.limits().nanoCpus(), "MemoryBytes", spec.limits().memoryBytes()),
                "Reservations", Map.of("NanoCPUs", spec.reservations().nanoCpus(),
                        "MemoryBytes", spec.reservations().memoryBytes())));
        Map<String, Object> restart = new LinkedHashMap<>();
        restart.put("Condition", spec.restartPolicy().condition().dockerName());
        restart.put("Delay", spec.restartPolicy().delayMillis() * 1_000_000);
        restart.put("MaxAttempts", spec.restartPolicy().maxAttempts());
        task.put("RestartPolicy", restart);
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("Constraints", spec.constraints());
        List<Object> prefs = new ArrayList<>();
        for (String p : spec.preferences()) {
            prefs.add(Map.of("Spread", Map.of("SpreadDescriptor", p)));
        }
        placement.put("Preferences", prefs);
        placement.put("MaxReplicas", spec.maxReplicasPerNode());
        task.put("Placement", placement);
        List<Object> networks = new ArrayList<>();
        for (NetworkAttachmentConfig n : spec.networks()) {
            networks.add(Map.of("Target", n.target(), "Aliases", n.aliases()));
        }
        task.put("Networks", networks);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Name", spec.name());
        out.put("Labels", spec.labels());
        out.put("TaskTemplate", task);
        out.put("Mode", switch (spec.mode()) {
            case REPLICATED -> Map.of("Replicated", Map.of("Replicas", spec.replicas()));
            case GLOBAL -> Map.of("Global", Map.of());
            case REPLICATED_JOB -> Map.of("ReplicatedJob", Map.of("TotalCompletions", spec.replicas()));
            case GLOBAL_JOB -> Map.of("GlobalJob", Map.of());
        });
        out.put("UpdateConfig", policy(spec.updateConfig()));
        out.put("RollbackConfig", policy(spec.rollbackConfig()));
        List<Object> ports = new ArrayList<>();
        for (PublishedPort p : spec.ports()) {
            ports.add(port(p));
        }
        out.put("EndpointSpec", Map.of("Mode", spec.endpointMode().dockerName(), "Ports", ports));
        return out;
    }

    private static Map<String, Object> policy(UpdateConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Parallelism", c.parallelism());
        m.put("Delay", c.delayMillis() * 1_000_000);
        m.put("FailureAction", c.failureAction().dockerName());
        m.put("Monitor", c.monitorMillis() * 1_000_000);
        m.put("MaxFailureRatio", c.maxFailureRatio());
        m.put("Order", c.order().dockerName());
        return m;
    }
}
