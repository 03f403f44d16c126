package flotilla.engine.scheduler;

import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the scheduler knows about a node beyond its description: what is left and what runs there. */
public final class NodeInfo {
    final Node node;
    final int index;
    /** The node's serial in the store: where the store lists its tasks, so placing needs no lookup by id. */
    final int serial;
    final NodeSet owner;
    long availableNanoCpus;
    long availableMemoryBytes;
    int activeTasks;
    /** Ready and active, kept here so the first filter needs no look into the node. */
    boolean acceptsTasks;
    /** protocol/port pairs bound in host mode, see {@link HostPortFilter#key}. */
    final Set<Long> usedHostPorts = new HashSet<>();
    private final Map<String, ArrayDeque<Long>> failuresByService = new HashMap<>();

    NodeInfo(Node node, int index, int serial, NodeSet owner) {
        this.node = node;
        this.index = index;
        this.serial = serial;
        this.owner = owner;
        availableNanoCpus = node.resources().nanoCpus();
        availableMemoryBytes = node.resources().memoryBytes();
        refresh();
    }

    /** The same bookkeeping for {@code node}, the node's copy in a forked store (of serial {@code serial} there). */
    NodeInfo copy(Node node, int serial, NodeSet owner) {
        NodeInfo copy = new NodeInfo(node, index, serial, owner);
        copy.availableNanoCpus = availableNanoCpus;
        copy.availableMemoryBytes = availableMemoryBytes;
        copy.activeTasks = activeTasks;
        copy.usedHostPorts.addAll(usedHostPorts);
        failuresByService.forEach((service, times) -> copy.failuresByService.put(service, new ArrayDeque<>(times)));
        return copy;
    }

    void refresh() {
        acceptsTasks = node.status() == NodeStatus.READY && node.availability() == Availability.ACTIVE;
    }

    public Node node() {
        return node;
    }

    public long availableNanoCpus() {
        return availableNanoCpus;
    }

    public long availableMemoryBytes() {
        return availableMemoryBytes;
    }

    /** Tasks here that are desired to run. */
    public int activeTasks() {
        return activeTasks;
    }

    public int activeTasksOfService(String serviceKey) {
        return owner.activeTasksOfService(serviceKey, index);
    }

    void recordFailure(String serviceKey, long at) {
        failuresByService.computeIfAbsent(serviceKey, k -> new ArrayDeque<>()).addLast(at);
    }

    /** Failures of the service on this node within swarm's window before {@code now}. */
    int recentFailures(String serviceKey, long now, long window) {
        ArrayDeque<Long> failures = failuresByService.get(serviceKey);
        if (failures == null) {
            return 0;
        }
        while (!failures.isEmpty() && failures.peekFirst() < now - window) {
            failures.removeFirst();
        }
        return failures.size();
    }

    @Override
    public String toString() {
        return node.hostname();
    }
}
