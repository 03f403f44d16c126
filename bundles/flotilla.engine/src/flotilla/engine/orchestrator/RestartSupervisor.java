package flotilla.engine.orchestrator;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.state.Availability;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.RestartCondition;
import flotilla.engine.state.RestartPolicy;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Swarm's restart supervisor. A task never comes back: the old one is shut down and a new task for the same
 * slot (global: pinned to the same node) is created desired Ready, so it is placed at once and holds its
 * node; it is let run after the restart delay, and once the old one has stopped (unless its node is down,
 * or after a minute at most). The restart policy's condition and max attempts (within the window) also
 * decide whether a task moved off a down or drained node gets a replacement at all; attempts are counted
 * per slot and spec version, so a new spec starts counting again.
 */
final class RestartSupervisor {
    /** How long a replacement waits at most for the task it replaces to stop (swarm's old-task timeout). */
    static final long OLD_TASK_TIMEOUT = SwarmDefaults.MINUTE;

    private final ClusterState state;
    private final Wakeups wakeups;
    /** Replacements waiting for their restart delay, soonest first (then in the order they came). */
    private final PriorityQueue<DelayedStart> delayed = new PriorityQueue<>(
            Comparator.comparingLong(DelayedStart::readyAt).thenComparingLong(DelayedStart::seq));
    /** Replacements past their delay, waiting for the task they replace to stop; in the order they came. */
    private final List<DelayedStart> due = new ArrayList<>();
    private long nextSeq;
    /** Restarts per service and slot, of the spec version they were made from. */
    private final Map<String, History> history = new HashMap<>();
    /** Slots whose last task was not replaced because the restart policy said no. */
    private final Set<String> refused = new HashSet<>();

    private record DelayedStart(Task replacement, Task old, long readyAt, boolean waitStop, long giveUpAt, long seq) {
    }

    /** A slot's restarts made from one spec version: how many, and when (kept only with a window). */
    private static final class History {
        final long specVersion;
        long total;
        final ArrayDeque<Long> times = new ArrayDeque<>();

        History(long specVersion) {
            this.specVersion = specVersion;
        }

        History copy() {
            History copy = new History(specVersion);
            copy.total = total;
            copy.times.addAll(times);
            return copy;
        }
    }

    RestartSupervisor(ClusterState state, Wakeups wakeups) {
        this.state = state;
        this.wakeups = wakeups;
    }

    /** Takes over {@code other}'s delayed starts, restart history and refusals, for a forked store. */
    void copyFrom(RestartSupervisor other) {
        for (DelayedStart d : other.delayed) {
            DelayedStart same = same(d);
            if (same != null) {
                delayed.add(same);
            }
        }
        for (DelayedStart d : other.due) {
            DelayedStart same = same(d);
            if (same != null) {
                due.add(same);
            }
        }
        nextSeq = other.nextSeq;
        other.history.forEach((slot, h) -> history.put(slot, h.copy()));
        refused.addAll(other.refused);
    }

    /** The delayed start of the same tasks in this store, or null when the replacement is not here. */
    private DelayedStart same(DelayedStart d) {
        Task replacement = state.task(d.replacement.id());
        return replacement == null
                ? null
                : new DelayedStart(replacement, d.old == null ? null : state.task(d.old.id()), d.readyAt, d.waitStop,
                        d.giveUpAt, d.seq);
    }

    void restart(Task task, Service service, long now) {
        state.setDesiredState(task, TaskState.SHUTDOWN, now);
        String slotKey = service.id() + "/" + Slots.key(task);
        if (!shouldRestart(task, slotKey)) {
            refused.add(slotKey);
            return;
        }
        refused.remove(slotKey);
        Node node = task.nodeId() == null ? null : state.node(task.nodeId());
        Task replacement = service.spec().mode().isGlobal()
                ? state.createTask(service, 0, task.nodeId(), TaskState.READY, now)
                : state.createTask(service, task.slot(), null, TaskState.READY, now);
        // Swarm moves tasks off a drained node without waiting the restart delay.
        long delay = node != null && node.availability() == Availability.DRAIN
                ? 0
                : task.spec().restartPolicy().delayMillis();
        boolean waitStop = !(node != null && node.status() == NodeStatus.DOWN) && !task.state().isTerminal();
        record(slotKey, replacement);
        startLater(replacement, task, now, now + delay, waitStop);
    }

    /** Counts a restart under the replacement's spec version (only a policy with max attempts counts). */
    private void record(String slotKey, Task replacement) {
        RestartPolicy policy = replacement.spec().restartPolicy();
        if (policy.maxAttempts() == 0) {
            return;
        }
        History h = history.get(slotKey);
        if (h == null || h.specVersion != replacement.specVersion()) {
            h = new History(replacement.specVersion());
            history.put(slotKey, h);
        }
        h.total++;
        if (policy.windowMillis() > 0) {
            h.times.addLast(replacement.createdAt());
        }
    }
    /** Whether the slot's last task ended without a replacement, so the slot stays empty. */
    boolean refusedSlot(Service service, String slotKey) {
        return refused.contains(service.id() + "/" + slotKey);
    }

    /**
     * A rollback: swarm's orchestrator counts slots whose last task ended unreplaced as dead then, and fills
     * them, so they are no longer held empty.
     */
    void forgetRefusals(Service service) {
        String prefix = service.id() + "/";
        refused.removeIf(k -> k.startsWith(prefix));
    }

    /** The updater gave the slot a new task: it is no longer held empty. */
    void forgetRefusal(Service service, String slotKey) {
        refused.remove(service.id() + "/" + slotKey);
    }

    void forget(Service service) {
        String prefix = service.id() + "/";
        refused.removeIf(k -> k.startsWith(prefix));
        history.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /**
     * The replacement becomes desired Running at {@code readyAt}, after {@code old} stopped if asked (or
     * {@link #OLD_TASK_TIMEOUT} after {@code now}, when swarm stops waiting for it).
     */
    void startLater(Task replacement, Task old, long now, long readyAt, boolean waitStop) {
        long giveUpAt = now + OLD_TASK_TIMEOUT;
        delayed.add(new DelayedStart(replacement, old, readyAt, waitStop, giveUpAt, nextSeq++));
        wakeups.wakeAt(readyAt);
        if (waitStop) {
            wakeups.wakeAt(giveUpAt);
        }
    }

    /**
     * swarm's shouldRestart: the condition, then max attempts among the restarts recorded for the task's
     * own spec version; with a window only those within it before the task ended.
     */
    private boolean shouldRestart(Task task, String slotKey) {
        RestartPolicy policy = task.spec().restartPolicy();
        if (policy.condition() == RestartCondition.NONE
                || policy.condition() == RestartCondition.ON_FAILURE && task.state() == TaskState.COMPLETE) {
            return false;
        }
        if (policy.maxAttempts() == 0) {
            return true;
        }
        History h = history.get(slotKey);
        if (h == null || h.specVersion != task.specVersion()) {
            return true;
        }
        if (policy.windowMillis() == 0) {
            return h.total < policy.maxAttempts();
        }
        if (h.times.isEmpty()) {
            return true;
        }
        long ended = task.statusAt();
        while (!h.times.isEmpty() && h.times.peekFirst() <= ended - policy.windowMillis()) {
            h.times.removeFirst();
        }
        long counted = h.times.stream().filter(t -> t < ended).count();
        return counted < policy.maxAttempts();
    }

    /** Lets due replacements run, in the order they came; returns whether any did. */
    boolean startDue(long now) {
        boolean more = false;
        while (!delayed.isEmpty() && delayed.peek().readyAt <= now) {
            due.add(delayed.poll());
            more = true;
        }
        if (more) {
            due.sort(Comparator.comparingLong(DelayedStart::seq));
        }
        boolean started = false;
        int waiting = 0;
        for (int i = 0; i < due.size(); i++) {
            DelayedStart d = due.get(i);
            if (d.replacement.desiredState() != TaskState.READY) {
                continue;
            }
            Node oldNode = d.old == null || d.old.nodeId() == null ? null : state.node(d.old.nodeId());
            boolean oldGone = d.old == null || !d.waitStop || d.old.state().isTerminal() || d.old.nodeId() == null
                    || oldNode == null || oldNode.status() == NodeStatus.DOWN || now >= d.giveUpAt;
            if (oldGone) {
                state.setDesiredState(d.replacement, TaskState.RUNNING, now);
                started = true;
            } else {
                due.set(waiting++, d);
            }
        }
        due.subList(waiting, due.size()).clear();
        return started;
    }
}
