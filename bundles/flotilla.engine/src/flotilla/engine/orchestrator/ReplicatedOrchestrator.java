package flotilla.engine.orchestrator;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
        Slots.Table slots = Slots.table(state.tasksOfService(service.id()));
        List<Task> occupied = new ArrayList<>();
        long[] used = new long[slots.size()];
        int usedCount = 0;
        int refusedCount = 0;
        for (int i = 0; i < slots.size(); i++) {
            Task current = slots.current(i);
            if (current != null) {
                occupied.add(current);
                used[usedCount++] = current.slot();
            } else if (restarts.refusedSlot(service, Slots.key(slots.first(i)))) {
                refusedCount++;
                used[usedCount++] = slots.first(i).slot();
            }
        }
        long wanted = service.spec().replicas();
        int have = occupied.size() + refusedCount;
        if (have < wanted) {
            // The lowest slot numbers not in use, in order.
            Arrays.sort(used, 0, usedCount);
            long slot = 0;
            int next = 0;
            for (long added = have; added < wanted; added++) {
                do {
                    slot++;
                    while (next < usedCount && used[next] < slot) {
                        next++;
                    }
                } while (next < usedCount && used[next] == slot);
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
