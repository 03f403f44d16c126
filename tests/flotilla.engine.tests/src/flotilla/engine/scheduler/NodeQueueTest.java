package flotilla.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scheduler keeps nodes queued in swarm's order between groups instead of ranking every node for each
 * group; these pin that the queued order is the one a full ranking gives, through node changes, drains,
 * removals and tasks that end.
 */
class NodeQueueTest {
    private final Fixture cluster = new Fixture();

    @Test
    void tasksWithoutAServiceAreEachPlacedOnTheLeastLoadedNode() {
        cluster.nodes("a", "b", "c", "d");
        for (int i = 0; i < 10; i++) {
            oneOff(new ServiceSpec("task" + i, "busybox"));
        }
        assertEquals(10, cluster.scheduler.schedule(0));
        assertEquals(Map.of("a", 3, "b", 3, "c", 2, "d", 2), tasksPerNode());
    }

    @Test
    void queuedOrderMatchesAFullRankingThroughChanges() {
        SplittableRandom random = new SplittableRandom(7);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            nodes.add(cluster.node("n" + i, "zone=" + "abc".charAt(i % 3)));
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            services.add(cluster.service(new ServiceSpec("svc" + i, "nginx")
                    .constraints(i % 2 == 0 ? List.of("node.labels.zone!=c") : List.of())));
        }
        for (int round = 0; round < 60; round++) {
            switch (random.nextInt(5)) {
            case 0 -> cluster.state.setAvailability(nodes.get(random.nextInt(nodes.size())),
                    random.nextBoolean() ? Availability.DRAIN : Availability.ACTIVE);
            case 1 -> endSomeTask(random);
            default -> {}
            }
            List<Task> pending = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                pending.add(oneOff(new ServiceSpec("one" + round + "." + i, "busybox")
                        .constraints(random.nextBoolean() ? List.of("node.labels.zone==a") : List.of())));
            }
            Service service = services.get(random.nextInt(services.size()));
            pending.addAll(cluster.submit(service, 1 + random.nextInt(4)));
            Map<Task, String> expected = fullRanking(pending);
            cluster.scheduler.schedule(round);
            for (Task t : pending) {
                assertEquals(expected.get(t), t.nodeId(), "round " + round + ": " + t.name());
            }
        }
    }

    @Test
    void aServiceOnFewNodesTakesTheOthersFirstThenItsOwnInSwarmsOrder() {
        for (int i = 0; i < 12; i++) {
            cluster.node("n" + i);
        }
        Service web = cluster.service(new ServiceSpec("web", "nginx"));
        cluster.submit(web, 2);
        cluster.scheduler.schedule(0);
        for (int i = 0; i < 5; i++) {
            oneOff(new ServiceSpec("load" + i, "busybox"));
        }
        cluster.scheduler.schedule(0);
        // 10 nodes without web come first, then web's own two: 15 tasks wrap round onto them.
        List<Task> pending = cluster.submit(web, 15);
        Map<Task, String> expected = fullRanking(pending);
        cluster.scheduler.schedule(1);
        for (Task t : pending) {
            assertEquals(expected.get(t), t.nodeId(), t.name());
        }
        assertEquals(17, cluster.spread(web).values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void servicesOnFewNodesAndOnManyMatchAFullRanking() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 24; i++) {
            cluster.node("n" + i, "disk=" + (i % 3 == 0 ? "ssd" : "hdd"));
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            services.add(cluster.service(new ServiceSpec("svc" + i, "nginx")
                    .constraints(i % 3 == 0 ? List.of("node.labels.disk==hdd") : List.of())));
        }
        for (int round = 0; round < 80; round++) {
            if (random.nextInt(4) == 0) {
                // A task ends without failing: counts fall, so the queues are built again.
                List<Task> running = cluster.state.tasks().stream().filter(Task::holdsNode).toList();
                if (!running.isEmpty()) {
                    cluster.state.setTaskStatus(running.get(random.nextInt(running.size())), TaskState.COMPLETE,
                            "finished", "", round);
                }
            }
            Service service = services.get(random.nextInt(services.size()));
            List<Task> pending = cluster.submit(service, 1 + random.nextInt(random.nextBoolean() ? 3 : 30));
            Map<Task, String> expected = fullRanking(pending);
            cluster.scheduler.schedule(round);
            for (Task t : pending) {
                assertEquals(expected.get(t), t.nodeId(), "round " + round + ": " + t.name());
            }
        }
    }

    /**
     * Where swarm's rules put each pending task, found by ranking every node for every task: tasks of one
     * service fill the nodes with the fewest of its tasks (then the fewest tasks), best first, one per node
     * while the next in line is no worse; tasks without a service each go to the single best node.
     */
    private Map<Task, String> fullRanking(List<Task> pending) {
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> ofService = new HashMap<>();
        for (Task t : cluster.state.tasks()) {
            if (t.holdsNode() && t.desiredState().compareTo(TaskState.RUNNING) <= 0) {
                total.merge(t.nodeId(), 1, Integer::sum);
                ofService.merge(key(t) + "@" + t.nodeId(), 1, Integer::sum);
            }
        }
        Map<Task, String> placed = new HashMap<>();
        List<Task> service = pending.stream().filter(t -> t.serviceId() != null).toList();
        List<List<Task>> groups = new ArrayList<>();
        if (!service.isEmpty()) {
            groups.add(service);
        }
        pending.stream().filter(t -> t.serviceId() == null).forEach(t -> groups.add(List.of(t)));
        for (List<Task> group : groups) {
            Task first = group.get(0);
            List<Node> ranked = new ArrayList<>();
            for (Node n : cluster.state.nodes()) {
                boolean constraintsHold = Constraints.allMatch(Constraints.parse(first.spec().constraints()), n);
                if (n.availability() == Availability.ACTIVE && constraintsHold) {
                    ranked.add(n);
                }
            }
            java.util.Comparator<Node> order = java.util.Comparator
                    .comparingInt((Node n) -> ofService.getOrDefault(key(first) + "@" + n.id(), 0))
                    .thenComparingInt(n -> total.getOrDefault(n.id(), 0));
            ranked.sort(order);
            ranked = new ArrayList<>(ranked.subList(0, Math.min(group.size(), ranked.size())));
            int at = 0;
            for (Task t : group) {
                Node node = ranked.get(at % ranked.size());
                placed.put(t, node.id());
                total.merge(node.id(), 1, Integer::sum);
                ofService.merge(key(t) + "@" + node.id(), 1, Integer::sum);
                if (at + 1 >= ranked.size() || order.compare(ranked.get(at + 1), node) < 0) {
                    at++;
                }
            }
        }
        return placed;
    }

    private static String key(Task t) {
        return t.serviceId() == null ? "" : t.serviceId();
    }

    private void endSomeTask(SplittableRandom random) {
        List<Task> running = cluster.state.tasks().stream().filter(Task::holdsNode).toList();
        if (!running.isEmpty()) {
            Task t = running.get(random.nextInt(running.size()));
            cluster.state.setTaskStatus(t, TaskState.FAILED, "failed", "task: non-zero exit (1)", 0);
        }
    }

    private Task oneOff(ServiceSpec spec) {
        Task t = cluster.state.createOneOffTask(spec, 0);
        cluster.state.setTaskStatus(t, TaskState.PENDING, "pending", "", 0);
        return t;
    }

    private Map<String, Integer> tasksPerNode() {
        Map<String, Integer> counts = new HashMap<>();
        for (Task t : cluster.state.tasks()) {
            if (t.nodeId() != null) {
                counts.merge(cluster.state.node(t.nodeId()).hostname(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
