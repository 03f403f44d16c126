package flotilla.engine.scheduler;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A cluster with a scheduler and helpers that submit pending tasks as the allocator would. */
final class Fixture {
    final ClusterState state = new ClusterState(42);
    final Scheduler scheduler = new Scheduler(state);
    private final Map<String, Long> nextSlot = new LinkedHashMap<>();

    void nodes(String... hostnames) {
        for (String h : hostnames) {
            node(h);
        }
    }

    /** A worker with 4 CPUs and 8 GiB, like a small cloud VM. */
    Node node(String hostname, String... labels) {
        return node(hostname, Role.WORKER, new Resources(4_000_000_000L, 8L << 30), labels);
    }

    Node node(String hostname, Role role, Resources resources, String... labels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String l : labels) {
            map.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1));
        }
        return state.join(hostname, role, resources, map, Set.of());
    }

    Service service(ServiceSpec spec) {
        return state.createService(spec, 0);
    }

    /** New pending tasks in the next free slots of the service. */
    List<Task> submit(Service service, int count) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long slot = nextSlot.merge(service.id(), 1L, Long::sum);
            Task t = state.createTask(service, slot, null, TaskState.RUNNING, 0);
            state.setTaskStatus(t, TaskState.PENDING, "pending", "", 0);
            tasks.add(t);
        }
        return tasks;
    }

    /** A pending task pinned to a node, as the global orchestrator makes them. */
    Task submitPinned(Service service, Node node) {
        Task t = state.createTask(service, 0, node.id(), TaskState.RUNNING, 0);
        state.setTaskStatus(t, TaskState.PENDING, "pending", "", 0);
        return t;
    }

    /** Places tasks and marks them running, as their nodes would report. */
    void scheduleAndRun() {
        scheduler.schedule(0);
        for (Task t : new ArrayList<>(state.tasks())) {
            if (t.state() == TaskState.ASSIGNED) {
                state.setTaskStatus(t, TaskState.RUNNING, "started", "", 0);
            }
        }
    }

    /** Tasks of the service per hostname, in join order, leaving out nodes with none. */
    Map<String, Integer> spread(Service service) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node n : state.nodes()) {
            int c = 0;
            for (Task t : state.tasksOnNode(n.id())) {
                if (service.id().equals(t.serviceId()) && t.holdsNode()) {
                    c++;
                }
            }
            if (c > 0) {
                counts.put(n.hostname(), c);
            }
        }
        return counts;
    }
}
