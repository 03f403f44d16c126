package flotilla.engine.model;

import java.util.HashMap;
import java.util.Map;

import flotilla.engine.sim.EventLog;
import flotilla.engine.sim.Simulator;
import flotilla.model.Cluster;
import flotilla.model.Element;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.text.EnumNames;
import flotilla.observed.ClusterState;
import flotilla.observed.Event;
import flotilla.observed.EventKind;
import flotilla.observed.NetworkInstance;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;
import flotilla.observed.ObservedFactory;
import flotilla.observed.Task;
import flotilla.observed.TaskAttachment;
import flotilla.observed.TaskState;

/**
 * Writes what a simulated swarm runs as an observed-state model ({@link ClusterState}) that refers to the
 * elements of the model it was started from: tasks with their service, slot, node, states, error,
 * container and addresses; node status; the networks present on each node; the timeline.
 * <p>
 * Engine objects are matched to model elements by the names swarm knows them by (hostname, qualified
 * service and network names). What the model lacks, such as a node added from a console, is still
 * exported with the reference left empty: the element's id is the engine's id and the message names it.
 * <p>
 * Times are virtual: nanoseconds since the simulation started, which is the epoch of its clock.
 */
public final class ObservedStateExporter {

    private static final ObservedFactory FACTORY = ObservedFactory.eINSTANCE;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private ObservedStateExporter() {
    }

    /** The observed state of {@code sim} now; call it where both the simulator and the model may be read. */
    public static ClusterState export(Simulator sim, Cluster cluster) {
        return export(ObservedSnapshot.of(sim), cluster);
    }

    /** The observed state a snapshot describes, referring to {@code cluster}'s elements. */
    public static ClusterState export(ObservedSnapshot snapshot, Cluster cluster) {
        return export(snapshot, ModelIndex.of(cluster));
    }

    /**
     * The observed state a snapshot describes, referring to the indexed model's elements. Only the index
     * reads the model: this part may run on any thread (setting a one-way reference to an element neither
     * reads nor changes it), which keeps the building of large states off the UI thread.
     */
    public static ClusterState export(ObservedSnapshot snapshot, ModelIndex model) {
        ClusterState state = FACTORY.createClusterState();
        state.setCluster(model.cluster);
        state.setTime(snapshot.time() * NANOS_PER_MILLI);
        for (ObservedSnapshot.NodeRecord n : snapshot.nodes()) {
            state.getNodes().add(nodeStatus(n, model));
            for (String name : n.networks()) {
                Network network = model.networks.get(name);
                // bridge, host and none are the engine's own, never in a model.
                if (network != null) {
                    NetworkInstance instance = FACTORY.createNetworkInstance();
                    instance.setNetwork(network);
                    instance.setNode(model.nodes.get(n.hostname()));
                    state.getNetworkInstances().add(instance);
                }
            }
        }
        for (ObservedSnapshot.TaskRecord t : snapshot.tasks()) {
            state.getTasks().add(task(t, model));
        }
        for (EventLog.Event e : snapshot.events()) {
            Event event = event(e, model);
            if (event != null) {
                state.getEvents().add(event);
            }
        }
        return state;
    }

    private static NodeStatus nodeStatus(ObservedSnapshot.NodeRecord n, ModelIndex model) {
        NodeStatus status = FACTORY.createNodeStatus();
        status.setId(n.id());
        status.setNode(model.nodes.get(n.hostname()));
        status.setState(NodeState.get(n.status()));
        status.setLeader(n.leader());
        StringBuilder message = new StringBuilder(n.availability());
        if (!n.poweredOn()) {
            message.append(", host stopped");
        } else if (n.partitioned()) {
            message.append(", partitioned from the managers");
        }
        if (status.getNode() == null) {
            message.append(", ").append(n.hostname()).append(" is not in the model");
        }
        status.setMessage(message.toString());
        return status;
    }

    private static Task task(ObservedSnapshot.TaskRecord t, ModelIndex model) {
        Task task = FACTORY.createTask();
        task.setId(t.id());
        task.setService(model.services.get(t.service()));
        task.setSlot((int) t.slot());
        task.setNode(t.hostname() == null ? null : model.nodes.get(t.hostname()));
        task.setDesiredState(taskState(t.desiredState()));
        task.setCurrentState(taskState(t.state()));
        task.setError(t.error().isEmpty() ? null : t.error());
        task.setContainerId(t.containerId());
        for (ObservedSnapshot.NetworkAttachmentRecord a : t.attachments()) {
            TaskAttachment attachment = FACTORY.createTaskAttachment();
            attachment.setNetwork(model.networks.get(a.network()));
            if (a.address() != null) {
                attachment.getAddresses().add(a.address());
            }
            task.getAttachments().add(attachment);
        }
        return task;
    }

    /** Swarm's own states by name; the metamodel has no READY, and a prepared task still shows as preparing. */
    static TaskState taskState(flotilla.engine.state.TaskState state) {
        return state == flotilla.engine.state.TaskState.READY
                ? TaskState.PREPARING
                : EnumNames.convertOrNull(state, TaskState.class);
    }

    private static final String CREATED = "created";
    private static final String REMOVED = "removed";

    /** The observed event for an engine event, or null when the observed model has no kind for it. */
    private static Event event(EventLog.Event e, ModelIndex model) {
        Event event = FACTORY.createEvent();
        event.setTime(e.time() * NANOS_PER_MILLI);
        event.setMessage(e.subject() + ": " + e.text());
        switch (e.kind()) {
        case "node" -> {
            event.setKind(EventKind.NODE);
            event.setSubject(model.nodes.get(e.subject()));
            event.setAction(nodeAction(e.text()));
        }
        case "service" -> {
            event.setKind(EventKind.SERVICE);
            event.setSubject(model.services.get(e.subject()));
            event.setAction(serviceAction(e.text()));
        }
        case "network" -> {
            event.setKind(EventKind.NETWORK);
            if (e.text().equals(CREATED) || e.text().equals(REMOVED)) {
                event.setSubject(model.networks.get(e.subject()));
                event.setAction(e.text().equals(CREATED) ? "create" : "remove");
                return event;
            }
            // A partition or its end: the subject is the node that lost or regained the managers.
            event.setSubject(model.nodes.get(e.subject()));
            event.setAction(e.text().startsWith("partitioned") ? "disconnect" : "connect");
        }
        case "secret" -> {
            // The observed model has no kind of event for secrets.
            return null;
        }
        case "crash" -> {
            // Containers died, on a node (sim crash) or of one task: docker's container "die".
            event.setKind(EventKind.TASK);
            Element node = model.nodes.get(e.subject());
            event.setSubject(node != null ? node : model.serviceOfTask(e.subject()));
            event.setAction("die");
        }
        default -> {
            event.setKind(EventKind.TASK);
            event.setSubject(model.serviceOfTask(e.subject()));
            // "running on worker1", "failed on worker1 (...)": the state the task reached.
            int space = e.text().indexOf(' ');
            event.setAction(space < 0 ? e.text() : e.text().substring(0, space));
        }
        }
        return event;
    }

    private static String nodeAction(String text) {
        if (text.startsWith("joined")) {
            return "create";
        }
        return text.equals("removed") ? "remove" : "update";
    }

    private static String serviceAction(String text) {
        return switch (text) {
        case "created" -> "create";
        case "removed" -> "remove";
        case "rollback" -> "rollback";
        default -> "update";
        };
    }

    /**
     * The model's elements by the names swarm knows them by, taken where the model may be read (the UI
     * thread of the editor that edits it); unchanged afterwards.
     */
    public static final class ModelIndex {
        final Cluster cluster;
        final Map<String, Node> nodes = new HashMap<>();
        final Map<String, Service> services = new HashMap<>();
        final Map<String, Network> networks = new HashMap<>();

        public static ModelIndex of(Cluster cluster) {
            return new ModelIndex(cluster);
        }

        private ModelIndex(Cluster cluster) {
            this.cluster = cluster;
            for (Node n : cluster.getNodes()) {
                nodes.putIfAbsent(n.getHostname(), n);
            }
            for (Service s : cluster.allServices()) {
                services.putIfAbsent(s.qualifiedName(), s);
            }
            for (Network n : cluster.allNetworks()) {
                networks.putIfAbsent(n.qualifiedName(), n);
            }
        }

        /** {@code web.3} or {@code agent.<node id>}: the service is what comes before the last dot. */
        Service serviceOfTask(String taskName) {
            Service service = services.get(taskName);
            int dot = taskName.lastIndexOf('.');
            return service != null || dot < 0 ? service : services.get(taskName.substring(0, dot));
        }
    }
}
