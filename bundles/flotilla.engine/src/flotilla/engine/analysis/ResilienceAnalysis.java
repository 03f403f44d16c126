package flotilla.engine.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.engine.state.UpdateState;

/**
 * Replays each scenario on a fresh simulated swarm from {@code baseline} (the model's desired state, settled), lets
 * the engine converge, and judges every service. Scenarios are independent, so they run in parallel.
 */
public final class ResilienceAnalysis {

    /**
     * How long a scenario may take to settle on the virtual clock: past heartbeat loss, restart delays and every
     * update batch with its monitor period, for any model a user draws.
     */
    static final long CONVERGENCE_LIMIT = 60 * SwarmDefaults.MINUTE;

    /** Swarm's own words for a placement that only the lost nodes could satisfy. */
    private static final String CONSTRAINTS_UNSATISFIED = "scheduling constraints not satisfied";

    private final Supplier<Simulator> baseline;
    private final int threads;

    /**
     * @param baseline a new settled swarm each call, all alike (same model, same seed); called from several threads
     * @param threads  how many scenarios run at once
     */
    public ResilienceAnalysis(Supplier<Simulator> baseline, int threads) {
        this.baseline = baseline;
        this.threads = Math.max(1, threads);
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
                    ScenarioResult result = run(scenario);
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
        }
    }

    /** One scenario, on a swarm of its own. */
    public ScenarioResult run(Scenario scenario) {
        Simulator sim = baseline.get();
        Map<String, Long> before = new LinkedHashMap<>();
        for (Service service : sim.state().services()) {
            before.put(service.id(), running(sim, service));
        }
        List<ServiceOutcome> outcomes = new ArrayList<>();
        if (scenario.kind() == Scenario.Kind.UPDATE) {
            Service target = sim.state().findService(scenario.service());
            long lowest = updateToTheEnd(sim, scenario, target);
            for (Service service : services(sim)) {
                outcomes.add(service == target
                        ? judgeUpdate(sim, service, lowest)
                        : judge(sim, service, before.get(service.id())));
            }
        } else {
            scenario.inject(sim);
            sim.waitUntilConverged(CONVERGENCE_LIMIT);
            for (Service service : services(sim)) {
                outcomes.add(judge(sim, service, before.get(service.id())));
            }
        }
        return new ScenarioResult(scenario, outcomes, sim.hasQuorum(), Capacity.of(sim));
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

    private static ServiceOutcome judgeUpdate(Simulator sim, Service service, long lowest) {
        ServiceOutcome now = judge(sim, service, running(sim, service));
        UpdateState state = service.updateStatus() == null ? null : service.updateStatus().state();
        if (state != UpdateState.COMPLETED) {
            List<String> pending = pendingReasons(sim, service);
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
        long running = running(sim, service);
        List<Task> live = liveTasks(sim, service);
        long wanted = live.size();
        long pending = live.stream().filter(task -> task.state().compareTo(TaskState.RUNNING) < 0).count();
        List<String> reasons = pendingReasons(sim, service);
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

    /** Tasks meant to run that are not on a host that is off: what the orchestrator still counts on. */
    private static List<Task> liveTasks(Simulator sim, Service service) {
        List<Task> live = new ArrayList<>();
        for (Task task : sim.state().tasksOfService(service.id())) {
            if (task.desiredState().compareTo(TaskState.RUNNING) > 0 || task.state().isTerminal()) {
                continue;
            }
            Node node = task.nodeId() == null ? null : sim.state().node(task.nodeId());
            if (node == null || sim.isPoweredOn(node)) {
                live.add(task);
            }
        }
        return live;
    }

    /** Swarm's reasons for the service's tasks that wait, each once, in task order. */
    private static List<String> pendingReasons(Simulator sim, Service service) {
        List<String> reasons = new ArrayList<>();
        for (Task task : liveTasks(sim, service)) {
            if (task.state().compareTo(TaskState.RUNNING) < 0 && !task.error().isEmpty()
                    && !reasons.contains(task.error())) {
                reasons.add(task.error());
            }
        }
        return reasons;
    }

    /** Tasks of the service really running: on a host that is up, meant to run. */
    private static long running(Simulator sim, Service service) {
        long count = 0;
        for (Task task : sim.state().tasksOfService(service.id())) {
            if (task.state() == TaskState.RUNNING && task.desiredState() == TaskState.RUNNING) {
                Node node = sim.state().node(task.nodeId());
                if (node != null && sim.isPoweredOn(node)) {
                    count++;
                }
            }
        }
        return count;
    }
}
