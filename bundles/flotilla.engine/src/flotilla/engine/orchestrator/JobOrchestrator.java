package flotilla.engine.orchestrator;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * A replicated job runs until {@code replicas} tasks have completed, at most --max-concurrent of them at
 * once, in slots 0 to replicas - 1; each slot runs once (a failed task is retried by the restart supervisor, on-failure by default),
 * and completed slots are never re-run within an iteration; a new spec (an update or a scale) starts the next
 * iteration, as swarm's job status counts them.
 */
final class JobOrchestrator {
    private final ClusterState state;
    private final RestartSupervisor restarts;

    JobOrchestrator(ClusterState state, RestartSupervisor restarts) {
        this.state = state;
        this.restarts = restarts;
    }

    void reconcile(Service service, long now) {
        // Every new spec (a scale too) starts a new iteration of the job: it runs again from the start, and
        // what is left of the last one goes.
        List<Task> iteration = new java.util.ArrayList<>();
        for (Task t : state.tasksOfService(service.id())) {
            if (t.specVersion() == service.version()) {
                iteration.add(t);
            } else if (!t.state().isTerminal() && t.desiredState() != TaskState.REMOVE) {
                state.setDesiredState(t, TaskState.REMOVE, now);
            }
        }
        Map<String, List<Task>> slots = Slots.of(iteration);
        Set<Long> taken = new HashSet<>();
        long running = 0;
        for (Map.Entry<String, List<Task>> e : slots.entrySet()) {
            boolean done = e.getValue().stream().anyMatch(t -> t.state() == TaskState.COMPLETE);
            boolean live = !done && Slots.current(e.getValue()) != null;
            if (done || live || restarts.refusedSlot(service, e.getKey())) {
                taken.add(e.getValue().get(0).slot());
            }
            running += live ? 1 : 0;
        }
        long concurrent = service.spec().concurrentJobTasks();
        // Swarm fills the lowest free slots from 0 (the CLI names slot 0 after its node).
        for (long slot = 0; slot < service.spec().replicas() && running < concurrent; slot++) {
            if (taken.add(slot)) {
                state.createTask(service, slot, null, TaskState.RUNNING, now);
                running++;
            }
        }
    }
}
