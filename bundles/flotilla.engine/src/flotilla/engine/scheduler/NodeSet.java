package flotilla.engine.scheduler;

import flotilla.engine.state.Node;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.StateListener;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.model.constraint.ConstraintKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scheduler's per-node bookkeeping, kept current from state changes rather than recomputed: counts per
 * service live in one array per service indexed by node, so ordering thousands of nodes costs array reads.
 */
final class NodeSet implements StateListener {
    /** Tasks without a service share one key, as swarmkit counts them under the empty service id. */
    static final String NO_SERVICE = "";

    private final Map<String, NodeInfo> byId = new HashMap<>();
    private final List<NodeInfo> live = new ArrayList<>();
    private final Map<String, int[]> activeByService = new HashMap<>();
    private final Set<String> servicesWithFailures = new HashSet<>();
    private int capacity = 16;
    private int nextIndex;
    /** Bumped whenever a node joins, leaves or changes, so caches of per-node answers know they are stale. */
    private long version;
    private final Map<ConstraintKey, LabelValues> attributeCache = new HashMap<>();
    private long attributeCacheVersion;
    private Task changing;
    private TaskState stateBefore;

    static String serviceKey(Task task) {
        return task.serviceId() == null ? NO_SERVICE : task.serviceId();
    }

    List<NodeInfo> nodes() {
        return live;
    }

    NodeInfo get(String nodeId) {
        return byId.get(nodeId);
    }

    int activeTasksOfService(String serviceKey, int nodeIndex) {
        int[] counts = activeByService.get(serviceKey);
        return counts == null ? 0 : counts[nodeIndex];
    }

    /** The counts array of a service, for hot loops; all zeros when the service has no tasks yet. */
    int[] countsOf(String serviceKey) {
        return activeByService.computeIfAbsent(serviceKey, k -> new int[capacity]);
    }

    boolean hasRecentFailures(String serviceKey) {
        return servicesWithFailures.contains(serviceKey);
    }

    long version() {
        return version;
    }

    /**
     * The values of a label over the nodes: the distinct values in order, and each node's value as its
     * position there (by node index), so spreading compares ints. Cached until a node changes.
     */
    record LabelValues(List<String> distinct, int[] codes) {
    }

    LabelValues attributeValues(ConstraintKey attribute) {
        if (attributeCacheVersion != version) {
            attributeCache.clear();
            attributeCacheVersion = version;
        }
        return attributeCache.computeIfAbsent(attribute, a -> {
            java.util.TreeSet<String> distinct = new java.util.TreeSet<>();
            String[] values = new String[capacity];
            for (NodeInfo info : live) {
                values[info.index] = a.read(info.node.description());
                distinct.add(values[info.index]);
            }
            List<String> ordered = List.copyOf(distinct);
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                position.put(ordered.get(i), i);
            }
            int[] codes = new int[capacity];
            for (NodeInfo info : live) {
                codes[info.index] = position.get(values[info.index]);
            }
            return new LabelValues(ordered, codes);
        });
    }

    @Override
    public void nodeChanged(Node node) {
        version++;
        NodeInfo info = byId.get(node.id());
        if (info != null) {
            info.refresh();
        }
    }

    @Override
    public void nodeAdded(Node node) {
        version++;
        if (nextIndex == capacity) {
            capacity *= 2;
            activeByService.replaceAll((k, counts) -> Arrays.copyOf(counts, capacity));
        }
        NodeInfo info = new NodeInfo(node, nextIndex++, this);
        byId.put(node.id(), info);
        live.add(info);
    }

    @Override
    public void nodeRemoved(Node node) {
        version++;
        NodeInfo info = byId.remove(node.id());
        if (info != null) {
            live.remove(info);
        }
    }

    @Override
    public void taskChanging(Task task) {
        changing = task;
        stateBefore = task.state();
        contribute(task, -1);
    }

    @Override
    public void taskChanged(Task task) {
        contribute(task, +1);
        boolean failedNow = task.state() == TaskState.FAILED || task.state() == TaskState.REJECTED;
        boolean wasFailed = changing == task && (stateBefore == TaskState.FAILED || stateBefore == TaskState.REJECTED);
        if (failedNow && !wasFailed && task.nodeId() != null) {
            NodeInfo info = byId.get(task.nodeId());
            if (info != null) {
                info.recordFailure(serviceKey(task), task.updatedAt());
                servicesWithFailures.add(serviceKey(task));
            }
        }
        changing = null;
    }

    @Override
    public void taskRemoved(Task task) {
        changing = null;
    }

    /** Adds (+1) or takes out (-1) what the task holds on its node: resources, host ports, counts. */
    private void contribute(Task task, int sign) {
        if (!task.holdsNode()) {
            return;
        }
        NodeInfo info = byId.get(task.nodeId());
        if (info == null) {
            return;
        }
        info.availableNanoCpus -= sign * task.spec().reservations().nanoCpus();
        info.availableMemoryBytes -= sign * task.spec().reservations().memoryBytes();
        for (PublishedPort p : task.spec().hostPorts()) {
            if (p.published() != 0) {
                if (sign > 0) {
                    info.usedHostPorts.add(HostPortFilter.key(p));
                } else {
                    info.usedHostPorts.remove(HostPortFilter.key(p));
                }
            }
        }
        if (task.desiredState().compareTo(TaskState.RUNNING) <= 0) {
            info.activeTasks += sign;
            countsOf(serviceKey(task))[info.index] += sign;
        }
    }
}
