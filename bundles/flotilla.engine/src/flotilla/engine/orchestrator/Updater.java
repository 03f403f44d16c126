package flotilla.engine.orchestrator;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.scheduler.Constraints;
import flotilla.engine.state.Availability;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.FailureAction;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.engine.state.UpdateConfig;
import flotilla.engine.state.UpdateOrder;
import flotilla.engine.state.UpdateState;
import flotilla.engine.state.UpdateStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Rolling updates and rollbacks. Slots whose task comes from an older spec version are replaced
 * {@code parallelism} at a time (0: all at once); stop-first stops the old task before the new one
 * starts, start-first stops it once the new one runs. The next batch starts when the batch runs and the
 * delay has passed. A new task failing before it runs or within the monitor period after it ran counts as
 * a failure; past the allowed ratio of the slots to update the failure action pauses, continues, or rolls
 * back. After the last batch's delay swarm's updater monitors once more (one monitor period, or the delay
 * plus a second when the delay is not shorter) before the update is completed.
 */
final class Updater {
    private final ClusterState state;
    private final RestartSupervisor restarts;
    private final Wakeups wakeups;
    private final Map<String, Rollout> rollouts = new HashMap<>();

    private static final class Rollout {
        final Service service;
        final boolean rollback;
        /** Steps holding one of the parallelism workers: until the new task runs and the delay passed. */
        final List<Step> busy = new ArrayList<>();
        /** Steps whose new task runs and is watched for the monitor period. */
        final List<Step> monitored = new ArrayList<>();
        int failures;
        boolean paused;
        /** How many slots were dirty when the rollout started: what the failure ratio divides by. */
        int dirtySlots;
        /** Once every slot is done: when the last monitoring ends (-1 until then). */
        long monitoredUntil = -1;
        /** The monitor period in force: the last monitoring stretches it when the delay is not shorter. */
        long monitorMillis;

        Rollout(Service service, boolean rollback) {
            this.service = service;
            this.rollback = rollback;
        }

        UpdateConfig config() {
            return rollback ? service.spec().rollbackConfig() : service.spec().updateConfig();
        }
    }

    private static final class Step {
        final String slot;
        final Task old;
        final Task replacement;
        long runningSince = -1;

        Step(String slot, Task old, Task replacement) {
            this.slot = slot;
            this.old = old;
            this.replacement = replacement;
        }
    }

    /** Told of a spec the updater changed itself (an automatic rollback), so the service is reconciled. */
    private final java.util.function.Consumer<Service> specChanged;

    Updater(ClusterState state, RestartSupervisor restarts, Wakeups wakeups,
            java.util.function.Consumer<Service> specChanged) {
        this.state = state;
        this.restarts = restarts;
        this.wakeups = wakeups;
        this.specChanged = specChanged;
    }

    /**
     * A new spec: rolls the tasks it makes dirty. With none (a placement-only change whose nodes still
     * fit) nothing restarts and the service shows no update status, as swarm's controlapi resets it and
     * its updater finds no dirty slot.
     */
    void start(Service service, boolean rollback, String message, long now) {
        Rollout rollout = new Rollout(service, rollback);
        rollout.dirtySlots = outdated(rollout).size();
        rollout.monitorMillis = rollout.config().monitorMillis();
        if (rollout.dirtySlots == 0) {
            rollouts.remove(service.id());
            state.setUpdateStatus(service, null);
            return;
        }
        rollouts.put(service.id(), rollout);
        state.setUpdateStatus(service, new UpdateStatus(rollback ? UpdateState.ROLLBACK_STARTED : UpdateState.UPDATING,
                message, now, 0));
    }

    /** Takes over {@code other}'s rollouts, step by step, for a forked store. */
    void copyFrom(Updater other) {
        other.rollouts.forEach((id, rollout) -> {
            Rollout copy = new Rollout(state.service(id), rollout.rollback);
            copy.failures = rollout.failures;
            copy.paused = rollout.paused;
            copy.dirtySlots = rollout.dirtySlots;
            copy.monitoredUntil = rollout.monitoredUntil;
            copy.monitorMillis = rollout.monitorMillis;
            copySteps(rollout.busy, copy.busy);
            copySteps(rollout.monitored, copy.monitored);
            rollouts.put(id, copy);
        });
    }

    private void copySteps(List<Step> from, List<Step> to) {
        for (Step step : from) {
            Step copy = new Step(step.slot, step.old == null ? null : state.task(step.old.id()),
                    step.replacement == null ? null : state.task(step.replacement.id()));
            copy.runningSince = step.runningSince;
            to.add(copy);
        }
    }

    void cancel(Service service) {
        rollouts.remove(service.id());
    }

    /** Advances every rollout; returns whether anything changed. */
    boolean advance(long now) {
        boolean changed = false;
        for (Rollout r : new ArrayList<>(rollouts.values())) {
            if (!r.paused) {
                changed |= advance(r, now);
            }
        }
        return changed;
    }

    private boolean advance(Rollout r, long now) {
        UpdateConfig config = r.config();
        boolean changed = false;
        for (Step step : all(r)) {
            Task t = step.replacement;
            if (t.state().isTerminal() && t.state() != TaskState.COMPLETE) {
                r.busy.remove(step);
                r.monitored.remove(step);
                if (step.runningSince < 0 || now <= step.runningSince + r.monitorMillis) {
                    r.failures++;
                    if (failed(r, t, now)) {
                        return true;
                    }
                }
                changed = true;
            }
        }
        for (Iterator<Step> it = r.busy.iterator(); it.hasNext();) {
            Step step = it.next();
            if (step.runningSince < 0 && step.replacement.state() == TaskState.RUNNING) {
                step.runningSince = now;
                r.monitored.add(step);
                changed = true;
                if (config.order() == UpdateOrder.START_FIRST && step.old != null && Slots.isLive(step.old)) {
                    state.setDesiredState(step.old, TaskState.SHUTDOWN, now);
                }
            }
            if (step.runningSince >= 0) {
                if (now >= step.runningSince + config.delayMillis()) {
                    it.remove();
                    changed = true;
                } else {
                    wakeups.wakeAt(step.runningSince + config.delayMillis());
                }
            }
        }
        for (Iterator<Step> it = r.monitored.iterator(); it.hasNext();) {
            Step step = it.next();
            if (now > step.runningSince + r.monitorMillis) {
                it.remove();
            } else {
                wakeups.wakeAt(step.runningSince + r.monitorMillis + 1);
            }
        }
        List<Map.Entry<String, Task>> outdated = outdated(r);
        int workers = config.parallelism() == 0 ? Integer.MAX_VALUE : config.parallelism();
        for (int i = 0; i < outdated.size() && r.busy.size() < workers; i++) {
            r.busy.add(replace(r, outdated.get(i).getKey(), outdated.get(i).getValue(), now));
            changed = true;
        }
        if (outdated.isEmpty() && r.busy.isEmpty() && r.monitoredUntil < 0) {
            if (config.delayMillis() >= r.monitorMillis) {
                r.monitorMillis = config.delayMillis() + SwarmDefaults.SECOND;
            }
            r.monitoredUntil = now + r.monitorMillis;
            wakeups.wakeAt(r.monitoredUntil);
            changed = true;
        }
        if (r.monitoredUntil >= 0 && now >= r.monitoredUntil) {
            rollouts.remove(r.service.id());
            UpdateStatus before = r.service.updateStatus();
            state.setUpdateStatus(r.service, new UpdateStatus(
                    r.rollback ? UpdateState.ROLLBACK_COMPLETED : UpdateState.COMPLETED,
                    r.rollback ? "rollback completed" : "update completed",
                    before == null ? now : before.startedAt(), now));
            return true;
        }
        return changed;
    }

    private static List<Step> all(Rollout r) {
        List<Step> steps = new ArrayList<>(r.busy);
        for (Step s : r.monitored) {
            if (!steps.contains(s)) {
                steps.add(s);
            }
        }
        return steps;
    }

    /**
     * Live dirty tasks (see {@link #isDirty}) by slot, skipping slots already being replaced. A global
     * service's task on a paused node is left alone: swarm neither adds nor updates tasks there; one on a
     * node it no longer fits is the global orchestrator's to shut down.
     */
    private List<Map.Entry<String, Task>> outdated(Rollout r) {
        List<Map.Entry<String, Task>> result = new ArrayList<>();
        boolean global = r.service.spec().mode().isGlobal();
        for (Map.Entry<String, List<Task>> e : Slots.of(state.tasksOfService(r.service.id())).entrySet()) {
            boolean busy = false;
            for (Step s : r.busy) {
                busy |= s.slot.equals(e.getKey());
            }
            Task current = null;
            for (Task t : e.getValue()) {
                if (Slots.isLive(t) && !isDirty(r.service, t)) {
                    busy = true;
                } else if (Slots.isLive(t)) {
                    Node node = t.nodeId() == null ? null : state.node(t.nodeId());
                    // Nor does its updater see a node the service no longer fits: the global orchestrator
                    // shuts that task down.
                    busy |= global && node != null && (node.availability() == Availability.PAUSE
                            || !GlobalOrchestrator.eligible(r.service, node));
                    current = t;
                }
            }
            if (current == null && !r.rollback && restarts.refusedSlot(r.service, e.getKey())) {
                // Swarm's UpdatableTasksInSlot: a slot the restart policy gave up on offers its newest task.
                Task newest = e.getValue().stream().max(java.util.Comparator.comparingLong(Task::statusAt))
                        .orElseThrow();
                if (isDirty(r.service, newest)) {
                    current = newest;
                }
            }
            if (!busy && current != null) {
                result.add(Map.entry(e.getKey(), current));
            }
        }
        result.sort(Map.Entry.comparingByValue(java.util.Comparator.comparingLong(Task::slot)));
        return result;
    }

    /**
     * swarmkit's IsTaskDirty: a task of another spec version must go when the task template or endpoint
     * changed, or the placement changed and its node no longer fits it (or it has none yet).
     */
    private boolean isDirty(Service service, Task t) {
        if (t.specVersion() == service.version()) {
            return false;
        }
        ServiceSpec spec = service.spec();
        if (spec.requiresNewTasks(t.spec())) {
            return true;
        }
        if (!spec.placementDiffers(t.spec())) {
            return false;
        }
        Node node = t.nodeId() == null ? null : state.node(t.nodeId());
        return node == null || !Constraints.allMatch(Constraints.parse(spec.constraints()), node);
    }

    private Step replace(Rollout r, String slot, Task old, long now) {
        Service service = r.service;
        restarts.forgetRefusal(service, slot);
        boolean global = service.spec().mode().isGlobal();
        if (r.config().order() == UpdateOrder.START_FIRST) {
            Task fresh = state.createTask(service, global ? 0 : old.slot(), global ? old.nodeId() : null,
                    TaskState.RUNNING, now);
            return new Step(slot, old, fresh);
        }
        if (Slots.isLive(old)) {
            state.setDesiredState(old, TaskState.SHUTDOWN, now);
        }
        Task fresh = state.createTask(service, global ? 0 : old.slot(), global ? old.nodeId() : null,
                TaskState.READY, now);
        restarts.startLater(fresh, old, now, now, true);
        return new Step(slot, old, fresh);
    }

    /** Applies the failure action once the failure ratio is exceeded; returns whether the rollout stopped. */
    private boolean failed(Rollout r, Task task, long now) {
        UpdateConfig config = r.config();
        if ((float) r.failures / Math.max(1, r.dirtySlots) <= (float) config.maxFailureRatio()
                || config.failureAction() == FailureAction.CONTINUE) {
            return false;
        }
        String cause = "failure or early termination of task " + task.id();
        UpdateStatus before = r.service.updateStatus();
        long startedAt = before == null ? now : before.startedAt();
        if (config.failureAction() == FailureAction.ROLLBACK && !r.rollback && r.service.previousSpec() != null) {
            state.rollbackService(r.service, now);
            restarts.forgetRefusals(r.service);
            specChanged.accept(r.service);
            start(r.service, true, "update rolled back due to " + cause, now);
            return true;
        }
        r.paused = true;
        state.setUpdateStatus(r.service, new UpdateStatus(r.rollback ? UpdateState.ROLLBACK_PAUSED : UpdateState.PAUSED,
                (r.rollback ? "rollback paused due to " : "update paused due to ") + cause, startedAt, 0));
        return true;
    }
}
