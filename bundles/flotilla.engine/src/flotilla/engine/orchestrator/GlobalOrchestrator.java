package flotilla.engine.orchestrator;

import flotilla.engine.scheduler.Constraints;
import flotilla.model.constraint.ConstraintExpression;
import flotilla.engine.state.Availability;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One task per eligible node (not drained, not down, meeting the constraints), pinned to it. Paused nodes
 * keep what they have and get nothing new; drained nodes and nodes that stop meeting the constraints have
 * their task shut down. For a global job a node that completed its task gets no other.
 */
final class GlobalOrchestrator {
    private final ClusterState state;

    GlobalOrchestrator(ClusterState state) {
        this.state = state;
    }

    /** Every node: after the service was created, updated or restarted a task (swarmkit's reconcileServices). */
    void reconcile(Service service, long now) {
        List<ConstraintExpression> constraints = Constraints.parse(service.spec().constraints());
        // The service's own tasks by node, in the order the node lists them: one pass over the service's tasks
        // instead of over every task of every node.
        Map<String, List<Task>> onNode = new HashMap<>();
        for (Task t : state.tasksOfService(service.id())) {
            if (t.nodeId() != null) {
                onNode.computeIfAbsent(t.nodeId(), id -> new ArrayList<>(1)).add(t);
            }
        }
        for (Node node : state.nodes()) {
            List<Task> own = onNode.getOrDefault(node.id(), List.of());
            if (own.size() > 1) {
                List<Task> byNodeOrder = new ArrayList<>(own);
                List<Task> listed = state.tasksOnNode(node.id());
                byNodeOrder.sort(Comparator.comparingInt(listed::indexOf));
                own = byNodeOrder;
            }
            reconcile(service, constraints, node, own, now);
        }
    }

    /**
     * Only {@code nodes} (in the store's node order): the nodes that changed, as swarmkit's global orchestrator
     * reconciles one node on a node event; a node nothing happened to keeps what it has.
     */
    void reconcile(Service service, List<Node> nodes, long now) {
        List<ConstraintExpression> constraints = Constraints.parse(service.spec().constraints());
        for (Node node : nodes) {
            List<Task> own = new ArrayList<>(1);
            for (Task t : state.tasksOnNode(node.id())) {
                if (service.id().equals(t.serviceId())) {
                    own.add(t);
                }
            }
            reconcile(service, constraints, node, own, now);
        }
    }

    /** One node: {@code own} are the service's tasks there, in the order the node lists them. */
    private void reconcile(Service service, List<ConstraintExpression> constraints, Node node, List<Task> own,
            long now) {
        if (node.status() == NodeStatus.DOWN) {
            return;
        }
        boolean eligible = node.availability() != Availability.DRAIN && Constraints.allMatch(constraints, node);
        Task live = null;
        boolean completed = false;
        for (Task t : own) {
            completed |= t.state() == TaskState.COMPLETE && t.specVersion() == service.version();
            if (Slots.isLive(t)) {
                if (!eligible || live != null) {
                    state.setDesiredState(t, TaskState.SHUTDOWN, now);
                } else {
                    live = t;
                }
            }
        }
        boolean jobDone = service.spec().mode().isJob() && completed;
        if (eligible && live == null && !jobDone && node.availability() == Availability.ACTIVE
                && !hasWaitingReplacement(own)) {
            state.createTask(service, 0, node.id(), TaskState.RUNNING, now);
        }
    }

    /** A restart already created a Ready task for this node ({@code own}: the service's tasks there). */
    private static boolean hasWaitingReplacement(List<Task> own) {
        for (Task t : own) {
            if (t.desiredState() == TaskState.READY) {
                return true;
            }
        }
        return false;
    }

    /** Whether the node should run a task of the global service: not drained, not down, meeting the constraints. */
    static boolean eligible(Service service, Node node) {
        return node.status() != NodeStatus.DOWN && node.availability() != Availability.DRAIN
                && Constraints.allMatch(Constraints.parse(service.spec().constraints()), node);
    }
}
