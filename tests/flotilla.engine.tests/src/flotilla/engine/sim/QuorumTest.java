package flotilla.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;

/** Raft among the managers: N managers tolerate floor((N-1)/2) losses; below quorum nothing is reconciled. */
class QuorumTest {

    private static Swarm threeManagers() {
        Swarm swarm = new Swarm("w1");
        swarm.sim.join("manager2", Role.MANAGER, Swarm.VM, Map.of());
        swarm.sim.join("manager3", Role.MANAGER, Swarm.VM, Map.of());
        return swarm;
    }

    @Test
    void threeManagersTolerateOneLoss() {
        Swarm swarm = threeManagers();
        assertEquals(1, swarm.sim.faultTolerance());
        swarm.sim.nodeDown(swarm.node("manager3"));
        assertTrue(swarm.sim.hasQuorum());
        swarm.sim.nodeDown(swarm.node("manager2"));
        assertFalse(swarm.sim.hasQuorum());
    }

    @Test
    void losingTheLeaderElectsAnotherManagerAfterTheElectionTimeout() {
        Swarm swarm = threeManagers();
        swarm.sim.nodeDown(swarm.node("manager1"));
        assertNull(swarm.sim.leader());
        swarm.sim.advance(Simulator.ELECTION_TIMEOUT);
        assertEquals("manager2", swarm.sim.leader().hostname());
        assertTrue(swarm.sim.controlPlaneUp());
    }

    @Test
    void belowQuorumCrashedTasksStayDeadAndDownNodesAreNotNoticedUntilQuorumReturns() {
        Swarm swarm = threeManagers();
        Service web = swarm.sim.createService(new ServiceSpec("web", "nginx").replicas(4));
        swarm.converge();
        swarm.sim.nodeDown(swarm.node("manager2"));
        swarm.sim.nodeDown(swarm.node("manager3"));
        swarm.converge();
        int before = swarm.runningCount(web);
        swarm.sim.crashAll(swarm.node("w1"));
        swarm.converge();
        assertTrue(swarm.runningCount(web) < before, "a crashed task must not be replaced without quorum");
        assertEquals(NodeStatus.READY, swarm.node("manager2").status(), "no leader could mark it down");

        swarm.sim.nodeUp(swarm.node("manager2"));
        swarm.converge();
        assertTrue(swarm.sim.hasQuorum());
        assertEquals(4, swarm.runningCount(web));
        assertEquals(NodeStatus.DOWN, swarm.node("manager3").status());
    }

    @Test
    void forcingANewClusterOnTheLastManagerRestoresQuorum() {
        Swarm swarm = threeManagers();
        Service web = swarm.sim.createService(new ServiceSpec("web", "nginx").replicas(4));
        swarm.converge();
        swarm.sim.nodeDown(swarm.node("manager2"));
        swarm.sim.nodeDown(swarm.node("manager3"));
        swarm.converge();
        assertFalse(swarm.sim.hasQuorum());

        swarm.sim.forceNewCluster(swarm.node("manager1"));
        swarm.converge();
        assertTrue(swarm.sim.hasQuorum());
        assertEquals(0, swarm.sim.faultTolerance());
        assertEquals(4, swarm.runningCount(web));
    }
}
