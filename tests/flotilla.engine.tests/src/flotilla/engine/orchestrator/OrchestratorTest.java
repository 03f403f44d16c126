package flotilla.engine.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Resources;
import flotilla.engine.state.RestartCondition;
import flotilla.engine.state.RestartPolicy;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Orchestration as a user sees it, driven through the simulator. */
class OrchestratorTest {
    private static final Resources VM = new Resources(4_000_000_000L, 8L << 30);
    private final Simulator sim = new Simulator(3);

    private Node[] cluster(String... workers) {
        Node[] nodes = new Node[workers.length + 1];
        nodes[0] = sim.init("manager1", VM);
        for (int i = 0; i < workers.length; i++) {
            nodes[i + 1] = sim.join(workers[i], Role.WORKER, VM, Map.of());
        }
        return nodes;
    }

    private void converge() {
        assertTrue(sim.waitUntilConverged(3_600_000), "converges");
    }

    private Map<String, Integer> running(Service service) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node n : sim.state().nodes()) {
            long c = sim.state().tasksOnNode(n.id()).stream().filter(t -> service.id().equals(t.serviceId())
                    && t.state() == TaskState.RUNNING && t.desiredState() == TaskState.RUNNING).count();
            if (c > 0) {
                counts.put(n.hostname(), (int) c);
            }
        }
        return counts;
    }

    private List<Task> slot(Service service, long slot) {
        return sim.state().tasksOfService(service.id()).stream().filter(t -> t.slot() == slot)
                .sorted(java.util.Comparator.comparingLong(Task::createdAt)).toList();
    }

    private ServiceSpec web(int replicas) {
        return new ServiceSpec("web", "nginx:1.25").replicas(replicas);
    }

    @Test
    void replicasStartOnePerNodeAfterTheStartUpTime() {
        cluster("worker1", "worker2");
        Service web = sim.createService(web(3));
        assertEquals(Map.of(), running(web));
        sim.advance(Simulator.TASK_STARTUP);
        assertEquals(Map.of("manager1", 1, "worker1", 1, "worker2", 1), running(web));
        for (long s = 1; s <= 3; s++) {
            assertEquals(1, slot(web, s).size());
        }
    }

    @Test
    void aCrashedTaskIsReplacedInTheSameSlotAfterTheRestartDelay() {
        cluster("worker1", "worker2");
        Service web = sim.createService(web(3));
        converge();
        Task victim = slot(web, 2).get(0);
        sim.crash(victim);
        assertEquals(TaskState.FAILED, victim.state());
        assertEquals("task: non-zero exit (137)", victim.error());
        assertEquals(TaskState.SHUTDOWN, victim.desiredState());
        Task replacement = slot(web, 2).get(1);
        // Swarm places the replacement at once (desired Ready): it holds its node while it waits.
        assertNotNull(replacement.nodeId(), "placed at once");
        assertEquals(TaskState.READY, replacement.desiredState());
        sim.advance(SwarmDefaults.RESTART_POLICY.delayMillis() - 1);
        assertEquals(TaskState.READY, replacement.state(), "prepared, waiting for the 5 s restart delay");
        assertTrue(replacement.holdsNode());
        sim.advance(1 + Simulator.TASK_STARTUP);
        assertEquals(TaskState.RUNNING, replacement.state());
        assertNotEquals(victim.id(), replacement.id());
        assertEquals(3, running(web).values().stream().mapToInt(i -> i).sum());
    }

    @Test
    void maxAttemptsLeaveTheSlotEmptyOnceUsedUp() {
        cluster("worker1");
        Service web = sim.createService(web(2).restartPolicy(new RestartPolicy(RestartCondition.ANY, 1000, 2, 0)));
        converge();
        for (int i = 0; i < 3; i++) {
            List<Task> tasks = slot(web, 1);
            sim.crash(tasks.get(tasks.size() - 1));
            converge();
        }
        assertEquals(3, slot(web, 1).size(), "the original and two restarts");
        assertTrue(slot(web, 1).stream().noneMatch(t -> t.state() == TaskState.RUNNING));
        assertEquals(1, running(web).values().stream().mapToInt(i -> i).sum());
    }

    @Test
    void restartConditionNoneNeverReplaces() {
        cluster("worker1");
        Service web = sim.createService(web(1).restartPolicy(new RestartPolicy(RestartCondition.NONE, 0, 0, 0)));
        converge();
        sim.crash(slot(web, 1).get(0));
        converge();
        assertEquals(1, slot(web, 1).size());
        assertEquals(Map.of(), running(web));
    }

    @Test
    void aLostNodesTasksAreReplacedElsewhereAndNotMovedBack() {
        Node[] n = cluster("worker1", "worker2");
        Service web = sim.createService(web(6));
        converge();
        sim.nodeDown(n[1]);
        sim.advance(SwarmDefaults.NODE_DOWN_AFTER - 1);
        assertEquals(NodeStatus.READY, n[1].status(), "not yet noticed");
        sim.advance(1);
        assertEquals(NodeStatus.DOWN, n[1].status());
        converge();
        assertEquals(Map.of("manager1", 3, "worker2", 3), running(web));
        for (Task t : sim.state().tasksOnNode(n[1].id())) {
            assertEquals(TaskState.SHUTDOWN, t.desiredState());
            assertEquals(TaskState.RUNNING, t.state(), "the managers never heard otherwise");
        }
        sim.nodeUp(n[1]);
        converge();
        assertEquals(NodeStatus.READY, n[1].status());
        assertEquals(Map.of("manager1", 3, "worker2", 3), running(web), "no rebalancing");
        // Their containers died with the host: the engine reports them failed when it is back, as the
        // real swarm does (tests/fidelity/node-down-and-back).
        assertTrue(sim.state().tasksOnNode(n[1].id()).stream().allMatch(t -> t.state() == TaskState.FAILED
                && t.error().equals("task: non-zero exit (137)")));
    }

    @Test
    void drainMovesTasksAtOnceAndPauseKeepsThem() {
        Node[] n = cluster("worker1", "worker2");
        Service web = sim.createService(web(3));
        converge();
        sim.setAvailability(n[2], Availability.PAUSE);
        sim.setAvailability(n[1], Availability.DRAIN);
        assertTrue(sim.state().tasksOnNode(n[1].id()).stream().allMatch(t -> t.state() == TaskState.SHUTDOWN));
        sim.advance(Simulator.TASK_STARTUP);
        assertEquals(Map.of("manager1", 2, "worker2", 1), running(web), "no restart delay for drained nodes");
        sim.updateService(web, web(5));
        converge();
        assertEquals(Map.of("manager1", 4, "worker2", 1), running(web), "a paused node keeps but gets nothing new");
    }

    @Test
    void scaleDownKeepsTheSpreadEven() {
        cluster("worker1", "worker2");
        Service web = sim.createService(web(6));
        converge();
        sim.join("worker3", Role.WORKER, VM, Map.of());
        sim.updateService(web, web(8));
        converge();
        assertEquals(Map.of("manager1", 2, "worker1", 2, "worker2", 2, "worker3", 2), running(web));
        sim.updateService(web, web(4));
        converge();
        assertEquals(Map.of("manager1", 1, "worker1", 1, "worker2", 1, "worker3", 1), running(web));
        assertEquals(4, sim.state().tasksOfService(web.id()).size(), "removed tasks are forgotten");
        List<Long> kept = sim.state().tasksOfService(web.id()).stream().map(Task::slot).sorted().toList();
        sim.updateService(web, web(6));
        converge();
        assertEquals(6, running(web).values().stream().mapToInt(i -> i).sum());
        List<Long> freed = java.util.stream.LongStream.rangeClosed(1, 8).boxed().filter(s -> !kept.contains(s))
                .toList();
        List<Long> expected = new java.util.ArrayList<>(kept);
        expected.addAll(freed.subList(0, 2));
        assertEquals(expected.stream().sorted().toList(), sim.state().tasksOfService(web.id()).stream()
                .map(Task::slot).sorted().toList(), "the lowest freed slot numbers are used again");
    }

    @Test
    void scaleDownRemovesTasksThatAreNotRunningFirst() {
        cluster("worker1");
        Service db = sim.createService(new ServiceSpec("db", "postgres").replicas(3)
                .reservations(new Resources(3_000_000_000L, 0)));
        converge();
        assertEquals(2, running(db).values().stream().mapToInt(i -> i).sum(), "only two fit");
        Task pending = sim.state().tasksOfService(db.id()).stream().filter(t -> t.nodeId() == null).findFirst()
                .orElseThrow();
        assertEquals("no suitable node (insufficient resources on 2 nodes)", pending.error());
        sim.updateService(db, new ServiceSpec("db", "postgres").replicas(2)
                .reservations(new Resources(3_000_000_000L, 0)));
        converge();
        assertNull(sim.state().task(pending.id()), "the pending one went");
        assertEquals(2, running(db).values().stream().mapToInt(i -> i).sum());
    }

    @Test
    void aGlobalServiceRunsOnEveryEligibleNodeIncludingNewOnes() {
        Node[] n = cluster("worker1");
        Service agent = sim.createService(new ServiceSpec("agent", "datadog").mode(ServiceMode.GLOBAL)
                .constraints(List.of("node.role==worker")));
        converge();
        assertEquals(Map.of("worker1", 1), running(agent));
        sim.join("worker2", Role.WORKER, VM, Map.of());
        converge();
        assertEquals(Map.of("worker1", 1, "worker2", 1), running(agent));
        sim.setAvailability(n[1], Availability.DRAIN);
        converge();
        assertEquals(Map.of("worker2", 1), running(agent));
        Task onWorker2 = sim.state().tasksOnNode(sim.state().findNode("worker2").id()).get(0);
        sim.crash(onWorker2);
        converge();
        List<Task> onNode = sim.state().tasksOnNode(onWorker2.nodeId());
        assertEquals(2, onNode.size(), "restarted on the same node");
        assertEquals(Map.of("worker2", 1), running(agent));
    }

    @Test
    void aReplicatedJobRunsToCompletionOnce() {
        cluster("worker1");
        Service job = sim.createService(new ServiceSpec("migrate", "app").mode(ServiceMode.REPLICATED_JOB)
                .replicas(3));
        converge();
        assertEquals(3, sim.state().tasksOfService(job.id()).size());
        assertTrue(sim.state().tasksOfService(job.id()).stream().allMatch(t -> t.state() == TaskState.COMPLETE));
    }
}
