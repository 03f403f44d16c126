package flotilla.engine.orchestrator;

import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's tasks by slot: the slot number for replicated services and jobs (a replicated job's slots
 * start at 0, as swarm numbers them), the node for global ones.
 */
final class Slots {
    private Slots() {
    }

    static String key(Task task) {
        return task.spec().mode().isGlobal() ? "node " + task.nodeId() : "slot " + task.slot();
    }

    static Map<String, List<Task>> of(Collection<Task> tasks) {
        Map<String, List<Task>> slots = new LinkedHashMap<>();
        for (Task t : tasks) {
            slots.computeIfAbsent(key(t), k -> new ArrayList<>()).add(t);
        }
        return slots;
    }

    /** Still meant to run (or to start after a restart delay). */
    static boolean isLive(Task t) {
        return t.desiredState().compareTo(TaskState.RUNNING) <= 0;
    }

    /** The slot's task meant to run, preferring one already placed; null when the slot has none. */
    static Task current(List<Task> slot) {
        Task found = null;
        for (Task t : slot) {
            if (isLive(t) && (found == null || found.nodeId() == null)) {
                found = t;
            }
        }
        return found;
    }
}
