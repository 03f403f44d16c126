package flotilla.engine.orchestrator;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.scheduler.Constraints;
import flotilla.engine.state.Availability;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.StateListener;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reconciles desired and observed state like swarm's orchestrators: replicated, global and job services,
 * the restart supervisor, rolling updates, the reaction to nodes going down or being drained (their tasks
 * are replaced elsewhere; nothing moves back when they return) and the task reaper that forgets removed
 * tasks and keeps the task history limit's tasks per slot ({@value SwarmDefaults#TASK_HISTORY_RETENTION} unless
 * set).
 */
public final class Orchestrator implements StateListener {
    private final ClusterState state;
    private final RestartSupervisor restarts;
    private final ReplicatedOrchestrator replicated;
    private final GlobalOrchestrator global;
    private final JobOrchestrator jobs;
    private final Updater updater;
    private final Set<String> dirtyServices = new LinkedHashSet<>();
    /** Of the dirty services, those to reconcile on every node; the others only look at {@link #globalNodes}. */
    private final Set<String> wholeServices = new HashSet<>();
    /** The nodes that changed since the last pass, the ones global services dirtied by a node change look at. */
    private final Set<String> globalNodes = new HashSet<>();
    private final Set<Task> dead = new LinkedHashSet<>();
    private final Set<Task> removable = new LinkedHashSet<>();
    private final Set<Node> changedNodes = new LinkedHashSet<>();
    private final Map<String, NodeView> knownNodes = new HashMap<>();
    private long taskHistoryLimit = SwarmDefaults.TASK_HISTORY_RETENTION;

    /** What the orchestrator last saw of a node, to tell which change happened. */
    private record NodeView(NodeStatus status, Availability availability) {
    }

    public Orchestrator(ClusterState state, Wakeups wakeups) {
        this.state = state;
        this.restarts = new RestartSupervisor(state, wakeups);
        this.replicated = new ReplicatedOrchestrator(state, restarts);
        this.global = new GlobalOrchestrator(state);
        this.jobs = new JobOrchestrator(state, restarts);
        this.updater = new Updater(state, restarts, wakeups, service -> markDirty(service.id()));
        state.addListener(this);
    }

    /**
     * Takes over {@code other}'s bookkeeping (restart history, rollouts, what it last saw of each node), for a
     * forked store: this orchestrator's store must be a copy of {@code other}'s.
     */
    public void copyFrom(Orchestrator other) {
        restarts.copyFrom(other.restarts);
        updater.copyFrom(other.updater);
        dirtyServices.addAll(other.dirtyServices);
        wholeServices.addAll(other.wholeServices);
        globalNodes.addAll(other.globalNodes);
        state.addSameTasks(other.dead, dead);
        state.addSameTasks(other.removable, removable);
        other.changedNodes.stream().map(node -> state.node(node.id())).filter(Objects::nonNull)
                .forEach(changedNodes::add);
        knownNodes.putAll(other.knownNodes);
        taskHistoryLimit = other.taskHistoryLimit;
    }

    public void serviceCreated(Service service) {
        markDirty(service.id());
    }

    /** The service is reconciled on every node in the next pass. */
    private void markDirty(String serviceId) {
        dirtyServices.add(serviceId);
        wholeServices.add(serviceId);
    }

    /** After {@code ClusterState.updateService}: scales, and rolls the tasks when the task spec changed. */
    public void serviceUpdated(Service service, ServiceSpec before, long now) {
        markDirty(service.id());
        // Every new spec (a scale too) resets the update status; only dirty tasks start an update. A slot
        // the restart policy gave up on stays empty unless its last task is dirty: the updater replaces it.
        updater.start(service, false, "update in progress", now);
    }

    /** After {@code ClusterState.rollbackService}, as `docker service rollback` does it. */
    public void serviceRolledBack(Service service, long now) {
        markDirty(service.id());
        restarts.forgetRefusals(service);
        updater.start(service, true, "manually requested rollback", now);
    }

    /** After {@code ClusterState.removeService}: every task is shut down and then forgotten. */
    public void serviceRemoved(Service service, long now) {
        updater.cancel(service);
        restarts.forget(service);
        for (Task t : new ArrayList<>(state.tasksOfService(service.id()))) {
            if (t.desiredState() != TaskState.REMOVE) {
                state.setDesiredState(t, TaskState.REMOVE, now);
            }
        }
    }

    @Override
    public void nodeAdded(Node node) {
        changedNodes.add(node);
    }

    @Override
    public void nodeChanged(Node node) {
        changedNodes.add(node);
    }

    @Override
    public void taskChanged(Task task) {
        if (task.state().isTerminal() && Slots.isLive(task) && task.serviceId() != null) {
            dead.add(task);
        }
        if (task.desiredState() == TaskState.REMOVE || task.state().isTerminal()) {
            removable.add(task);
        }
    }

    @Override
    public void taskRemoved(Task task) {
        dead.remove(task);
        removable.remove(task);
    }

    /** One reconciliation pass; returns whether it changed anything. */
    public boolean reconcile(long now) {
        boolean changed = false;
        for (Node node : new ArrayList<>(changedNodes)) {
            changed |= nodeChanged(node, now);
        }
        changedNodes.clear();
        for (Task t : new ArrayList<>(dead)) {
            dead.remove(t);
            Service service = state.service(t.serviceId());
            if (service == null || !Slots.isLive(t)) {
                continue;
            }
            Node node = t.nodeId() == null ? null : state.node(t.nodeId());
            if (t.state() == TaskState.COMPLETE && service.spec().mode().isJob()) {
                state.setDesiredState(t, TaskState.COMPLETE, now);
            } else if (service.spec().mode().isGlobal() && node != null && node.availability() == Availability.PAUSE) {
                // Swarm's global orchestrator neither adds nor restarts tasks on a paused node.
                continue;
            } else
                if (service.spec().mode().isGlobal() && node != null && !GlobalOrchestrator.eligible(service, node)) {
                    state.setDesiredState(t, TaskState.SHUTDOWN, now);
                } else {
                    restarts.restart(t, service, now);
                }
            markDirty(service.id());
            changed = true;
        }
        changed |= restarts.startDue(now);
        List<Node> changedInOrder = null;
        for (String id : new ArrayList<>(dirtyServices)) {
            Service service = state.service(id);
            if (service == null) {
                continue;
            }
            if (service.spec().mode().isGlobal() && !wholeServices.contains(id)) {
                if (changedInOrder == null) {
                    changedInOrder = state.nodes().stream().filter(n -> globalNodes.contains(n.id())).toList();
                }
                global.reconcile(service, changedInOrder, now);
            } else {
                reconcileService(service, now);
            }
        }
        changed |= !dirtyServices.isEmpty();
        dirtyServices.clear();
        wholeServices.clear();
        globalNodes.clear();
        changed |= updater.advance(now);
        changed |= reap();
        return changed;
    }

    private void reconcileService(Service service, long now) {
        ServiceMode mode = service.spec().mode();
        if (mode.isGlobal()) {
            global.reconcile(service, now);
        } else if (mode.isJob()) {
            jobs.reconcile(service, now);
        } else {
            replicated.reconcile(service, now);
        }
    }

    /**
     * A node went down: its replicated tasks are replaced elsewhere, its global ones shut down (a new one
     * comes when the node is back). Drained: all its tasks are shut down and the replicated ones replaced. A changed label or role: tasks no longer meeting their
     * constraints are moved (swarm's constraint enforcer). Global services look at every node change.
     */
    private boolean nodeChanged(Node node, long now) {
        NodeView before = knownNodes.put(node.id(), new NodeView(node.status(), node.availability()));
        boolean wentDown = node.status() == NodeStatus.DOWN && (before == null || before.status != NodeStatus.DOWN);
        boolean drained = node.availability() == Availability.DRAIN
                && (before == null || before.availability != Availability.DRAIN);
        for (Task t : new ArrayList<>(state.tasksOnNode(node.id()))) {
            Service service = t.serviceId() == null ? null : state.service(t.serviceId());
            if (service != null && Slots.isLive(t) && t.state().isTerminal()
                    && node.availability() != Availability.PAUSE) {
                // A global task that failed while its node was paused is restarted once it is not.
                dead.add(t);
            }
            if (service == null || !Slots.isLive(t) || t.state().isTerminal()) {
                continue;
            }
            boolean isGlobal = service.spec().mode().isGlobal();
            boolean misplaced = node.status() != NodeStatus.DOWN
                    && !Constraints.allMatch(Constraints.parse(t.spec().constraints()), node);
            if (misplaced && !wentDown && !drained && node.availability() == Availability.ACTIVE) {
                // Swarm's constraint enforcer rejects the task (its observed state); the orchestrators
                // then react to it as to a failure. It looks at active nodes only.
                state.setTaskStatus(t, TaskState.REJECTED, "task rejected by constraint enforcer",
                        "assigned node no longer meets constraints", now);
            } else if (isGlobal && (wentDown || drained || misplaced)) {
                state.setDesiredState(t, TaskState.SHUTDOWN, now);
            } else if (!isGlobal && (wentDown || drained || misplaced)) {
                restarts.restart(t, service, now);
                markDirty(service.id());
            }
        }
        // Swarm's global orchestrator reconciles every global service on this node only (reconcileOneNode).
        globalNodes.add(node.id());
        for (Service s : state.services()) {
            if (s.spec().mode().isGlobal()) {
                dirtyServices.add(s.id());
            }
        }
        return true;
    }

    /**
     * How many tasks swarm's task reaper keeps a slot: the swarm's task history limit, or with a restart
     * policy of max attempts, max attempts + 1 (so the restart history can be rebuilt); negative keeps all.
     */
    private long historyLimit(Service service) {
        long maxAttempts = service.spec().restartPolicy().maxAttempts();
        return maxAttempts > 0 ? maxAttempts + 1 : taskHistoryLimit;
    }

    /** `docker swarm init|update --task-history-limit`. */
    public void setTaskHistoryLimit(long limit) {
        taskHistoryLimit = limit;
    }

    /** Forgets removed tasks once they stopped, and trims each slot's history (oldest status first). */
    private boolean reap() {
        if (removable.isEmpty()) {
            return false;
        }
        Set<String> services = new LinkedHashSet<>();
        boolean changed = false;
        for (Task t : new ArrayList<>(removable)) {
            if (t.desiredState() == TaskState.REMOVE && (t.state().isTerminal() || t.nodeId() == null
                    || t.state().compareTo(TaskState.ASSIGNED) < 0)) {
                state.removeTask(t);
                changed = true;
            } else if (t.state().isTerminal() && t.serviceId() != null) {
                services.add(t.serviceId());
                removable.remove(t);
            }
        }
        for (String id : services) {
            Service service = state.service(id);
            long limit = service == null ? -1 : historyLimit(service);
            if (limit < 0) {
                continue;
            }
            for (List<Task> slot : Slots.of(state.tasksOfService(id)).values()) {
                if (slot.size() <= limit) {
                    continue;
                }
                List<Task> byStatusTime = new ArrayList<>(slot);
                byStatusTime.sort(Comparator.comparingLong(Task::statusAt));
                long kept = slot.size();
                for (Task t : byStatusTime) {
                    if (kept <= limit) {
                        break;
                    }
                    boolean willNeverRun = t.state().compareTo(TaskState.ASSIGNED) < 0
                            && t.desiredState().compareTo(TaskState.RUNNING) > 0;
                    if (t.state().isTerminal() || willNeverRun) {
                        state.removeTask(t);
                        kept--;
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }
}
