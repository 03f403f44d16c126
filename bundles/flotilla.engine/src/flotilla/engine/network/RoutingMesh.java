package flotilla.engine.network;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Requests to NODE:PORT. A port published in ingress mode answers on every node and is balanced
 * round-robin (IPVS) over the service's running tasks anywhere; a host-mode port answers only on the
 * node running the task.
 */
public final class RoutingMesh {
    private final ClusterState state;
    private final Predicate<Node> hostUp;
    private final Map<String, Integer> nextBackend = new HashMap<>();
    private final List<RequestListener> listeners = new ArrayList<>();

    /** {@code hostUp} says whether the machine itself answers (a powered-off host does not). */
    public RoutingMesh(ClusterState state, Predicate<Node> hostUp) {
        this.state = state;
        this.hostUp = hostUp;
    }

    /** Goes on from {@code other}'s round-robin positions, for a forked swarm. */
    public void copyFrom(RoutingMesh other) {
        nextBackend.putAll(other.nextBackend);
    }

    /** The task that answered, or why nothing did (curl's wording). */
    public record Answer(Task task, Node node, String failure) {
        public boolean answered() {
            return task != null;
        }
    }

    /** Told of each request and its answer, e.g. by a view that draws the path a request took. */
    public interface RequestListener {
        /**
         * @param entry          the node the request was sent to (null when the name did not resolve)
         * @param throughIngress whether the answer came through the routing mesh rather than a host-mode port
         */
        void answered(Node entry, int port, Answer answer, boolean throughIngress);
    }

    public void addRequestListener(RequestListener listener) {
        listeners.add(listener);
    }

    public void removeRequestListener(RequestListener listener) {
        listeners.remove(listener);
    }

    public Answer request(String nodeRef, int port) {
        Answer answer = route(nodeRef, port);
        if (!listeners.isEmpty()) {
            Node entry = state.findNode(nodeRef);
            boolean throughIngress = answer.answered()
                    && !(answer.node() == entry && publishesOnHost(answer.task(), port));
            for (RequestListener l : List.copyOf(listeners)) {
                l.answered(entry, port, answer, throughIngress);
            }
        }
        return answer;
    }

    private Answer route(String nodeRef, int port) {
        Node entry = state.findNode(nodeRef);
        if (entry == null) {
            return new Answer(null, null, "Could not resolve host: " + nodeRef);
        }
        if (!hostUp.test(entry)) {
            return new Answer(null, null, "Failed to connect to " + nodeRef + " port " + port
                    + ": Connection timed out");
        }
        for (Task t : state.tasksOnNode(entry.id())) {
            if (isBackend(t) && publishesOnHost(t, port)) {
                return new Answer(t, entry, null);
            }
        }
        for (Service s : state.services()) {
            for (PublishedPort p : s.endpointPorts()) {
                if (p.mode() == PublishMode.INGRESS && p.published() == port) {
                    return balance(s, nodeRef, port);
                }
            }
        }
        return new Answer(null, null, "Failed to connect to " + nodeRef + " port " + port + ": Connection refused");
    }

    private Answer balance(Service service, String nodeRef, int port) {
        List<Task> backends = new ArrayList<>();
        for (Task t : state.tasksOfService(service.id())) {
            if (isBackend(t)) {
                backends.add(t);
            }
        }
        if (backends.isEmpty()) {
            return new Answer(null, null, "Failed to connect to " + nodeRef + " port " + port
                    + ": Connection refused (service " + service.spec().name() + " has no running task)");
        }
        backends.sort(Comparator.comparingLong(Task::slot).thenComparing(Task::nodeId));
        int next = nextBackend.merge(service.id(), 1, Integer::sum) - 1;
        Task chosen = backends.get(next % backends.size());
        return new Answer(chosen, state.node(chosen.nodeId()), null);
    }

    /** IPVS only sends to tasks that run, are meant to, and sit on a node the managers see. */
    private boolean isBackend(Task t) {
        Node node = t.nodeId() == null ? null : state.node(t.nodeId());
        return t.state() == TaskState.RUNNING && t.desiredState() == TaskState.RUNNING && node != null
                && node.status() == NodeStatus.READY && hostUp.test(node);
    }

    private static boolean publishesOnHost(Task t, int port) {
        for (PublishedPort p : t.spec().hostPorts()) {
            if (p.published() == port) {
                return true;
            }
        }
        return false;
    }
}
