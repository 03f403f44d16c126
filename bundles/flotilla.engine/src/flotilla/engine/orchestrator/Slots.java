package flotilla.engine.orchestrator;

import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

    /**
     * The slots of {@link #of}, in the same order, each with its first task and its {@link #current} task; built
     * without a key per task (a slot is found by its number in an array while the numbers are dense).
     */
    static final class Table {
        private final Task[] first;
        private final Task[] current;
        private int size;

        private Table(Collection<Task> tasks) {
            first = new Task[tasks.size()];
            current = new Task[tasks.size()];
            long maxSlot = 0;
            boolean global = false;
            for (Task t : tasks) {
                maxSlot = Math.max(maxSlot, t.slot());
                global |= t.spec().mode().isGlobal();
            }
            int[] byNumber = !global && maxSlot <= 4L * tasks.size() + 64 ? new int[(int) maxSlot + 1] : null;
            Map<String, Integer> byKey = byNumber == null ? new HashMap<>() : null;
            for (Task t : tasks) {
                int at;
                if (byNumber != null) {
                    at = byNumber[(int) t.slot()] - 1;
                    if (at < 0) {
                        at = size++;
                        byNumber[(int) t.slot()] = at + 1;
                    }
                } else {
                    Integer known = byKey.putIfAbsent(key(t), size);
                    at = known == null ? size++ : known;
                }
                if (first[at] == null) {
                    first[at] = t;
                }
                if (isLive(t) && (current[at] == null || current[at].nodeId() == null)) {
                    current[at] = t;
                }
            }
        }

        int size() {
            return size;
        }

        Task first(int slot) {
            return first[slot];
        }

        /** See {@link Slots#current}. */
        Task current(int slot) {
            return current[slot];
        }
    }

    static Table table(Collection<Task> tasks) {
        return new Table(tasks);
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
