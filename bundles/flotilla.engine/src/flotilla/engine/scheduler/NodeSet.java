package flotilla.engine.scheduler;

import flotilla.engine.state.Node;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.StateListener;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.model.constraint.ConstraintKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The scheduler's per-node bookkeeping, kept current from state changes rather than recomputed: counts per
 * service live in one array per service indexed by node, so ordering thousands of nodes costs array reads.
 */
final class NodeSet implements StateListener {
    /** Tasks without a service share one key, as swarmkit counts them under the empty service id. */
    static final String NO_SERVICE = "";
    /** A key no task has: its counts stay zero, the ranking of a service that has no task anywhere yet. */
    static final String NOTHING_PLACED = "\u0000nothing placed";

    /** Each node's serial in the store (ClusterState#nodeSerial), the key it places a task by. */
    private final ToIntFunction<String> serials;
    private final Map<String, NodeInfo> byId = new HashMap<>();
    private final List<NodeInfo> live = new ArrayList<>();
    private final Map<String, Tally> tallies = new HashMap<>();
    /** The last tally looked up, by its key's identity: tasks mostly change service by service. */
    private String lastTallyKey;
    private Tally lastTally;
    private final Set<String> servicesWithFailures = new HashSet<>();
    private NodeInfo[] byIndex = new NodeInfo[16];
    private int capacity = 16;
    private int nextIndex;
    /** Bumped whenever a node joins, leaves or changes, so caches of per-node answers know they are stale. */
    private long version;
    private final Map<ConstraintKey, LabelValues> attributeCache = new HashMap<>();
    private long attributeCacheVersion;
    /** Bumped whenever a task stops counting on a node, so orders built on counts that only grow go stale. */
    private long releases;
    /** The node the scheduler is placing a task on: the change it makes needs no lookup by id. */
    private NodeInfo placing;
    private Task changing;
    private TaskState stateBefore;
    /** The node (by index) the changing task was counted on before the change, or -1. */
    private int countedOnBefore = -1;

    NodeSet(ToIntFunction<String> serials) {
        this.serials = serials;
    }

    /**
     * The same bookkeeping over a forked store ({@code nodes} finds each node's copy there, {@code serials} its
     * serial), taken over rather than rebuilt task by task. Caches start empty.
     */
    NodeSet copy(Function<String, Node> nodes, ToIntFunction<String> serials) {
        NodeSet copy = new NodeSet(serials);
        copy.capacity = capacity;
        copy.nextIndex = nextIndex;
        copy.byIndex = new NodeInfo[byIndex.length];
        for (NodeInfo info : live) {
            NodeInfo same = info.copy(nodes.apply(info.node.id()), serials.applyAsInt(info.node.id()), copy);
            copy.byIndex[same.index] = same;
            copy.byId.put(same.node.id(), same);
            copy.live.add(same);
        }
        tallies.forEach((service, tally) -> copy.tallies.put(service, tally.copy()));
        copy.servicesWithFailures.addAll(servicesWithFailures);
        copy.version = version;
        copy.releases = releases;
        return copy;
    }

    /** The scheduler places a task on {@code node} next (null once it did). */
    void placing(NodeInfo node) {
        placing = node;
    }

    static String serviceKey(Task task) {
        return task.serviceId() == null ? NO_SERVICE : task.serviceId();
    }

    /** Failures are kept per service and spec version, as swarm's node info keys them: a new spec starts afresh. */
    static String failureKey(Task task) {
        return serviceKey(task) + "@" + task.specVersion();
    }

    List<NodeInfo> nodes() {
        return live;
    }

    NodeInfo get(String nodeId) {
        return byId.get(nodeId);
    }

    int activeTasksOfService(String serviceKey, int nodeIndex) {
        Tally tally = tallies.get(serviceKey);
        return tally == null ? 0 : tally.counts[nodeIndex];
    }

    /** How many of the service's tasks are desired to run on some node. */
    int activeTasksOfService(String serviceKey) {
        Tally tally = tallies.get(serviceKey);
        return tally == null ? 0 : tally.total;
    }

    /** The counts array of a service, for hot loops; all zeros when the service has no tasks yet. */
    int[] countsOf(String serviceKey) {
        return tally(serviceKey).counts;
    }

    /** The service's tally, made (empty) if it has none yet. */
    Tally tally(String serviceKey) {
        if (serviceKey == lastTallyKey) {
            return lastTally;
        }
        Tally tally = tallies.get(serviceKey);
        if (tally == null) {
            tally = new Tally(capacity);
            tallies.put(serviceKey, tally);
        }
        lastTallyKey = serviceKey;
        lastTally = tally;
        return tally;
    }

    /**
     * One service's tasks desired to run: per node (by index), in all, and which nodes hold any, so that
     * what depends on the service's own tasks costs a pass over those nodes rather than over every node.
     */
    static final class Tally {
        int[] counts;
        int total;
        /** Nodes (by index) that held a task of the service when listed; those at zero since go on {@link #compactHolders}. */
        private int[] holders = new int[8];
        private int holderCount;
        private final BitSet listed;

        Tally(int capacity) {
            counts = new int[capacity];
            listed = new BitSet(capacity);
        }

        private Tally(Tally other) {
            counts = other.counts.clone();
            total = other.total;
            holders = other.holders.clone();
            holderCount = other.holderCount;
            listed = (BitSet) other.listed.clone();
        }

        Tally copy() {
            return new Tally(this);
        }

        void add(int nodeIndex, int sign) {
            int count = counts[nodeIndex] += sign;
            total += sign;
            if (count > 0 && !listed.get(nodeIndex)) {
                listed.set(nodeIndex);
                if (holderCount == holders.length) {
                    holders = Arrays.copyOf(holders, holderCount * 2);
                }
                holders[holderCount++] = nodeIndex;
            }
        }

        /**
         * How many nodes hold tasks of the service, counting some that held them lately (at most as many as
         * tasks left them): a bound that needs no pass.
         */
        int holderBound() {
            return holderCount;
        }

        /**
         * Drops the nodes that hold no task of the service any more from the list; returns how many are left,
         * read with {@link #holder}.
         */
        int compactHolders() {
            int kept = 0;
            for (int i = 0; i < holderCount; i++) {
                int node = holders[i];
                if (counts[node] > 0) {
                    holders[kept++] = node;
                } else {
                    listed.clear(node);
                }
            }
            holderCount = kept;
            return kept;
        }

        /** The i-th node (by index) holding tasks of the service, after {@link #compactHolders}. */
        int holder(int i) {
            return holders[i];
        }
    }

    boolean hasRecentFailures(String failureKey) {
        return servicesWithFailures.contains(failureKey);
    }

    long version() {
        return version;
    }

    long releases() {
        return releases;
    }

    NodeInfo byIndex(int index) {
        return byIndex[index];
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
            tallies.values().forEach(tally -> tally.counts = Arrays.copyOf(tally.counts, capacity));
            byIndex = Arrays.copyOf(byIndex, capacity);
        }
        NodeInfo info = new NodeInfo(node, nextIndex++, serials.applyAsInt(node.id()), this);
        byIndex[info.index] = info;
        byId.put(node.id(), info);
        live.add(info);
    }

    @Override
    public void nodeRemoved(Node node) {
        version++;
        NodeInfo info = byId.remove(node.id());
        if (info != null) {
            live.remove(info);
            byIndex[info.index] = null;
        }
    }

    @Override
    public void taskChanging(Task task) {
        changing = task;
        stateBefore = task.state();
        countedOnBefore = contribute(task, -1);
    }

    @Override
    public void taskChanged(Task task) {
        int countedOn = contribute(task, +1);
        if (changing == task && countedOnBefore >= 0 && countedOn != countedOnBefore) {
            releases++;
        }
        countedOnBefore = -1;
        boolean failedNow = task.state() == TaskState.FAILED || task.state() == TaskState.REJECTED;
        boolean wasFailed = changing == task && (stateBefore == TaskState.FAILED || stateBefore == TaskState.REJECTED);
        // The scheduler did not choose a pinned (global) task's node, so its failures say nothing about it.
        if (failedNow && !wasFailed && task.nodeId() != null && !task.spec().mode().isGlobal()) {
            NodeInfo info = byId.get(task.nodeId());
            if (info != null) {
                info.recordFailure(failureKey(task), task.updatedAt());
                servicesWithFailures.add(failureKey(task));
            }
        }
        changing = null;
    }

    @Override
    public void taskRemoved(Task task) {
        if (changing == task && countedOnBefore >= 0) {
            releases++;
        }
        countedOnBefore = -1;
        changing = null;
    }

    /**
     * Adds (+1) or takes out (-1) what the task holds on its node: resources, host ports, counts. Returns the
     * index of the node whose task counts it changed, or -1.
     */
    private int contribute(Task task, int sign) {
        if (!task.holdsNode()) {
            return -1;
        }
        NodeInfo info = placing != null && placing.node.id() == task.nodeId() ? placing : byId.get(task.nodeId());
        if (info == null) {
            return -1;
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
            tally(serviceKey(task)).add(info.index, sign);
            return info.index;
        }
        return -1;
    }
}
