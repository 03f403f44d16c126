package flotilla.engine.model;

import java.util.ArrayList;
import java.util.List;

import flotilla.engine.sim.EventLog;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.NetworkAttachment;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;

/**
 * What a simulated swarm shows at one instant, in plain immutable values. It is taken on the thread that
 * owns the simulator (the engine is not thread-safe) and can then be read anywhere, for instance turned
 * into the observed-state EMF model on the UI thread, where the model it refers to lives.
 *
 * @param time     the virtual clock, in milliseconds since the simulation started
 * @param settled  nothing is due on the clock: the swarm has converged
 * @param services the names of the services the swarm runs (the model's and any created since)
 * @param networks the names of the swarm's networks (ingress included)
 */
public record ObservedSnapshot(long time, boolean settled, List<NodeRecord> nodes, List<TaskRecord> tasks,
        List<String> services, List<String> networks, List<EventLog.Event> events) {

    /**
     * One node as the managers and its own engine see it.
     *
     * @param role         {@code manager} or {@code worker}
     * @param status       {@code ready}, {@code down} or {@code unknown}, as the managers see it
     * @param availability {@code active}, {@code pause} or {@code drain}
     * @param poweredOn    false after {@code sim node-down}
     * @param partitioned  powered on but cut off from the managers
     * @param networks     the networks the node's engine has (`docker network ls` there), local ones included
     */
    public record NodeRecord(String id, String hostname, String role, String status, String availability,
            boolean leader, boolean poweredOn, boolean partitioned, List<String> networks) {
    }

    /**
     * One task, as `docker service ps` shows it.
     *
     * @param name     {@code web.3}, or {@code agent.<node id>} for a global service
     * @param slot     1..N, or 0 for a global service
     * @param hostname the node it was assigned to, or null while it has none
     */
    public record TaskRecord(String id, String name, String service, long slot, String hostname,
            TaskState desiredState, TaskState state, String error, String containerId,
            List<NetworkAttachmentRecord> attachments) {

        /** Running and meant to: what `docker service ls` counts as a running replica. */
        public boolean isRunning() {
            return state == TaskState.RUNNING && desiredState == TaskState.RUNNING;
        }
    }

    /** A task's address on a network, in CIDR form (10.0.1.5/24). */
    public record NetworkAttachmentRecord(String network, String address) {
    }

    /** Takes the snapshot; call it on the thread that owns {@code sim}. */
    public static ObservedSnapshot of(Simulator sim) {
        List<NodeRecord> nodes = new ArrayList<>();
        for (Node n : sim.state().nodes()) {
            boolean poweredOn = sim.isPoweredOn(n);
            nodes.add(new NodeRecord(n.id(), n.hostname(), n.role().dockerName(), lower(n.status().name()),
                    n.availability().dockerName(), n.isLeader(), poweredOn, poweredOn && !sim.reachesManagers(n),
                    sim.networks().networksOn(n.id())));
        }
        List<TaskRecord> tasks = new ArrayList<>();
        for (Task t : sim.state().tasks()) {
            Node node = t.nodeId() == null ? null : sim.state().node(t.nodeId());
            List<NetworkAttachmentRecord> attachments = new ArrayList<>();
            for (NetworkAttachment a : t.networks()) {
                attachments.add(new NetworkAttachmentRecord(a.network().name(), a.address()));
            }
            tasks.add(new TaskRecord(t.id(), node == null && t.slot() == 0 ? t.serviceName() : t.name(),
                    t.serviceName(), t.slot(), node == null ? null : node.hostname(), t.desiredState(), t.state(),
                    t.error(), t.containerId(), List.copyOf(attachments)));
        }
        List<String> services = sim.state().services().stream().map(Service::spec).map(s -> s.name()).toList();
        List<String> networks = sim.state().networks().stream().map(n -> n.name()).toList();
        return new ObservedSnapshot(sim.now(), sim.nextEventTime() < 0, List.copyOf(nodes), List.copyOf(tasks),
                services, networks, List.copyOf(sim.log().events()));
    }

    /** The node of that hostname, or null. */
    public NodeRecord node(String hostname) {
        for (NodeRecord n : nodes) {
            if (n.hostname().equals(hostname)) {
                return n;
            }
        }
        return null;
    }

    /** The tasks assigned to the node of that hostname, dead ones included, in the swarm's order. */
    public List<TaskRecord> tasksOn(String hostname) {
        return tasks.stream().filter(t -> hostname.equals(t.hostname())).toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
