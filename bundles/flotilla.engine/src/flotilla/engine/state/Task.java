package flotilla.engine.state;

import java.util.List;

/**
 * One attempt to run a slot of a service. Tasks never come back to life: a dead task is replaced by a new
 * one. Mutations go through {@link ClusterState} so its indexes and listeners stay right.
 */
public final class Task {
    private final String id;
    private final String serviceId;
    private final String serviceName;
    private final long slot;
    private final ServiceSpec spec;
    private final long specVersion;
    private final long createdAt;
    String nodeId;
    TaskState desiredState;
    TaskState state = TaskState.NEW;
    String message = "created";
    String error = "";
    String containerId;
    long updatedAt;
    /** When the observed state last changed: CURRENT STATE's age, which desired-state changes leave alone. */
    long statusAt;
    List<NetworkAttachment> networks = List.of();
    /** Its container died with its host while running ({@link ClusterState#containerLostWithHost}). */
    boolean lostWithHost;
    /** The task's number in its store, dense from 0: a fork finds a task's copy in an array by it. */
    int serial;
    /** Where this task sits in each {@link TaskList} index. */
    final int[] positions = {-1, -1, -1};

    Task(String id, String serviceId, String serviceName, long slot, String nodeId, ServiceSpec spec, long specVersion,
            TaskState desiredState, long createdAt) {
        this.id = id;
        this.serviceId = serviceId;
        this.serviceName = serviceName;
        this.slot = slot;
        this.nodeId = nodeId;
        this.spec = spec;
        this.specVersion = specVersion;
        this.desiredState = desiredState;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.statusAt = createdAt;
    }

    /** The same task in a forked store; its places in the store's indexes are set as it is indexed there. */
    Task copy() {
        Task copy = new Task(id, serviceId, serviceName, slot, nodeId, spec, specVersion, desiredState, createdAt);
        copy.takeStateOf(this);
        return copy;
    }

    /**
     * Back to {@code from}'s state (the same task in the store this one's was copied from), its places in the indexes
     * included: a recycled fork's task, as a fresh copy would have it.
     */
    void reset(Task from) {
        takeStateOf(from);
        System.arraycopy(from.positions, 0, positions, 0, positions.length);
    }

    /** Every field that changes after creation, except the places in the indexes. */
    private void takeStateOf(Task from) {
        nodeId = from.nodeId;
        desiredState = from.desiredState;
        state = from.state;
        message = from.message;
        error = from.error;
        containerId = from.containerId;
        updatedAt = from.updatedAt;
        statusAt = from.statusAt;
        networks = from.networks;
        lostWithHost = from.lostWithHost;
        serial = from.serial;
    }

    public String id() { return id; }

    /**
     * Whether the task's last status carries the host ports its container bound, as {@code docker service ps} shows
     * them: while it runs, and after its container died with its host. The agent reads the ports from the container;
     * a container stopped in front of it has none left, but one that vanished with the host cannot be read, so the
     * ports of the last running status stay (swarmkit's controller keeps the previous PortStatus when reading fails).
     */
    public boolean reportsPorts() {
        return state == TaskState.RUNNING || lostWithHost;
    }

    /** null for a one-off task that belongs to no service (swarmkit's scheduler benchmark makes those). */
    public String serviceId() {
        return serviceId;
    }
    public String serviceName() { return serviceName; }
    /** 1..N for replicated services, 0..N-1 for replicated jobs; 0 for global services. */
    public long slot() {
        return slot;
    }
    /** null until the scheduler assigns it (or, for global services, the node it is pinned to). */
    public String nodeId() {
        return nodeId;
    }
    public ServiceSpec spec() { return spec; }
    public long specVersion() { return specVersion; }
    public TaskState desiredState() { return desiredState; }
    public TaskState state() { return state; }
    public String message() { return message; }
    public String error() { return error; }
    public String containerId() { return containerId; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
    public long statusAt() { return statusAt; }
    public List<NetworkAttachment> networks() { return networks; }

    /**
     * `docker service ps` NAME: {@code web.3}, or {@code agent.<node id>} for a slot 0 (a global service's
     * task, or a replicated job's first slot), as the docker CLI names them.
     */
    public String name() {
        return slot > 0 ? serviceName + "." + slot : serviceName + "." + (nodeId == null ? "" : nodeId);
    }

    /**
     * Swarm counts a task as holding its node from its assignment until it is past running. A task pinned
     * to a node before placement (global) holds nothing while pending: swarmkit's scheduler leaves
     * preassigned tasks out of the node's tally until it has placed them.
     */
    public boolean holdsNode() {
        return nodeId != null && state.compareTo(TaskState.ASSIGNED) >= 0 && !state.isTerminal();
    }

    @Override
    public String toString() {
        return name() + "(" + id + ")";
    }
}
