package flotilla.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.state.Availability;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.ClusterView;
import flotilla.engine.state.NetworkAttachmentConfig;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;

/**
 * A fork made on the store of an earlier, spent fork (only what that one changed is undone) reads and behaves exactly
 * as a fork copied afresh: the same objects in the same order, and the same run of the same scenario after it.
 */
class ForkTest {
    private static final Resources VM = new Resources(2_000_000_000L, 4L << 30);

    /** Three managers and six workers in two zones, replicated and global services, some of them pending. */
    private static Simulator settledSwarm() {
        Simulator sim = new Simulator(3);
        sim.init("m1", VM);
        sim.join("m2", Role.MANAGER, VM, Map.of("zone", "a"));
        sim.join("m3", Role.MANAGER, VM, Map.of("zone", "b"));
        for (int i = 1; i <= 6; i++) {
            sim.join("w" + i, Role.WORKER, VM, Map.of("zone", i % 2 == 0 ? "a" : "b"));
        }
        sim.createNetwork("backend", "overlay", null, false, false, Map.of());
        sim.createService(new ServiceSpec("web", "nginx").replicas(7)
                .networks(List.of(new NetworkAttachmentConfig("backend", List.of()))));
        // One node's worth of memory short, and a zone no node is in: tasks pend before any failure.
        sim.createService(new ServiceSpec("db", "postgres").replicas(10).reservations(new Resources(0, 3L << 30)));
        sim.createService(new ServiceSpec("nowhere", "app").replicas(2).constraints(List.of("node.labels.zone==c")));
        sim.createService(new ServiceSpec("agent", "agent").mode(ServiceMode.GLOBAL));
        sim.createService(new ServiceSpec("zoned", "app").replicas(4).constraints(List.of("node.labels.zone==a")));
        sim.waitUntilConverged(10 * SwarmDefaults.MINUTE);
        assertEquals(3, sim.state().pendingTasks().size());
        return sim;
    }

    private static Consumer<Simulator> nodeLost(String hostname) {
        return sim -> {
            sim.nodeDown(sim.state().findNode(hostname));
            sim.waitUntilConverged(60 * SwarmDefaults.MINUTE);
        };
    }

    private static Consumer<Simulator> leaderLost() {
        return nodeLost("m1");
    }

    private static Consumer<Simulator> drained(String hostname) {
        return sim -> {
            sim.setAvailability(sim.state().findNode(hostname), Availability.DRAIN);
            sim.waitUntilConverged(60 * SwarmDefaults.MINUTE);
        };
    }

    private static Consumer<Simulator> updated(String service) {
        return sim -> {
            Service s = sim.state().findService(service);
            sim.updateService(s, s.spec().copy().image(s.spec().image() + ":2"));
            sim.waitUntilConverged(60 * SwarmDefaults.MINUTE);
        };
    }

    @Test
    void aForkOnASpentForkIsTheSameAsAFreshOneAndRunsTheSame() {
        Simulator baseline = settledSwarm();
        String before = dump(baseline);
        List<Consumer<Simulator>> scenarios = List.of(nodeLost("w1"), nodeLost("w2"), drained("w3"), leaderLost(),
                updated("web"), updated("agent"), nodeLost("w4"), drained("m2"), nodeLost("w6"));
        Simulator spent = null;
        long seed = 10;
        for (Consumer<Simulator> scenario : scenarios) {
            Simulator fresh = baseline.fork(seed);
            Simulator recycled = baseline.fork(seed, spent);
            assertEquals(dump(fresh), dump(recycled));
            scenario.accept(fresh);
            scenario.accept(recycled);
            assertEquals(dump(fresh), dump(recycled));
            assertEquals(fresh.now(), recycled.now());
            assertEquals(fresh.hasQuorum(), recycled.hasQuorum());
            spent = recycled;
            seed++;
        }
        assertEquals(before, dump(baseline), "the baseline is only read");
    }

    @Test
    void aNodeWithNoTaskInTheBaselineTakesTasksAgainInTheNextRecycledScenario() {
        // The spare has no task list in the baseline; a scenario gives it one, which the next fork drops again.
        Simulator baseline = new Simulator(3);
        baseline.init("m1", VM);
        baseline.join("w1", Role.WORKER, VM, Map.of());
        baseline.join("spare", Role.WORKER, VM, Map.of());
        baseline.setAvailability(baseline.state().findNode("spare"), Availability.DRAIN);
        baseline.createService(new ServiceSpec("web", "nginx").replicas(4)
                .constraints(List.of("node.role==worker")));
        baseline.waitUntilConverged(10 * SwarmDefaults.MINUTE);
        Consumer<Simulator> spareTakesOver = sim -> {
            sim.setAvailability(sim.state().findNode("spare"), Availability.ACTIVE);
            nodeLost("w1").accept(sim);
        };
        Simulator spent = null;
        for (long seed = 1; seed <= 3; seed++) {
            Simulator fresh = baseline.fork(seed);
            Simulator recycled = baseline.fork(seed, spent);
            spareTakesOver.accept(fresh);
            spareTakesOver.accept(recycled);
            assertEquals(4, fresh.state().tasksOnNode(fresh.state().findNode("spare").id()).stream()
                    .filter(t -> t.desiredState().toString().equals("RUNNING")).count());
            assertEquals(dump(fresh), dump(recycled), "scenario " + seed);
            spent = recycled;
        }
    }

    @Test
    void aRecycledForkInWhichANodesTasksDifferFromThePreviousScenarioReadsThemAsAFreshForkDoes() {
        // The spare holds no task before any failure; each scenario moves another task onto it. What a recycled
        // store keeps of a node's tasks must be its own, not left over from an earlier scenario.
        ClusterState baseline = new ClusterState(1);
        Node busy = baseline.join("busy", Role.WORKER, VM, Map.of(), Set.of());
        Node spare = baseline.join("spare", Role.WORKER, VM, Map.of(), Set.of());
        Service web = baseline.createService(new ServiceSpec("web", "nginx").replicas(3), 0);
        List<Task> tasks = new ArrayList<>();
        for (int slot = 1; slot <= 3; slot++) {
            Task task = baseline.createTask(web, slot, null, TaskState.RUNNING, 0);
            baseline.assign(task, busy.id(), 0);
            tasks.add(task);
        }
        ClusterState spent = null;
        long seed = 1;
        for (Task moved : List.of(tasks.get(0), tasks.get(1), tasks.get(2), tasks.get(0))) {
            ClusterState recycled = baseline.copy(seed, spent);
            ClusterState fresh = baseline.copy(seed);
            fresh.assign(fresh.task(moved.id()), spare.id(), 1);
            recycled.assign(recycled.task(moved.id()), spare.id(), 1);
            for (Node node : List.of(busy, spare)) {
                assertEquals(fresh.tasksOnNode(node.id()).stream().map(Task::id).toList(),
                        recycled.tasksOnNode(node.id()).stream().map(Task::id).toList(),
                        node + " after moving " + moved.name() + " (scenario " + seed + ")");
            }
            assertEquals(List.of(moved.id()), recycled.tasksOnNode(spare.id()).stream().map(Task::id).toList());
            spent = recycled;
            seed++;
        }
        assertEquals(3, baseline.tasksOnNode(busy.id()).size(), "the baseline is only read");
        assertEquals(List.of(), baseline.tasksOnNode(spare.id()));
    }

    @Test
    void onlyAStoreWhoseNodesAndServicesStayedIsRecycled() {
        Simulator baseline = settledSwarm();
        Simulator first = baseline.fork(1);
        nodeLost("w1").accept(first);
        Simulator second = baseline.fork(2, first);
        assertSame(first.state(), second.state(), "a node loss is undone, not copied again");
        second.createService(new ServiceSpec("extra", "app").replicas(1));
        Simulator third = baseline.fork(3, second);
        assertNotSame(second.state(), third.state(), "a service added: the store is copied afresh");
        assertEquals(dump(baseline.fork(3)), dump(third));
        Simulator other = settledSwarm();
        assertNotSame(third.state(), other.fork(4, third).state(), "a fork of another swarm is not recycled");
    }

    /** Everything a reader of the store sees, in the store's own orders, and the networks each node has. */
    private static String dump(Simulator sim) {
        ClusterView state = sim.state();
        List<String> lines = new ArrayList<>();
        for (Node n : state.nodes()) {
            lines.add("node " + n.id() + " " + n.hostname() + " " + n.role() + " " + n.availability() + " "
                    + n.status() + " " + n.isLeader() + " " + n.labels());
            lines.add("  on it " + state.tasksOnNode(n.id()).stream().map(Task::id).toList() + ", networks "
                    + sim.networks().networksOn(n.id()));
        }
        for (Service s : state.services()) {
            lines.add("service " + s.id() + " " + s.spec().name() + " " + s.spec().image() + " v" + s.version() + " "
                    + (s.previousSpec() == null ? "-" : s.previousSpec().image()) + " " + s.updatedAt() + " "
                    + s.updateStatus() + " " + s.endpointPorts()
                    + " " + s.virtualIps());
            lines.add("  tasks " + state.tasksOfService(s.id()).stream().map(Task::id).toList());
        }
        for (Task t : state.tasks()) {
            lines.add("task " + t.id() + " " + t.name() + " " + t.nodeId() + " " + t.desiredState() + " " + t.state()
                    + " " + t.message() + " " + t.error() + " " + t.containerId() + " " + t.updatedAt() + " "
                    + t.statusAt() + " " + t.networks());
        }
        lines.add("pending " + state.pendingTasks().stream().map(Task::id).toList());
        lines.add("networks " + state.networks() + " secrets " + state.secrets() + " configs " + state.configs());
        return String.join("\n", lines);
    }
}
