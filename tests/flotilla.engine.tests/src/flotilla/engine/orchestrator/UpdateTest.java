package flotilla.engine.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.FailureAction;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.engine.state.UpdateConfig;
import flotilla.engine.state.UpdateOrder;
import flotilla.engine.state.UpdateState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateTest {
    private static final Resources VM = new Resources(4_000_000_000L, 8L << 30);
    private static final long S = SwarmDefaults.SECOND;
    private final Simulator sim = new Simulator(5);

    UpdateTest() {
        sim.init("manager1", VM);
        sim.join("worker1", Role.WORKER, VM, Map.of());
        sim.join("worker2", Role.WORKER, VM, Map.of());
    }

    private long running(Service s, String image) {
        return sim.state().tasksOfService(s.id()).stream().filter(t -> t.state() == TaskState.RUNNING
                && t.desiredState() == TaskState.RUNNING && t.spec().image().equals(image)).count();
    }

    private long runningAll(Service s) {
        return sim.state().tasksOfService(s.id()).stream().filter(t -> t.state() == TaskState.RUNNING).count();
    }

    private Service web(UpdateConfig update) {
        Service s = sim.createService(new ServiceSpec("web", "nginx:1").replicas(3).updateConfig(update));
        assertTrue(sim.waitUntilConverged(60 * S));
        return s;
    }

    /** Updates to nginx:2 and crashes the first new task one second into its monitor period. */
    private Task crashFirstUpdatedTask(Service web) {
        sim.updateService(web, v2(web));
        sim.advance(Simulator.TASK_STARTUP + S);
        Task fresh = sim.state().tasksOfService(web.id()).stream()
                .filter(t -> t.spec().image().equals("nginx:2") && t.state() == TaskState.RUNNING).findFirst()
                .orElseThrow();
        sim.crash(fresh);
        return fresh;
    }

    private ServiceSpec v2(Service s) {
        return s.spec().copy().image("nginx:2");
    }

    @Test
    void stopFirstReplacesOneTaskAtATimeWithTheDelayBetween() {
        Service web = web(new UpdateConfig(1, 10 * S, FailureAction.PAUSE, 5 * S, 0, UpdateOrder.STOP_FIRST));
        sim.updateService(web, v2(web));
        assertEquals(UpdateState.UPDATING, web.updateStatus().state());
        assertEquals(2, runningAll(web), "stop-first: the old task stops before the new one starts");
        sim.advance(Simulator.TASK_STARTUP);
        assertEquals(1, running(web, "nginx:2"));
        sim.advance(10 * S - 1);
        assertEquals(1, running(web, "nginx:2"), "the delay holds the next task");
        sim.advance(1 + Simulator.TASK_STARTUP);
        assertEquals(2, running(web, "nginx:2"));
        assertTrue(sim.waitUntilConverged(120 * S));
        assertEquals(3, running(web, "nginx:2"));
        assertEquals(UpdateState.COMPLETED, web.updateStatus().state());
        assertEquals("update completed", web.updateStatus().message());
        for (long slot = 1; slot <= 3; slot++) {
            final long s = slot;
            assertEquals(2, sim.state().tasksOfService(web.id()).stream().filter(t -> t.slot() == s).count(),
                    "each slot keeps its old task as history");
        }
    }

    @Test
    void startFirstRunsTheNewTaskBeforeStoppingTheOld() {
        Service web = web(new UpdateConfig(2, 0, FailureAction.PAUSE, 5 * S, 0, UpdateOrder.START_FIRST));
        sim.updateService(web, v2(web));
        assertEquals(3, runningAll(web));
        sim.advance(Simulator.TASK_STARTUP);
        assertEquals(2, running(web, "nginx:2"));
        assertEquals(1, running(web, "nginx:1"));
        assertTrue(sim.waitUntilConverged(120 * S));
        assertEquals(3, running(web, "nginx:2"));
    }

    @Test
    void aTaskFailingWithinTheMonitorPeriodPausesTheUpdate() {
        Service web = web(new UpdateConfig(1, 0, FailureAction.PAUSE, 5 * S, 0, UpdateOrder.STOP_FIRST));
        Task fresh = crashFirstUpdatedTask(web);
        assertEquals(UpdateState.PAUSED, web.updateStatus().state());
        assertEquals("update paused due to failure or early termination of task " + fresh.id(),
                web.updateStatus().message());
        assertTrue(sim.waitUntilConverged(120 * S));
        // Slot 2 was already being replaced (no delay); slot 3 is never touched.
        assertEquals(1, running(web, "nginx:1"), "a paused update starts no more slots");
        assertEquals(UpdateState.PAUSED, web.updateStatus().state());
    }

    @Test
    void failureActionRollbackGoesBackToThePreviousSpec() {
        Service web = web(new UpdateConfig(1, 0, FailureAction.ROLLBACK, 5 * S, 0, UpdateOrder.STOP_FIRST));
        crashFirstUpdatedTask(web);
        assertEquals(UpdateState.ROLLBACK_STARTED, web.updateStatus().state());
        assertEquals("nginx:1", web.spec().image());
        assertTrue(sim.waitUntilConverged(120 * S));
        assertEquals(3, running(web, "nginx:1"));
        assertEquals(UpdateState.ROLLBACK_COMPLETED, web.updateStatus().state());
    }

    @Test
    void aManualRollbackReplacesOnlyTasksOfTheAbandonedSpec() {
        Service web = web(SwarmDefaults.UPDATE_CONFIG);
        sim.updateService(web, v2(web));
        assertTrue(sim.waitUntilConverged(120 * S));
        assertEquals(3, running(web, "nginx:2"));
        sim.rollbackService(web);
        assertEquals("manually requested rollback", web.updateStatus().message());
        assertTrue(sim.waitUntilConverged(120 * S));
        assertEquals(3, running(web, "nginx:1"));
        assertEquals("nginx:2", web.previousSpec().image());
    }

    @Test
    void scalingIsNotAnUpdate() {
        Service web = web(SwarmDefaults.UPDATE_CONFIG);
        sim.updateService(web, web.spec().copy().replicas(5));
        assertTrue(sim.waitUntilConverged(60 * S));
        assertEquals(5, running(web, "nginx:1"));
        assertEquals(5, sim.state().tasksOfService(web.id()).size(), "no task was replaced");
    }
}
