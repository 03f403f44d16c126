package flotilla.engine.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.engine.state.UpdateState;

/**
 * Replays each scenario on a fork of {@code baseline} (the model's desired state, settled once), lets the engine
 * converge, and judges every service against the baseline: a service already short before any failure (a global
 * service one node cannot hold) is judged by what the failure costs it. Scenarios are independent, so they run in
 * parallel.
 */
public final class ResilienceAnalysis {

    /**
     * How long a scenario may take to settle on the virtual clock: past heartbeat loss, restart delays and every
     * update batch with its monitor period, for any model a user draws.
     */
    static final long CONVERGENCE_LIMIT = 60 * SwarmDefaults.MINUTE;

    /** Swarm's own words for a placement that only the lost nodes could satisfy. */
    private static final String CONSTRAINTS_UNSATISFIED = "scheduling constraints not satisfied";

    private final Simulator baseline;
    private final int threads;
    /** Each service before any failure, by name. */
    private final Map<String, ServiceOutcome> unharmed = new LinkedHashMap<>();
    /** Each service's running tasks before any failure, by id (a fork starts with the same). */
    private final Map<String, Long> runningBefore = new LinkedHashMap<>();
    /**
     * Forks whose scenario is judged, for the next scenario to fork onto: undoing what one scenario changed costs far
     * less than copying the swarm again (at most one per thread; dropped when {@link #run(List, Consumer)} ends).
     */
    /** Hosts off before any failure (ids). */
    private final Set<String> offBefore;
    /** The capacity left before any failure. */
    private final Capacity capacityBefore;
    private final ConcurrentLinkedDeque<Simulator> spent = new ConcurrentLinkedDeque<>();

    /**
     * @param baseline the model's swarm, settled; only read from here on (each scenario runs on a fork of it)
     * @param threads  how many scenarios run at once
     */
    public ResilienceAnalysis(Simulator baseline, int threads) {
        if (baseline.nextEventTime() >= 0) {
            throw new IllegalArgumentException("the model's swarm never settles (a task keeps restarting), so there "
                    + "is no steady state to replay failures on");
        }
        this.baseline = baseline;
        this.threads = Math.max(1, threads);
        for (Service service : baseline.state().services()) {
            runningBefore.put(service.id(), running(baseline, service));
        }
        for (Service service : services(baseline)) {
            unharmed.put(service.spec().name(), judge(baseline, service, runningBefore.get(service.id())));
        }
        offBefore = Set.copyOf(baseline.poweredOffNodes());
        capacityBefore = Capacity.of(baseline);
    }

    /** Every service before any failure: the baseline each scenario is judged against. */
    public List<ServiceOutcome> baseline() {
        return List.copyOf(unharmed.values());
    }

    /** Each scenario's result, in the order given; {@code done} hears of each as it finishes (any thread). */
    public List<ScenarioResult> run(List<Scenario> scenarios, Consumer<ScenarioResult> done)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, scenarios.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "flotilla-analysis");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<ScenarioResult>> futures = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                futures.add(pool.submit(() -> {
                    Simulator sim = baseline.fork(seed(scenario), spent.pollFirst());
                    ScenarioResult result = run(scenario, sim);
                    spent.push(sim);
                    done.accept(result);
                    return result;
                }));
            }
            List<ScenarioResult> results = new ArrayList<>();
            for (Future<ScenarioResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            spent.clear();
        }
    }

    /** One scenario, on a swarm of its own. */
    public ScenarioResult run(Scenario scenario) {
        return run(scenario, baseline.fork(seed(scenario)));
    }

    /** The seed of a scenario's new ids: its name's, so a scenario replays the same whatever runs beside it. */
    private static long seed(Scenario scenario) {
        return scenario.name().hashCode();
    }

    /** One scenario on {@code sim}, a fork of the baseline. */
    private ScenarioResult run(Scenario scenario, Simulator sim) {
        sim.log().recordTaskEvents(false);
        Service target = null;
        long lowest = 0;
        if (scenario.kind() == Scenario.Kind.UPDATE) {
            target = sim.state().findService(scenario.service());
            lowest = updateToTheEnd(sim, scenario, target);
        } else {
            scenario.inject(sim);
            sim.waitUntilConverged(CONVERGENCE_LIMIT);
        }
        Touched touched = touched(sim);
        List<ServiceOutcome> outcomes = new ArrayList<>();
        for (Service service : services(sim)) {
            if (service == target) {
                outcomes.add(judgeUpdate(sim, service, lowest));
            } else if (touched == null || touched.services().contains(service.id())) {
                outcomes.add(againstBaseline(judge(sim, service, runningBefore.get(service.id()))));
            } else {
                // Nothing it is judged by changed (its spec, its tasks, the hosts they are on, quorum): judged as
                // before any failure.
                outcomes.add(againstBaseline(unharmed.get(service.spec().name())));
            }
        }
        return new ScenarioResult(scenario, outcomes, sim.hasQuorum(), capacity(sim, touched));
    }

    /** The services to judge again and the nodes to count again after a scenario (ids). */
    private record Touched(Set<String> services, Set<String> nodes) {
    }

    /**
     * What the scenario changed against the baseline: the services and nodes the fork's store changed, and the hosts
     * switched off or on with the services of their tasks; null when anything may have changed (nodes or services
     * added or removed, or quorum won or lost, which changes how every short service is judged).
     */
    private Touched touched(Simulator sim) {
        ClusterState.Changes changes = sim.changesSinceFork();
        if (changes == null || sim.hasQuorum() != baseline.hasQuorum()) {
            return null;
        }
        Set<String> services = new HashSet<>(changes.services());
        Set<String> nodes = new HashSet<>(changes.nodes());
        Set<String> off = sim.poweredOffNodes();
        Set<String> switched = new HashSet<>();
        off.stream().filter(id -> !offBefore.contains(id)).forEach(switched::add);
        offBefore.stream().filter(id -> !off.contains(id)).forEach(switched::add);
        for (String id : switched) {
            nodes.add(id);
            for (Task task : sim.state().tasksOnNode(id)) {
                if (task.serviceId() != null) {
                    services.add(task.serviceId());
                }
            }
        }
        return new Touched(services, nodes);
    }

    /** The capacity left after the scenario: the baseline's, with the nodes it touched counted again. */
    private Capacity capacity(Simulator sim, Touched touched) {
        if (touched == null) {
            return Capacity.of(sim);
        }
        Capacity capacity = capacityBefore;
        for (String id : touched.nodes()) {
            capacity = capacity.minus(Capacity.of(baseline, baseline.state().node(id)))
                    .plus(Capacity.of(sim, sim.state().node(id)));
        }
        return capacity;
    }

    /** Services the analysis judges: the long-running ones (a job's tasks end by design), by name. */
    private static List<Service> services(Simulator sim) {
        return sim.state().services().stream().filter(service -> !service.spec().mode().isJob())
                .sorted(Comparator.comparing(service -> service.spec().name())).toList();
    }

    /** Runs the update event by event; returns the fewest of the service's tasks running at any moment. */
    private static long updateToTheEnd(Simulator sim, Scenario scenario, Service service) {
        scenario.inject(sim);
        long lowest = running(sim, service);
        long limit = sim.now() + CONVERGENCE_LIMIT;
        while (sim.nextEventTime() >= 0 && sim.nextEventTime() <= limit) {
            sim.advance(sim.nextEventTime() - sim.now());
            lowest = Math.min(lowest, running(sim, service));
        }
        return lowest;
    }

    /**
     * A service short before any failure, and no shorter now, lost nothing to the scenario: whole, saying so. A
     * service the scenario costs more is judged as it is.
     */
    ServiceOutcome againstBaseline(ServiceOutcome now) {
        ServiceOutcome then = unharmed.get(now.service());
        if (then == null || then.verdict() == Verdict.WHOLE || now.verdict() == Verdict.WHOLE) {
            return now;
        }
        boolean noShorter = now.desired() - now.running() <= then.desired() - then.running()
                && (now.running() > 0 || then.running() == 0);
        return noShorter
                ? new ServiceOutcome(now.service(), Verdict.WHOLE, now.running(), now.desired(),
                        "as before any failure (" + then.replicas() + ": " + then.reason() + ")")
                : now;
    }

    private ServiceOutcome judgeUpdate(Simulator sim, Service service, long lowest) {
        ServiceOutcome now = againstBaseline(judge(sim, service, running(sim, service)));
        UpdateState state = service.updateStatus() == null ? null : service.updateStatus().state();
        if (state != UpdateState.COMPLETED) {
            List<String> pending = pendingReasons(Tally.of(sim, service).live());
            String why = !pending.isEmpty()
                    ? pending.get(0)
                    : service.updateStatus() == null ? "" : service.updateStatus().message();
            return new ServiceOutcome(now.service(), now.verdict().worse(Verdict.DEGRADED), now.running(),
                    now.desired(), "update " + (state == null ? "never starts" : state.dockerName())
                            + (why.isEmpty() ? "" : ": " + why));
        }
        String throughout = "update completes; at least " + lowest + "/" + now.desired() + " running throughout";
        return new ServiceOutcome(now.service(), lowest == 0 ? now.verdict().worse(Verdict.DEGRADED) : now.verdict(),
                now.running(), now.desired(), lowest == 0 ? throughout + " (no replica runs for a while)" : throughout);
    }

    /**
     * A service after convergence. {@code before} is what ran before the scenario: a global service's desired count
     * is what its orchestrator still wants on nodes that are up.
     */
    static ServiceOutcome judge(Simulator sim, Service service, long before) {
        Tally tally = Tally.of(sim, service);
        long running = tally.running();
        List<Task> live = tally.live();
        long wanted = live.size();
        long pending = live.stream().filter(task -> task.state().compareTo(TaskState.RUNNING) < 0).count();
        List<String> reasons = pendingReasons(live);
        long desired = service.spec().mode().isGlobal() ? Math.max(wanted, running) : service.spec().replicas();
        String name = service.spec().name();
        if (desired == 0) {
            return new ServiceOutcome(name, before > 0 ? Verdict.DOWN : Verdict.WHOLE, 0, before > 0 ? before : 0,
                    before > 0 ? "no node is left for it" : "");
        }
        if (running >= desired) {
            return new ServiceOutcome(name, Verdict.WHOLE, running, desired, "");
        }
        String reason;
        Verdict verdict;
        if (!sim.hasQuorum()) {
            verdict = Verdict.NOT_RESCHEDULED;
            reason = "the managers lost quorum: nothing is rescheduled";
        } else if (!reasons.isEmpty() && reasons.stream().allMatch(r -> r.contains(CONSTRAINTS_UNSATISFIED))) {
            verdict = Verdict.NOT_RESCHEDULED;
            reason = reasons.get(0);
        } else {
            verdict = Verdict.DEGRADED;
            reason = reasons.isEmpty() ? pending + " task(s) not running" : reasons.get(0);
        }
        return new ServiceOutcome(name, running == 0 ? Verdict.DOWN : verdict, running, desired, reason);
    }

    /**
     * A service's tasks in one pass (each task's host looked up once): {@code running}, those really running (on a
     * host that is up, meant to run); {@code live}, those meant to run that are not on a host that is off, what the
     * orchestrator still counts on.
     */
    private record Tally(long running, List<Task> live) {
        static Tally of(Simulator sim, Service service) {
            long running = 0;
            List<Task> live = new ArrayList<>();
            for (Task task : sim.state().tasksOfService(service.id())) {
                Node node = task.nodeId() == null ? null : sim.state().node(task.nodeId());
                boolean on = node != null && sim.isPoweredOn(node);
                if (on && task.state() == TaskState.RUNNING && task.desiredState() == TaskState.RUNNING) {
                    running++;
                }
                if (task.desiredState().compareTo(TaskState.RUNNING) <= 0 && !task.state().isTerminal()
                        && (node == null || on)) {
                    live.add(task);
                }
            }
            return new Tally(running, live);
        }
    }

    /** Swarm's reasons for the service's tasks that wait, each once, in task order ({@code live}: its live tasks). */
    private static List<String> pendingReasons(List<Task> live) {
        List<String> reasons = new ArrayList<>();
        for (Task task : live) {
            if (task.state().compareTo(TaskState.RUNNING) < 0 && !task.error().isEmpty()
                    && !reasons.contains(task.error())) {
                reasons.add(task.error());
            }
        }
        return reasons;
    }

    /** Tasks of the service really running: on a host that is up, meant to run. */
    private static long running(Simulator sim, Service service) {
        return Tally.of(sim, service).running();
    }
}
