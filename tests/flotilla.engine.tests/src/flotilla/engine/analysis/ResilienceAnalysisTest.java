package flotilla.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.UpdateOrder;

class ResilienceAnalysisTest {
    private static final Resources VM = new Resources(2_000_000_000L, 4L << 30);

    /** manager1 plus workers w1-w3; w1 and w2 in zone a, w3 in zone b. */
    private static Simulator threeWorkers(ServiceSpec... services) {
        Simulator sim = new Simulator(7);
        sim.init("manager1", VM);
        sim.join("w1", Role.WORKER, VM, Map.of("zone", "a"));
        sim.join("w2", Role.WORKER, VM, Map.of("zone", "a"));
        sim.join("w3", Role.WORKER, VM, Map.of("zone", "b"));
        for (ServiceSpec spec : services) {
            sim.createService(spec);
        }
        sim.waitUntilConverged(SwarmDefaults.MINUTE * 10);
        return sim;
    }

    private static ResilienceAnalysis analysis(Supplier<Simulator> baseline) {
        return new ResilienceAnalysis(baseline.get(), 2);
    }

    @Test
    void aSpreadServiceKeepsAllReplicasWhenAnyWorkerIsLostButNotWhenTheOnlyManagerIs() throws Exception {
        Supplier<Simulator> swarm = () -> threeWorkers(new ServiceSpec("web", "nginx").replicas(4));
        List<ScenarioResult> results = analysis(swarm).run(Scenarios.nodeLosses(swarm.get().state()), r -> {
        });
        assertEquals(List.of("node manager1", "node w1", "node w2", "node w3"),
                results.stream().map(r -> r.scenario().name()).toList());
        for (ScenarioResult result : results.subList(1, 4)) {
            ServiceOutcome web = result.outcome("web");
            assertEquals(Verdict.WHOLE, web.verdict(), result.scenario().name() + ": " + web);
            assertEquals(4, web.running());
        }
        // One manager is no quorum to spare: without it nothing replaces the task it ran.
        ScenarioResult manager = results.get(0);
        assertFalse(manager.quorum());
        assertEquals(Verdict.NOT_RESCHEDULED, manager.outcome("web").verdict());
        assertEquals("3/4", manager.outcome("web").replicas());
    }

    @Test
    void aServicePinnedToTheLostNodeIsDownWithSwarmsReason() {
        Supplier<Simulator> swarm = () -> threeWorkers(
                new ServiceSpec("db", "postgres").constraints(List.of("node.hostname==w3")));
        ScenarioResult lost = analysis(swarm).run(Scenario.loss(Scenario.Kind.NODE, "node w3", List.of("w3")));
        ServiceOutcome db = lost.outcome("db");
        assertEquals(Verdict.DOWN, db.verdict(), db.toString());
        assertEquals("0/1", db.replicas());
        assertTrue(db.reason().contains("scheduling constraints not satisfied"), db.reason());
    }

    @Test
    void aZoneServiceThatCannotLeaveItsZoneIsNotRescheduled() {
        Supplier<Simulator> swarm = () -> threeWorkers(new ServiceSpec("cache", "redis").replicas(2)
                .constraints(List.of("node.labels.zone==a")).maxReplicasPerNode(1));
        ScenarioResult lost = analysis(swarm).run(Scenario.loss(Scenario.Kind.NODE, "node w1", List.of("w1")));
        ServiceOutcome cache = lost.outcome("cache");
        assertEquals(Verdict.NOT_RESCHEDULED, cache.verdict(), cache.toString());
        assertEquals("1/2", cache.replicas());
    }

    @Test
    void losingAZoneDegradesAServiceThatNeedsTwoNodes() throws Exception {
        Supplier<Simulator> swarm = () -> threeWorkers(new ServiceSpec("api", "api").replicas(3).maxReplicasPerNode(1)
                .constraints(List.of("node.role==worker")));
        List<Scenario> zones = Scenarios.labelLosses(swarm.get().state(), "node.labels.zone");
        assertEquals(List.of("node.labels.zone=a", "node.labels.zone=b"), zones.stream().map(Scenario::name).toList());
        List<ScenarioResult> results = analysis(swarm).run(zones, r -> {
        });
        assertEquals("1/3", results.get(0).outcome("api").replicas());
        assertEquals(Verdict.NOT_RESCHEDULED, results.get(0).outcome("api").verdict());
        assertEquals("2/3", results.get(1).outcome("api").replicas());
    }

    @Test
    void aStartFirstUpdateWithoutRoomForTheNewTaskStalls() {
        ServiceSpec big = new ServiceSpec("big", "app").reservations(new Resources(0, 3L << 30))
                .constraints(List.of("node.hostname==w1"))
                .updateConfig(new flotilla.engine.state.UpdateConfig(1, 0,
                        SwarmDefaults.UPDATE_CONFIG.failureAction(), SwarmDefaults.UPDATE_CONFIG.monitorMillis(), 0,
                        UpdateOrder.START_FIRST));
        ScenarioResult update = analysis(() -> threeWorkers(big)).run(Scenario.update("big"));
        ServiceOutcome outcome = update.outcome("big");
        assertEquals(Verdict.DEGRADED, outcome.verdict(), outcome.toString());
        assertTrue(outcome.reason().startsWith("update "), outcome.reason());
        assertTrue(outcome.reason().contains("insufficient resources"), outcome.reason());
    }

    @Test
    void aStopFirstUpdateOfOneReplicaCompletesButLeavesItWithoutATaskForAWhile() {
        ScenarioResult update = analysis(() -> threeWorkers(new ServiceSpec("solo", "app")))
                .run(Scenario.update("solo"));
        ServiceOutcome outcome = update.outcome("solo");
        assertEquals(Verdict.DEGRADED, outcome.verdict(), outcome.toString());
        assertEquals("update completes; at least 0/1 running throughout (no replica runs for a while)",
                outcome.reason());
        assertEquals("1/1", outcome.replicas());
    }

    @Test
    void aThreeReplicaUpdateKeepsTwoRunning() {
        ScenarioResult update = analysis(() -> threeWorkers(new ServiceSpec("web", "nginx").replicas(3)))
                .run(Scenario.update("web"));
        ServiceOutcome outcome = update.outcome("web");
        assertEquals(Verdict.WHOLE, outcome.verdict(), outcome.toString());
        assertEquals("update completes; at least 2/3 running throughout", outcome.reason());
    }

    @Test
    void drainingANodeMovesItsTasks() {
        ScenarioResult drained = analysis(() -> threeWorkers(new ServiceSpec("web", "nginx").replicas(4)))
                .run(Scenario.drain("w1"));
        assertEquals(Verdict.WHOLE, drained.outcome("web").verdict());
    }

    @Test
    void freeCapacityIsWhatTheRemainingNodesHaveLeft() {
        ScenarioResult lost = analysis(() -> threeWorkers(
                new ServiceSpec("web", "nginx").replicas(2).reservations(new Resources(500_000_000L, 1L << 30))))
                .run(Scenario.loss(Scenario.Kind.NODE, "node w3", List.of("w3")));
        // manager1, w1, w2 remain: 6 CPUs and 12 GiB, minus two tasks' reservations.
        assertEquals(6_000_000_000L - 1_000_000_000L, lost.free().freeNanoCpus());
        assertEquals((12L << 30) - (2L << 30), lost.free().freeMemoryBytes());
        assertEquals(6_000_000_000L, lost.free().totalNanoCpus());
    }

    @Test
    void randomLossesAreRepeatableForASeed() {
        Simulator sim = threeWorkers();
        List<String> first = Scenarios.randomLosses(sim.state(), 2, 5, 42).stream().map(Scenario::name).toList();
        List<String> again = Scenarios.randomLosses(sim.state(), 2, 5, 42).stream().map(Scenario::name).toList();
        assertEquals(first, again);
        assertEquals(5, first.size());
    }

    @Test
    void losingManagersBeyondQuorumLeavesTheirTasksUnreplaced() {
        Supplier<Simulator> swarm = () -> {
            Simulator sim = new Simulator(3);
            sim.init("m1", VM);
            sim.join("m2", Role.MANAGER, VM, Map.of());
            sim.join("m3", Role.MANAGER, VM, Map.of());
            sim.join("w1", Role.WORKER, VM, Map.of());
            sim.createService(new ServiceSpec("web", "nginx").replicas(4));
            sim.waitUntilConverged(SwarmDefaults.MINUTE * 10);
            return sim;
        };
        List<Scenario> managers = Scenarios.managerLosses(swarm.get().state());
        assertEquals(List.of("1 of 3 managers: m1", "2 of 3 managers: m1,m2", "3 of 3 managers: m1,m2,m3"),
                managers.stream().map(Scenario::name).toList());
        ResilienceAnalysis analysis = analysis(swarm);

        ScenarioResult leaderLost = analysis.run(managers.get(0));
        assertTrue(leaderLost.quorum());
        assertEquals(Verdict.WHOLE, leaderLost.outcome("web").verdict(), leaderLost.outcome("web").toString());

        ScenarioResult quorumLost = analysis.run(managers.get(1));
        assertFalse(quorumLost.quorum());
        ServiceOutcome web = quorumLost.outcome("web");
        assertEquals(Verdict.NOT_RESCHEDULED, web.verdict(), web.toString());
        assertEquals("2/4", web.replicas());
        assertEquals("the managers lost quorum: nothing is rescheduled", web.reason());
    }

    @Test
    void singleNodeLossesNameTheNodeWhoseLossTakesAZoneBoundServiceDownAndTheHeatOfEachNode() throws Exception {
        Supplier<Simulator> swarm = () -> threeWorkers(new ServiceSpec("web", "nginx").replicas(4),
                new ServiceSpec("db", "postgres").constraints(List.of("node.labels.zone==b")));
        SingleNodeLosses losses = SingleNodeLosses.of(analysis(swarm).run(Scenarios.nodeLosses(swarm.get().state()),
                r -> {
                }));
        assertEquals(List.of("w3"), losses.hurts("db").stream().map(SingleNodeLosses.Hurt::hostname).toList());
        assertEquals(Verdict.DOWN, losses.hurts("db").get(0).outcome().verdict());
        assertEquals(new SingleNodeLosses.Damage(Verdict.DOWN, 1), losses.byNode().get("w3"));
        assertEquals(new SingleNodeLosses.Damage(Verdict.WHOLE, 0), losses.byNode().get("w1"));
        assertTrue(losses.hurts("web").stream().allMatch(h -> h.hostname().equals("manager1")),
                "web survives any worker: " + losses.hurts("web"));
    }

    @Test
    void aGlobalServiceShortBeforeAnyFailureIsJudgedAgainstThatBaselineNotDegradedByEveryLoss() throws Exception {
        // w2 keeps 2 GiB for "big", so the global agent (3 GiB) cannot run there: 3/4 before any failure.
        Supplier<Simulator> swarm = () -> threeWorkers(
                new ServiceSpec("big", "app").constraints(List.of("node.hostname==w2"))
                        .reservations(new Resources(0, 2L << 30)),
                new ServiceSpec("agent", "app").mode(flotilla.engine.state.ServiceMode.GLOBAL)
                        .reservations(new Resources(0, 3L << 30)));
        ResilienceAnalysis analysis = analysis(swarm);
        ServiceOutcome before = analysis.baseline().stream().filter(o -> o.service().equals("agent")).findFirst()
                .orElseThrow();
        assertEquals(Verdict.DEGRADED, before.verdict(), before.toString());
        assertEquals("3/4", before.replicas());
        assertTrue(before.reason().contains("insufficient resources"), before.reason());
        ServiceOutcome agent = analysis.run(Scenario.loss(Scenario.Kind.NODE, "node w1", List.of("w1")))
                .outcome("agent");
        assertEquals(Verdict.WHOLE, agent.verdict(), agent.toString());
        assertEquals("2/3", agent.replicas());
        assertTrue(agent.reason().startsWith("as before any failure (3/4: "), agent.reason());
    }
}
