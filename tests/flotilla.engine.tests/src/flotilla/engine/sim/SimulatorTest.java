package flotilla.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private final Swarm swarm = new Swarm("worker1", "worker2");
    private final Simulator sim = swarm.sim;

    @Test
    void aPartitionedNodeKeepsRunningItsContainersWhileSwarmReplacesThem() {
        Service web = sim.createService(new ServiceSpec("web", "nginx").replicas(3));
        swarm.converge();
        Node worker1 = swarm.node("worker1");
        Task cutOff = sim.state().tasksOnNode(worker1.id()).get(0);
        sim.partition(List.of(worker1));
        swarm.converge();
        assertEquals(NodeStatus.DOWN, worker1.status());
        assertEquals(Map.of("manager1", 2, "worker2", 1), swarm.running(web));
        assertTrue(sim.containersOn(worker1).containsKey(cutOff.id()), "the engine still runs it");
        sim.heal();
        swarm.converge();
        assertEquals(NodeStatus.READY, worker1.status());
        assertFalse(sim.containersOn(worker1).containsKey(cutOff.id()), "stopped once the node hears of it");
        assertEquals(TaskState.SHUTDOWN, cutOff.state());
        assertEquals(Map.of("manager1", 2, "worker2", 1), swarm.running(web));
    }

    @Test
    void aNodeBackBeforeTheHeartbeatTimeoutReportsItsDeadContainers() {
        Service web = sim.createService(new ServiceSpec("web", "nginx").replicas(3));
        swarm.converge();
        Node worker2 = swarm.node("worker2");
        sim.nodeDown(worker2);
        sim.advance(SwarmDefaults.NODE_DOWN_AFTER / 2);
        sim.nodeUp(worker2);
        assertEquals(NodeStatus.READY, worker2.status());
        Task lost = sim.state().tasksOnNode(worker2.id()).get(0);
        assertEquals(TaskState.FAILED, lost.state());
        swarm.converge();
        assertEquals(3, swarm.runningCount(web));
    }

    @Test
    void crashingANodeRestartsEveryTaskOnIt() {
        Service web = sim.createService(new ServiceSpec("web", "nginx").replicas(6));
        swarm.converge();
        Node worker1 = swarm.node("worker1");
        assertEquals(2, sim.crashAll(worker1));
        assertEquals(4, swarm.runningCount(web));
        swarm.converge();
        assertEquals(6, swarm.runningCount(web));
    }

    @Test
    void theTimelineRecordsWhatHappened() {
        sim.createService(new ServiceSpec("web", "nginx").replicas(1));
        swarm.converge();
        List<String> lines = sim.log().events().stream().map(EventLog.Event::toString).toList();
        assertTrue(lines.contains("     0.0s node     worker1: joined as worker"), lines.toString());
        assertTrue(lines.contains("     0.0s service  web: created"), lines.toString());
        assertTrue(lines.contains("     2.0s task     web.1: running on manager1"), lines.toString());
    }

    @Test
    void networksSecretsAndConfigsChangeThroughTheSimulatorLoggedAsServicesAre() {
        sim.createNetwork("backend", "overlay", null, false, false, Map.of());
        sim.createSecret("db_password", 6, Map.of());
        flotilla.engine.state.Config site = sim.createConfig("site", 9, Map.of("tier", "web"));
        sim.createService(new ServiceSpec("web", "nginx").secrets(List.of("db_password")).configs(List.of("site")));
        assertEquals("config 'site' is in use by the following service: web",
                assertThrows(IllegalStateException.class, () -> sim.removeConfig(site)).getMessage());
        assertEquals("secret db_password already exists",
                assertThrows(IllegalStateException.class, () -> sim.createSecret("db_password", 1, Map.of()))
                        .getMessage());
        sim.removeService(sim.state().findService("web"));
        sim.removeConfig(site);
        sim.removeNetwork(sim.state().findNetwork("backend"));
        List<String> lines = sim.log().events().stream().map(EventLog.Event::toString).toList();
        assertTrue(lines.contains("     0.0s network  backend: created"), lines.toString());
        assertTrue(lines.contains("     0.0s secret   db_password: created"), lines.toString());
        assertTrue(lines.contains("     0.0s config   site: removed"), lines.toString());
        assertTrue(lines.contains("     0.0s network  backend: removed"), lines.toString());
        assertEquals(List.of(), List.copyOf(sim.state().configs()));
    }

    @Test
    void aChangedConfigRollsTheServicesTasks() {
        sim.createConfig("v1", 1, Map.of());
        sim.createConfig("v2", 1, Map.of());
        Service web = sim.createService(new ServiceSpec("web", "nginx").replicas(2).configs(List.of("v1")));
        swarm.converge();
        List<Task> before = List.copyOf(sim.state().tasksOfService(web.id()));
        sim.updateService(web, web.spec().copy().configs(List.of("v2")));
        swarm.converge();
        assertTrue(before.stream().allMatch(t -> t.desiredState() == TaskState.SHUTDOWN), before.toString());
    }

    @Test
    void anImportedNodeKeepsItsIdentityAndDescription() {
        Node pi = sim.join(new Node("pi0000000000000000000000a", "pi", flotilla.engine.state.Role.WORKER,
                new flotilla.engine.state.Platform("linux", "aarch64"), Swarm.VM, "10.1.1.1",
                Map.of("vendor", "raspberry"), java.util.Set.of()), Map.of("zone", "lab"));
        assertEquals(pi, sim.state().findNode("pi0000000000000000000000a"));
        assertEquals(Map.of("zone", "lab"), pi.labels());
        Service armOnly = sim.createService(new ServiceSpec("probe", "probe").replicas(2)
                .constraints(List.of("node.platform.arch==aarch64", "engine.labels.vendor==raspberry")));
        swarm.converge();
        assertEquals(Map.of("pi", 2), swarm.running(armOnly));
        assertTrue(sim.networks().networksOn(pi.id()).contains("ingress"));
    }

    @Test
    void sameSeedSameRun() {
        assertEquals(run(), run());
    }

    private static String run() {
        Swarm s = new Swarm("w1", "w2", "w3");
        s.sim.createService(new ServiceSpec("web", "nginx").replicas(7));
        s.converge();
        s.sim.nodeDown(s.node("w2"));
        s.converge();
        StringBuilder out = new StringBuilder();
        for (Task t : s.sim.state().tasks().stream().sorted(java.util.Comparator.comparing(Task::id)).toList()) {
            out.append(t.id()).append(' ').append(t.name()).append(' ').append(t.nodeId()).append(' ')
                    .append(t.state()).append('\n');
        }
        return out.toString();
    }
}
