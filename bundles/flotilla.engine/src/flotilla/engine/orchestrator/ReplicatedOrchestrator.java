package flotilla.engine.orchestrator;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Keeps a replicated service at its replica count. Scaling up fills the lowest free slot numbers; scaling
 * down keeps, per node, the first copies of the service and running tasks, so it removes tasks that are
 * not running first and then tasks from the nodes holding the most of the service.
 */
final class ReplicatedOrchestrator {
    private final ClusterState state;
    private final RestartSupervisor restarts;

    ReplicatedOrchestrator(ClusterState state, RestartSupervisor restarts) {
        this.state = state;
        this.restarts = restarts;
    }

    void reconcile(Service service, long now) {
        Map<String, List<Task>> slots = Slots.of(state.tasksOfService(service.id()));
        List<Task> occupied = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        int refusedCount = 0;
        for (Map.Entry<String, List<Task>> e : slots.entrySet()) {
            Task current = Slots.current(e.getValue());
            if (current != null) {
                occupied.add(current);
                used.add(current.slot());
            } else if (restarts.refusedSlot(service, e.getKey())) {
                refusedCount++;
                used.add(e.getValue().get(0).slot());
            }
        }
        long wanted = service.spec().replicas();
        int have = occupied.size() + refusedCount;
        if (have < wanted) {
            long slot = 0;
            for (long added = have; added < wanted; added++) {
                do {
                    slot++;
                } while (used.contains(slot));
                used.add(slot);
                state.createTask(service, slot, null, TaskState.RUNNING, now);
            }
        } else if (occupied.size() > wanted) {
            for (Task t : tasksToRemove(occupied, (int) wanted)) {
                state.setDesiredState(t, TaskState.REMOVE, now);
            }
        }
    }

    /** Swarm's scale-down choice: everything past the first {@code keep} in this order goes. */
    static List<Task> tasksToRemove(List<Task> occupied, int keep) {
        List<Task> ordered = new ArrayList<>(occupied);
        ordered.sort(Comparator.comparing((Task t) -> t.state() != TaskState.RUNNING));
        Map<String, Integer> copiesOnNode = new HashMap<>();
        Map<Task, Integer> index = new HashMap<>();
        for (Task t : ordered) {
            index.put(t, t.nodeId() == null ? Integer.MAX_VALUE : copiesOnNode.merge(t.nodeId(), 1, Integer::sum));
        }
        ordered.sort(Comparator.comparingInt(index::get));
        return ordered.subList(Math.min(keep, ordered.size()), ordered.size());
    }
}
