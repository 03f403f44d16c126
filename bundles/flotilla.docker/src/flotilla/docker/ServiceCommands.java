package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Completion;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
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
import flotilla.engine.state.UpdateStatus;
import java.time.Instant;
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

    Command command() {
        return Command.group("service", "Manage Swarm services").listedUnder(Command.SWARM)
                .requires(shell::requireLeader).add(
                        Command.of("create [OPTIONS] IMAGE [COMMAND] [ARG...]", "Create a new service", this::create)
                                .flags(SpecFlags.common(true)).flags(CREATE_FLAGS).flagsBeforeArguments()
                                .arity(Arity.atLeast(1)),
                        Command.of("inspect [OPTIONS] SERVICE [SERVICE...]",
                                "Display detailed information on one or more services", this::inspect)
                                .flags(CommonFlags.INSPECT).arity(Arity.atLeast(1))
                                .completes(Completion.Kind.SERVICES),
                        Command.of("ls [OPTIONS]", "List services", this::ls).aliases("list")
                                .flags(CommonFlags.LIST).arity(Arity.NONE),
                        Command.of("ps [OPTIONS] SERVICE [SERVICE...]", "List the tasks of one or more services",
                                this::ps).flags(CommonFlags.TASK_LIST)
                                .arity(Arity.atLeast(1)).completes(Completion.Kind.SERVICES),
                        Command.of("rm SERVICE [SERVICE...]", "Remove one or more services", this::rm).aliases("remove")
                                .arity(Arity.atLeast(1)).completes(Completion.Kind.SERVICES),
                        Command.of("rollback [OPTIONS] SERVICE", "Revert changes to a service's configuration",
                                this::rollback).flags(CommonFlags.DETACH, CommonFlags.QUIET_PROGRESS)
                                .arity(Arity.exactly(1)).completes(Completion.Kind.SERVICES),
                        Command.of("scale SERVICE=REPLICAS [SERVICE=REPLICAS...]",
                                "Scale one or multiple replicated services", this::scale).flags(CommonFlags.DETACH)
                                .arity(Arity.atLeast(1)).completes(Completion.Kind.SERVICE_SCALES),
                        Command.of("update [OPTIONS] SERVICE", "Update a service", this::update)
                                .flags(SpecFlags.common(false)).flags(UPDATE_FLAGS).arity(Arity.exactly(1))
                                .completes(Completion.Kind.SERVICES));
    }

    /** The flags only `docker service create` has. */
    private static final List<Flag> CREATE_FLAGS = List.of(
            Flag.value("config", "config", "Specify configurations to expose to the service"),
            Flag.value("constraint", "list", "Placement constraints"),
            Flag.value("env", "list", "Set environment variables").shorthand('e'),
            Flag.value("label", "list", "Service labels").shorthand('l'),
            Flag.value("mode", "string", "Service mode (\"replicated\", \"global\", \"replicated-job\", "
                    + "\"global-job\")").defaultValue("replicated"),
            Flag.value("mount", "mount", "Attach a filesystem mount to the service"),
            Flag.value("name", "string", "Service name"),
            Flag.value("network", "network", "Network attachments").completes(Completion.Kind.NETWORKS),
            Flag.value("placement-pref", "pref", "Add a placement preference"),
            Flag.value("publish", "port", "Publish a port as a node port").shorthand('p'),
            Flag.value("secret", "secret", "Specify secrets to expose to the service"));

    /** The flags only `docker service update` has. */
    private static final List<Flag> UPDATE_FLAGS = List.of(
            Flag.value("args", "command", "Service command args"),
            Flag.value("config-add", "config", "Add or update a config file on a service"),
            Flag.value("config-rm", "list", "Remove a configuration file"),
            Flag.value("constraint-add", "list", "Add or update a placement constraint"),
            Flag.value("constraint-rm", "list", "Remove a constraint"),
            Flag.value("env-add", "list", "Add or update an environment variable"),
            Flag.value("env-rm", "list", "Remove an environment variable"),
            Flag.bool("force", "Force update even if no changes require it"),
            Flag.value("image", "string", "Service image tag"),
            Flag.value("label-add", "list", "Add or update a service label"),
            Flag.value("label-rm", "list", "Remove a label by its key"),
            Flag.value("mount-add", "mount", "Add or update a mount on a service"),
            Flag.value("mount-rm", "list", "Remove a mount by its target path"),
            Flag.value("network-add", "network", "Add a network").completes(Completion.Kind.NETWORKS),
            Flag.value("network-rm", "list", "Remove a network").completes(Completion.Kind.NETWORKS),
            Flag.value("placement-pref-add", "pref", "Add a placement preference"),
            Flag.value("placement-pref-rm", "pref", "Remove a placement preference"),
            Flag.value("publish-add", "port", "Add or update a published port"),
            Flag.value("publish-rm", "port", "Remove a published port by its target port"),
            Flag.bool("rollback", "Rollback to previous specification"),
            Flag.value("secret-add", "secret", "Add or update a secret on a service"),
            Flag.value("secret-rm", "list", "Remove a secret"));

    Service find(String ref) {
        Service s = sim.state().findService(ref);
        if (s == null) {
            throw new CommandException("Error: No such service: " + ref);
        }
        return s;
    }

    private void create(Flags f) {
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
        spec.secrets(existing("secret", SpecFlags.mapped(f.values("secret"), SpecFlags::source)));
        spec.configs(existing("config", SpecFlags.mapped(f.values("config"), SpecFlags::source)));
        spec.labels(SpecFlags.labels(f.values("label")));
        Service service = daemon(() -> sim.createService(spec));
        shell.say(service.id());
        settle(f);
    }

    /** Docker names an unnamed service after two random words; the simulator keeps it reproducible. */
    private String generatedName() {
        return "service_" + sim.newId().substring(0, 8);
    }

    /** The secrets or configs named, each checked to exist as the docker CLI checks before it asks. */
    private List<String> existing(String kind, List<String> names) {
        for (String n : names) {
            boolean found = kind.equals("secret")
                    ? sim.state().findSecret(n) != null
                    : sim.state().findConfig(n) != null;
            if (!found) {
                throw CommandException.daemon(kind + " not found: " + n);
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

    private void update(Flags f) {
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
                p -> removedPorts.stream()
                        .anyMatch(r -> r.target() == p.target() && r.protocol().equals(p.protocol()))));
        spec.networks(edit(spec.networks(), SpecFlags.mapped(f.values("network-add"), SpecFlags::network),
                n -> f.values("network-rm").contains(n.target())));
        spec.preferences(edit(spec.preferences(), SpecFlags.mapped(f.values("placement-pref-add"),
                SpecFlags::preference), p -> f.values("placement-pref-rm").contains("spread=" + p)));
        spec.mounts(edit(spec.mounts(), SpecFlags.mapped(f.values("mount-add"), SpecFlags::mount),
                m -> f.values("mount-rm").contains(m.target())));
        spec.secrets(edit(spec.secrets(), existing("secret", SpecFlags.mapped(f.values("secret-add"),
                SpecFlags::source)), f.values("secret-rm")::contains));
        spec.configs(edit(spec.configs(), existing("config", SpecFlags.mapped(f.values("config-add"),
                SpecFlags::source)), f.values("config-rm")::contains));
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

    private void scale(Flags f) {
        for (String arg : f.positional()) {
            int eq = arg.indexOf('=');
            if (eq <= 0 || !arg.substring(eq + 1).matches("\\d+")) {
                throw f.usageError("invalid scale specifier '" + arg + "'");
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

    private void rm(Flags f) {
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

    private void ls(Flags f) {
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
        Listing.print(shell.out(), Listing.format(f, Views.SERVICE_LS), Views.SERVICE_LS_HEADERS, rows,
                "*service.serviceContext");
    }

    private void ps(Flags f) {
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

    private void inspect(Flags f) {
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

    private void rollback(Flags f) {
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
        // Absent until the first update, as in Docker (`{{json .UpdateStatus}}` prints null).
        out.put("UpdateStatus", s.updateStatus() == null ? null : updateStatus(s.updateStatus()));
        out.put("JobStatus", s.spec().mode().isJob() ? jobStatus(s) : null);
        return out;
    }

    /**
     * swarm.JobStatus of a job: the iteration (Index, the service's version when it last ran, left out of
     * JSON while 0, as for a job never updated) and when it last ran (the simulated clock).
     */
    private static Map<String, Object> jobStatus(Service s) {
        Map<String, Object> iteration = new GoStruct();
        if (s.updatedAt() > s.createdAt()) {
            iteration.put("Index", s.version());
        }
        Map<String, Object> m = new GoStruct();
        m.put("JobIteration", iteration);
        m.put("LastExecution", Instant.ofEpochMilli(s.updatedAt()).toString());
        return m;
    }

    /** swarm.UpdateStatus in its field order; times on the simulated clock, CompletedAt only once it ended. */
    private static Map<String, Object> updateStatus(UpdateStatus status) {
        Map<String, Object> m = new GoStruct();
        m.put("State", status.state().dockerName());
        m.put("StartedAt", Instant.ofEpochMilli(status.startedAt()).toString());
        if (status.completedAt() > 0) {
            m.put("CompletedAt", Instant.ofEpochMilli(status.completedAt()).toString());
        }
        m.put("Message", status.message());
        return m;
    }

    /** swarm.PortConfig: `{{.Endpoint.Ports}}` prints [{ tcp 80 30000 ingress}], Name first and empty. */
    private static Map<String, Object> port(PublishedPort p) {
        Map<String, Object> m = new GoStruct();
        m.put("Name", null);
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
