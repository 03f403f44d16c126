package flotilla.engine.state;

import java.util.AbstractList;
import java.util.ArrayList;

/**
 * A task index with O(1) add and remove and no hashing: each task remembers its position in each list it
 * belongs to (one position slot per kind of index), and removal moves the last task into the gap. With a
 * million tasks this is several times faster than hash sets; order is stable only until a removal.
 */
final class TaskList extends AbstractList<Task> {
    static final int BY_SERVICE = 0;
    static final int BY_NODE = 1;
    static final int PENDING = 2;

    private final ArrayList<Task> tasks;
    private final int slot;

    TaskList(int slot) {
        this(slot, 10);
    }

    private TaskList(int slot, int capacity) {
        this.slot = slot;
        tasks = new ArrayList<>(capacity);
    }

    /** The same list over the copies of its tasks (by serial), in the same order. */
    TaskList copy(Task[] copies) {
        TaskList copy = new TaskList(slot, tasks.size());
        copy.refill(this, copies);
        return copy;
    }

    /** Becomes {@code from} over the copies of its tasks (by serial), in the same order. */
    void refill(TaskList from, Task[] copies) {
        tasks.clear();
        tasks.ensureCapacity(from.size());
        for (Task task : from.tasks) {
            insert(copies[task.serial]);
        }
    }

    void insert(Task task) {
        task.positions[slot] = tasks.size();
        tasks.add(task);
    }

    void delete(Task task) {
        int at = task.positions[slot];
        Task last = tasks.remove(tasks.size() - 1);
        if (last != task) {
            tasks.set(at, last);
            last.positions[slot] = at;
        }
        task.positions[slot] = -1;
    }

    boolean holds(Task task) {
        int at = task.positions[slot];
        return at >= 0 && at < tasks.size() && tasks.get(at) == task;
    }

    @Override
    public Task get(int index) {
        return tasks.get(index);
    }

    @Override
    public int size() {
        return tasks.size();
    }
}
