package flotilla.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.observed.ClusterState;
import flotilla.observed.Event;
import flotilla.observed.EventKind;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;
import flotilla.observed.Task;
import flotilla.observed.TaskAttachment;
import flotilla.observed.TaskState;

/** The observed state of a simulated swarm, written against the model it was started from. */
class ObservedStateExporterTest {

    private final Cluster cluster = ExampleClusters.swarmTutorial();
    private final Simulator sim = ModelImporter.start(cluster, 1);

    @Test
    void referencesTheModelsNodesWithTheirStatus() {
        ClusterState state = ObservedStateExporter.export(sim, cluster);
        assertSame(cluster, state.getCluster());
        assertEquals(sim.now() * 1_000_000L, state.getTime());
        assertEquals(cluster.getNodes(), state.getNodes().stream().map(NodeStatus::getNode).toList());
        NodeStatus manager = state.getNodes().get(0);
        assertEquals(NodeState.READY, manager.getState());
        assertTrue(manager.isLeader());
        assertEquals("active", manager.getMessage());
        assertFalse(state.getNodes().get(1).isLeader());
        assertEquals(sim.state().findNode("manager1").id(), manager.getId());
    }

    @Test
    void everyReplicaRunsAsATaskOfItsServiceSlotAndNode() {
        ClusterState state = ObservedStateExporter.export(sim, cluster);
        Map<String, List<Integer>> slots = new TreeMap<>();
        for (Task task : state.getTasks()) {
            assertEquals(TaskState.RUNNING, task.getCurrentState(), task.getId());
            assertEquals(TaskState.RUNNING, task.getDesiredState());
            assertTrue(cluster.getNodes().contains(task.getNode()), "task on a model node");
            assertNotNull(task.getContainerId());
            assertNull(task.getError());
            slots.computeIfAbsent(task.getService().getName(), k -> new java.util.ArrayList<>()).add(task.getSlot());
        }
        slots.values().forEach(list -> list.sort(null));
        assertEquals(Map.of("frontier", List.of(1, 2, 3), "helloworld", List.of(1), "my-web", List.of(1, 2),
                "redis", List.of(1, 2, 3)), slots);
        for (Task task : state.getTasks()) {
            assertEquals(sim.state().task(task.getId()).slot(), task.getSlot(), "the engine's own task id");
        }
    }

    @Test
    void tasksHaveAddressesOnIngressAndTheirOverlays() {
        ClusterState state = ObservedStateExporter.export(sim, cluster);
        Network mynet = network("mynet");
        Network ingress = network("ingress");
        Task frontier = state.getTasks().stream().filter(t -> t.getService() == service("frontier")).findFirst()
                .orElseThrow();
        assertEquals(List.of(ingress, mynet),
                frontier.getAttachments().stream().map(TaskAttachment::getNetwork).toList());
        String address = frontier.getAttachments().get(1).getAddresses().get(0);
        assertTrue(address.matches("10\\.0\\.9\\.\\d+/24"), address);
        Task redis = state.getTasks().stream().filter(t -> t.getService() == service("redis")).findFirst()
                .orElseThrow();
        assertTrue(redis.getAttachments().isEmpty(), "no published port, no network");
    }

    @Test
    void anOverlayIsOnANodeOnlyOnceOneOfItsTasksLandedThere() {
        ClusterState state = ObservedStateExporter.export(sim, cluster);
        Map<Node, Set<String>> networksOnNode = state.getNetworkInstances().stream().collect(Collectors.groupingBy(
                i -> i.getNode(), Collectors.mapping(i -> i.getNetwork().getName(), Collectors.toSet())));
        Set<Node> withFrontier = state.getTasks().stream().filter(t -> t.getService() == service("frontier"))
                .map(Task::getNode).collect(Collectors.toSet());
        for (Node node : cluster.getNodes()) {
            Set<String> names = networksOnNode.get(node);
            assertTrue(names.containsAll(Set.of("ingress", "docker_gwbridge")), node.getHostname() + " " + names);
            assertEquals(withFrontier.contains(node), names.contains("mynet"), node.getHostname() + " " + names);
        }
    }

    @Test
    void aCrashedNodesTasksAreReplacedInTheirSlotsAfterTheRestartDelay() {
        flotilla.engine.state.Node worker1 = sim.state().findNode("worker1");
        ClusterState before = ObservedStateExporter.export(sim, cluster);
        List<Task> crashed = before.getTasks().stream().filter(t -> t.getNode() == node("worker1")).toList();
        assertFalse(crashed.isEmpty());

        sim.crashAll(worker1);
        ClusterState afterCrash = ObservedStateExporter.export(sim, cluster);
        for (Task old : crashed) {
            Task now = task(afterCrash, old.getId());
            assertEquals(TaskState.FAILED, now.getCurrentState());
            assertNotNull(now.getError());
        }
        Event die = afterCrash.getEvents().stream().filter(e -> "die".equals(e.getAction())).findFirst().orElseThrow();
        assertEquals(EventKind.TASK, die.getKind());
        assertSame(node("worker1"), die.getSubject());

        sim.advance(SwarmDefaults.SECOND);
        for (Task old : crashed) {
            assertTrue(replacements(ObservedStateExporter.export(sim, cluster), old).stream()
                    .noneMatch(t -> t.getCurrentState() == TaskState.RUNNING), "still within the restart delay");
        }
        sim.waitUntilConverged(60 * SwarmDefaults.SECOND);
        ClusterState healed = ObservedStateExporter.export(sim, cluster);
        for (Task old : crashed) {
            List<Task> running = replacements(healed, old).stream()
                    .filter(t -> t.getCurrentState() == TaskState.RUNNING).toList();
            assertEquals(1, running.size(), "slot " + old.getService().getName() + "." + old.getSlot());
            assertNotEquals(old.getId(), running.get(0).getId());
        }
    }

    @Test
    void theTimelineKeepsVirtualTimesAndNamesItsSubjects() {
        ClusterState state = ObservedStateExporter.export(sim, cluster);
        Event created = state.getEvents().stream().filter(e -> e.getKind() == EventKind.SERVICE).findFirst()
                .orElseThrow();
        assertEquals("create", created.getAction());
        assertSame(service("helloworld"), created.getSubject());
        assertEquals("helloworld: created", created.getMessage());
        Event running = state.getEvents().stream().filter(e -> "running".equals(e.getAction())).findFirst()
                .orElseThrow();
        assertEquals(EventKind.TASK, running.getKind());
        assertEquals(Simulator.TASK_STARTUP * 1_000_000L, running.getTime());
        assertTrue(running.getSubject() instanceof Service);
        Event joined = state.getEvents().get(0);
        assertEquals(EventKind.NODE, joined.getKind());
        assertSame(node("manager1"), joined.getSubject());
    }

    @Test
    void aNodeDownIsReportedOnceTheHeartbeatTimesOut() {
        flotilla.engine.state.Node worker2 = sim.state().findNode("worker2");
        sim.nodeDown(worker2);
        NodeStatus stopped = ObservedStateExporter.export(sim, cluster).getNodes().get(2);
        assertEquals(NodeState.READY, stopped.getState(), "the managers do not know yet");
        assertEquals("active, host stopped", stopped.getMessage());
        sim.waitUntilConverged(60 * SwarmDefaults.SECOND);
        ClusterState state = ObservedStateExporter.export(sim, cluster);
        assertEquals(NodeState.DOWN, state.getNodes().get(2).getState());
        // Swarm keeps the last state it heard of a lost node's tasks; it only stops wanting them.
        List<Task> wanted = state.getTasks().stream().filter(t -> t.getDesiredState() == TaskState.RUNNING).toList();
        assertTrue(wanted.stream().noneMatch(t -> t.getNode() == node("worker2")));
        assertEquals(9, wanted.stream().filter(t -> t.getCurrentState() == TaskState.RUNNING).count());
    }

    @Test
    void whatTheModelLacksIsExportedWithoutAReference() {
        sim.join("extra", Role.WORKER, Resources.NONE, Map.of());
        NodeStatus extra = ObservedStateExporter.export(sim, cluster).getNodes().get(3);
        assertNull(extra.getNode());
        assertEquals("active, extra is not in the model", extra.getMessage());
    }

    @Test
    void theMetamodelHasNoReadyStateSoAPreparedTaskShowsAsPreparing() {
        assertEquals(TaskState.PREPARING, ObservedStateExporter.taskState(flotilla.engine.state.TaskState.READY));
        for (flotilla.engine.state.TaskState s : flotilla.engine.state.TaskState.values()) {
            assertNotNull(ObservedStateExporter.taskState(s), s.name());
        }
    }

    private static Task task(ClusterState state, String id) {
        return state.getTasks().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    private static List<Task> replacements(ClusterState state, Task old) {
        return state.getTasks().stream().filter(t -> t.getService() == old.getService() && t.getSlot() == old.getSlot()
                && !t.getId().equals(old.getId())).toList();
    }

    private Node node(String hostname) {
        return cluster.getNodes().stream().filter(n -> n.getHostname().equals(hostname)).findFirst().orElseThrow();
    }

    private Service service(String name) {
        return cluster.getServices().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private Network network(String name) {
        return cluster.getNetworks().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
    }
}
