package flotilla.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private final Fixture cluster = new Fixture();

    @Test
    void tenReplicasOnThreeEmptyNodesSplitFourThreeThree() {
        cluster.nodes("a", "b", "c");
        Service web = cluster.service(new ServiceSpec("web", "nginx"));
        cluster.submit(web, 10);
        assertEquals(10, cluster.scheduler.schedule(0));
        assertEquals(Map.of("a", 4, "b", 3, "c", 3), cluster.spread(web));
    }

    @Test
    void newTasksFillTheLeastLoadedNodesFirst() {
        Node a = cluster.node("a");
        Service web = cluster.service(new ServiceSpec("web", "nginx"));
        cluster.submit(web, 3);
        cluster.scheduleAndRun();
        cluster.node("b");
        cluster.node("c");
        cluster.submit(web, 3);
        cluster.scheduleAndRun();
        // b and c were empty: b takes one, then c is filled while it stays below a (the next in order).
        assertEquals(Map.of("a", 3, "b", 1, "c", 2), cluster.spread(web));
        assertEquals(3, cluster.scheduler.nodeInfo(a.id()).activeTasksOfService(web.id()));
    }

    @Test
    void fillingOnlyLooksAtTheNextNodeInOrder() {
        // swarmkit's first pass stays on a node until the next node in order is strictly preferable, so
        // with b and c empty and a holding two, four new tasks land 1 on b and 3 on c.
        cluster.nodes("a", "b", "c");
        Service web = cluster.service(new ServiceSpec("web", "nginx").constraints(List.of("node.hostname==a")));
        cluster.submit(web, 2);
        cluster.scheduleAndRun();
        cluster.state.updateService(web, new ServiceSpec("web", "nginx"), 0);
        cluster.submit(web, 4);
        cluster.scheduleAndRun();
        assertEquals(Map.of("a", 2, "b", 1, "c", 3), cluster.spread(web));
    }

    @Test
    void totalTasksBreakTiesBetweenNodesWithEqualServiceCounts() {
        cluster.nodes("a", "b", "c");
        Service busy = cluster.service(new ServiceSpec("busy", "nginx").constraints(List.of("node.hostname!=c")));
        cluster.submit(busy, 4);
        cluster.scheduleAndRun();
        Service one = cluster.service(new ServiceSpec("one", "nginx"));
        cluster.submit(one, 1);
        cluster.scheduleAndRun();
        assertEquals(Map.of("c", 1), cluster.spread(one));
    }

    /**
     * web fails five times on a, its only node; then b joins, holding a task of another service, so a has
     * fewer tasks in total and would be preferred but for the failures.
     */
    private Service webFailedFiveTimesOn(Node a) {
        Service web = cluster.service(new ServiceSpec("web", "nginx"));
        for (int i = 0; i < 5; i++) {
            Task t = cluster.submit(web, 1).get(0);
            cluster.scheduler.schedule(1000 * i);
            assertEquals(a.id(), t.nodeId());
            cluster.state.setTaskStatus(t, TaskState.FAILED, "started", "task: non-zero exit (1)", 1000 * i);
        }
        cluster.node("b");
        Service other = cluster.service(new ServiceSpec("other", "nginx").constraints(List.of("node.hostname==b")));
        cluster.submit(other, 1);
        cluster.scheduleAndRun();
        return web;
    }

    @Test
    void aNodeWhereTheServiceFailedFiveTimesLatelyGoesLast() {
        Service web = webFailedFiveTimesOn(cluster.node("a"));
        Task next = cluster.submit(web, 1).get(0);
        cluster.scheduler.schedule(6000);
        assertEquals("b", cluster.state.node(next.nodeId()).hostname());
        // Five minutes later the failures no longer count.
        Task later = cluster.submit(web, 1).get(0);
        cluster.scheduler.schedule(6000 + 5 * 60_000);
        assertEquals("a", cluster.state.node(later.nodeId()).hostname());
    }

    @Test
    void failuresCountPerSpecVersionSoANewSpecStartsAfresh() {
        Node a = cluster.node("a");
        Service web = webFailedFiveTimesOn(a);
        // The new spec version has failed nowhere: a, with fewer tasks in total, is preferred again.
        cluster.state.updateService(web, new ServiceSpec("web", "nginx:2"), 5000);
        Task next = cluster.submit(web, 1).get(0);
        cluster.scheduler.schedule(6000);
        assertEquals(a.id(), next.nodeId());
    }

    @Test
    void anUnplaceableTaskStaysPendingWithSwarmsExplanation() {
        cluster.node("a", Role.WORKER, new Resources(1_000_000_000L, 1L << 30), "zone=east");
        cluster.node("b", "zone=west");
        cluster.node("c", "zone=west");
        cluster.node("d", "zone=west");
        Service db = cluster.service(new ServiceSpec("db", "postgres").constraints(List.of("node.labels.zone==east"))
                .reservations(new Resources(2_000_000_000L, 0)));
        Task t = cluster.submit(db, 1).get(0);
        assertEquals(0, cluster.scheduler.schedule(0));
        assertNull(t.nodeId());
        assertEquals(TaskState.PENDING, t.state());
        assertEquals("no suitable node (scheduling constraints not satisfied on 3 nodes; "
                + "insufficient resources on 1 node)", t.error());
    }

    @Test
    void resourceFailuresComeFirstWhenTheyRejectTheMostNodes() {
        // The resource filter runs before the constraint filter, so it is charged for nodes it rejects.
        cluster.node("a", Role.WORKER, new Resources(1, 1));
        cluster.node("b", Role.WORKER, new Resources(1, 1));
        cluster.node("c", Role.WORKER, new Resources(4_000_000_000L, 1L << 32), "zone=west");
        Service db = cluster.service(new ServiceSpec("db", "postgres").constraints(List.of("node.labels.zone==east"))
                .reservations(new Resources(2_000_000_000L, 0)));
        Task t = cluster.submit(db, 1).get(0);
        cluster.scheduler.schedule(0);
        assertEquals("no suitable node (insufficient resources on 2 nodes; "
                + "scheduling constraints not satisfied on 1 node)", t.error());
    }

    @Test
    void withoutNodesTheErrorHasNoExplanation() {
        Task t = cluster.submit(cluster.service(new ServiceSpec("web", "nginx")), 1).get(0);
        cluster.scheduler.schedule(0);
        assertEquals("no suitable node", t.error());
    }

    @Test
    void downPausedAndDrainedNodesGetNoNewTasks() {
        Node down = cluster.node("a");
        Node paused = cluster.node("b");
        Node drained = cluster.node("c");
        cluster.node("d");
        cluster.state.setStatus(down, NodeStatus.DOWN);
        cluster.state.setAvailability(paused, Availability.PAUSE);
        cluster.state.setAvailability(drained, Availability.DRAIN);
        Service web = cluster.service(new ServiceSpec("web", "nginx"));
        cluster.submit(web, 5);
        cluster.scheduler.schedule(0);
        assertEquals(Map.of("d", 5), cluster.spread(web));
    }

    @Test
    void spreadGivesEachLabelValueAnEqualShareIncludingNodesWithoutTheLabel() {
        cluster.node("a1", "az=1");
        cluster.node("b1", "az=2");
        cluster.node("b2", "az=2");
        cluster.node("b3", "az=2");
        cluster.node("x1");
        cluster.node("x2");
        Service web = cluster.service(new ServiceSpec("web", "nginx").preferences(List.of("node.labels.az")));
        cluster.submit(web, 9);
        cluster.scheduler.schedule(0);
        // Three branches (az=1, az=2, no label), three tasks each, then spread inside each branch.
        assertEquals(Map.of("a1", 3, "b1", 1, "b2", 1, "b3", 1, "x1", 2, "x2", 1), cluster.spread(web));
    }

    @Test
    void spreadCountsTasksAlreadyInABranch() {
        cluster.node("a1", "az=1");
        cluster.node("b1", "az=2");
        cluster.node("b2", "az=2");
        Service web = cluster.service(new ServiceSpec("web", "nginx").preferences(List.of("node.labels.az"))
                .constraints(List.of("node.labels.az==1")));
        cluster.submit(web, 4);
        cluster.scheduleAndRun();
        cluster.state.updateService(web, new ServiceSpec("web", "nginx").preferences(List.of("node.labels.az")), 0);
        cluster.submit(web, 4);
        cluster.scheduleAndRun();
        // 8 tasks over two zones: az=1 already has 4, so all four new ones go to az=2.
        assertEquals(Map.of("a1", 4, "b1", 2, "b2", 2), cluster.spread(web));
    }

    @Test
    void aBranchWithoutRoomHandsItsShareToTheOthers() {
        cluster.node("a1", "az=1");
        cluster.node("b1", "az=2");
        cluster.node("c1", "az=3");
        cluster.state.setAvailability(cluster.state.findNode("c1"), Availability.DRAIN);
        Service web = cluster.service(new ServiceSpec("web", "nginx").preferences(List.of("node.labels.az")));
        cluster.submit(web, 6);
        cluster.scheduler.schedule(0);
        assertEquals(Map.of("a1", 3, "b1", 3), cluster.spread(web));
    }

    @Test
    void nestedPreferencesSpreadOverZonesThenRacks() {
        cluster.node("e1", "zone=east", "rack=1");
        cluster.node("e2", "zone=east", "rack=2");
        cluster.node("e3", "zone=east", "rack=2");
        cluster.node("w1", "zone=west", "rack=1");
        Service web = cluster.service(new ServiceSpec("web", "nginx")
                .preferences(List.of("node.labels.zone", "node.labels.rack")));
        cluster.submit(web, 8);
        cluster.scheduler.schedule(0);
        // 4 per zone; in the east 2 per rack, rack 2's pair split over its two nodes.
        assertEquals(Map.of("e1", 2, "e2", 1, "e3", 1, "w1", 4), cluster.spread(web));
    }

    @Test
    void preferencesOnOtherAttributesAreIgnored() {
        cluster.node("a");
        cluster.node("b");
        Service web = cluster.service(new ServiceSpec("web", "nginx").preferences(List.of("node.hostname")));
        cluster.submit(web, 4);
        cluster.scheduler.schedule(0);
        assertEquals(Map.of("a", 2, "b", 2), cluster.spread(web));
    }

    @Test
    void aPinnedTaskIsCheckedOnlyAgainstItsNode() {
        Node small = cluster.node("a", Role.WORKER, new Resources(1_000_000_000L, 1L << 30));
        Node big = cluster.node("b", Role.WORKER, new Resources(8_000_000_000L, 1L << 33));
        Service agent = cluster.service(new ServiceSpec("agent", "agent").mode(ServiceMode.GLOBAL)
                .reservations(new Resources(2_000_000_000L, 0)));
        Task onSmall = cluster.submitPinned(agent, small);
        Task onBig = cluster.submitPinned(agent, big);
        assertEquals(1, cluster.scheduler.schedule(0));
        assertEquals(TaskState.ASSIGNED, onBig.state());
        assertEquals(TaskState.PENDING, onSmall.state());
        assertEquals("insufficient resources on 1 node", onSmall.error());
        assertEquals("agent." + small.id(), onSmall.name());
    }

    @Test
    void schedulingIsDeterministicForASeed() {
        String first = placementsWithSeed();
        assertEquals(first, placementsWithSeed());
    }

    private static String placementsWithSeed() {
        Fixture f = new Fixture();
        for (int i = 0; i < 7; i++) {
            f.node("n" + i, "zone=" + (i % 3));
        }
        Service web = f.service(new ServiceSpec("web", "nginx").preferences(List.of("node.labels.zone")));
        List<Task> tasks = f.submit(web, 20);
        f.scheduler.schedule(0);
        StringBuilder out = new StringBuilder();
        for (Task t : tasks) {
            out.append(t.name()).append('@').append(f.state.node(t.nodeId()).hostname()).append(' ');
        }
        return out.toString();
    }
}
