package flotilla.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;

/**
 * A property over random swarms: for every single-node loss, what the analysis reports running (on a fork of the
 * settled swarm) is what a plain replay of that loss on a swarm built anew (node down, wait until settled, count)
 * shows; every verdict and the capacity left are what judging that replay in full gives.
 */
class AnalysisAgreesWithReplayTest {

    private static Supplier<Simulator> randomSwarm(long seed) {
        return () -> {
            Random random = new Random(seed);
            Simulator sim = new Simulator(seed);
            int managers = 1 + 2 * random.nextInt(2);
            int workers = 1 + random.nextInt(6);
            String[] zones = {"a", "b", "c"};
            for (int i = 1; i <= managers + workers; i++) {
                Resources vm = new Resources((1 + random.nextInt(4)) * 1_000_000_000L, (1L + random.nextInt(8)) << 30);
                Map<String, String> labels = Map.of("zone", zones[random.nextInt(zones.length)]);
                String hostname = (i <= managers ? "m" : "w") + i;
                if (i == 1) {
                    sim.init(hostname, vm);
                    labels.forEach((k, v) -> sim.setLabel(sim.state().findNode(hostname), k, v));
                } else {
                    sim.join(hostname, i <= managers ? Role.MANAGER : Role.WORKER, vm, labels);
                }
            }
            int services = 1 + random.nextInt(5);
            for (int s = 1; s <= services; s++) {
                ServiceSpec spec = new ServiceSpec("svc" + s, "app").replicas(1 + random.nextInt(6));
                if (random.nextInt(5) == 0) {
                    spec.mode(ServiceMode.GLOBAL);
                }
                if (random.nextBoolean()) {
                    spec.constraints(List.of("node.labels.zone==" + zones[random.nextInt(zones.length)]));
                }
                if (random.nextInt(3) == 0) {
                    spec.maxReplicasPerNode(1 + random.nextInt(2));
                }
                if (random.nextInt(3) == 0) {
                    spec.reservations(new Resources(0, (1L + random.nextInt(3)) << 29));
                }
                sim.createService(spec);
            }
            sim.waitUntilConverged(10 * SwarmDefaults.MINUTE);
            return sim;
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void everySingleNodeLossReportsWhatAReplayShows(long seed) throws Exception {
        Supplier<Simulator> swarm = randomSwarm(seed);
        List<Scenario> losses = Scenarios.nodeLosses(swarm.get().state());
        ResilienceAnalysis analysis = new ResilienceAnalysis(swarm.get(), 2);
        List<ScenarioResult> results = analysis.run(losses, r -> {
        });
        for (ScenarioResult result : results) {
            Simulator replay = swarm.get();
            String lost = result.scenario().hostnames().get(0);
            replay.nodeDown(replay.state().findNode(lost));
            replay.waitUntilConverged(60 * SwarmDefaults.MINUTE);
            for (ServiceOutcome outcome : result.services()) {
                Service service = replay.state().findService(outcome.service());
                assertEquals(runningOnLiveNodes(replay, service), outcome.running(),
                        "seed " + seed + ", " + result.scenario().name() + ": " + outcome);
                if (!service.spec().mode().isGlobal()) {
                    assertEquals(service.spec().replicas(), outcome.desired());
                }
                // Whole: every replica runs, or no fewer than before any failure (the baseline it is judged against).
                ServiceOutcome before = analysis.baseline().stream()
                        .filter(o -> o.service().equals(outcome.service())).findFirst().orElseThrow();
                long missing = outcome.desired() - outcome.running();
                boolean noWorse = missing <= before.desired() - before.running()
                        && (outcome.running() > 0 || before.running() == 0);
                assertEquals(missing <= 0 || noWorse, outcome.verdict() == Verdict.WHOLE,
                        "seed " + seed + ", " + result.scenario().name() + ": " + outcome + " (before: " + before
                                + ")");
                // A service the loss left alone is not judged again on the fork: it must still read as judged in full.
                assertEquals(analysis.againstBaseline(ResilienceAnalysis.judge(replay, service, before.running())),
                        outcome, "seed " + seed + ", " + result.scenario().name());
            }
            assertEquals(Capacity.of(replay), result.free(), "seed " + seed + ", " + result.scenario().name());
        }
    }

    private static long runningOnLiveNodes(Simulator sim, Service service) {
        List<Task> running = new ArrayList<>();
        for (Task task : sim.state().tasksOfService(service.id())) {
            Node node = task.nodeId() == null ? null : sim.state().node(task.nodeId());
            if (task.state() == TaskState.RUNNING && task.desiredState() == TaskState.RUNNING && node != null
                    && sim.isPoweredOn(node)) {
                running.add(task);
            }
        }
        return running.size();
    }
}
