package flotilla.engine.orchestrator;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.List;
import java.util.Map;

/**
 * A replicated job runs until {@code replicas} tasks have completed, at most --max-concurrent of them at
 * once; each slot runs once (a failed task is retried by the restart supervisor, on-failure by default),
 * and completed slots are never re-run.
 */
final class JobOrchestrator {
    private final ClusterState state;
    private final RestartSupervisor restarts;

    JobOrchestrator(ClusterState state, RestartSupervisor restarts) {
        this.state = state;
        this.restarts = restarts;
    }

    void reconcile(Service service, long now) {
        Map<String, List<Task>> slots = Slots.of(state.tasksOfService(service.id()));
        long occupied = 0;
        long running = 0;
        for (Map.Entry<String, List<Task>> e : slots.entrySet()) {
            boolean done = e.getValue().stream().anyMatch(t -> t.state() == TaskState.COMPLETE);
            boolean live = !done && Slots.current(e.getValue()) != null;
            if (done || live || restarts.refusedSlot(service, e.getKey())) {
                occupied++;
            }
            running += live ? 1 : 0;
        }
        long concurrent = service.spec().concurrentJobTasks();
        for (long slot = occupied + 1; slot <= service.spec().replicas() && running < concurrent; slot++) {
            state.createTask(service, slot, null, TaskState.RUNNING, now);
            running++;
        }
    }
}
