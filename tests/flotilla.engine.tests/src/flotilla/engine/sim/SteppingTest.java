package flotilla.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.state.Node;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.TaskState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a viewer stepping through a simulation needs: when the next event is due, who reaches the managers. */
class SteppingTest {
    private final Swarm swarm = new Swarm("worker1");
    private final Simulator sim = swarm.sim;

    @Test
    void stepsFromEventToEventUntilNothingIsDue() {
        sim.createService(new ServiceSpec("web", "nginx").replicas(2));
        assertEquals(Simulator.TASK_STARTUP, sim.nextEventTime(), "the containers' start-up");
        sim.advance(sim.nextEventTime() - sim.now());
        assertEquals(Simulator.TASK_STARTUP, sim.now());
        assertTrue(sim.state().tasks().stream().allMatch(t -> t.state() == TaskState.RUNNING));
        swarm.converge();
        assertEquals(-1, sim.nextEventTime());
    }

    @Test
    void aPartitionedNodeIsPoweredOnButReachesNoManager() {
        Node worker1 = swarm.node("worker1");
        assertTrue(sim.reachesManagers(worker1));
        sim.partition(List.of(worker1));
        assertTrue(sim.isPoweredOn(worker1));
        assertFalse(sim.reachesManagers(worker1));
        sim.heal();
        assertTrue(sim.reachesManagers(worker1));
        sim.nodeDown(worker1);
        assertFalse(sim.reachesManagers(worker1));
    }
}
