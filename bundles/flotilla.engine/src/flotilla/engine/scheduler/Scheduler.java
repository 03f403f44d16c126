package flotilla.engine.scheduler;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Service;
import flotilla.engine.state.StateListener;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.model.constraint.ConstraintKey;
import java.nio.IntBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Swarm's scheduler: assigns pending tasks to nodes. Tasks pinned to a node (global services) are only
 * checked against that node; the others are grouped by service and spec version (a task without one is a
 * group of its own) and each group is spread over a decision tree built from the spread preferences,
 * filling the least-loaded nodes first. A group without preferences takes its nodes from a
 * {@link NodeQueue} kept in swarm's order instead of ranking every node again.
 */
public final class Scheduler {
    static final String PENDING_MESSAGE = "pending task scheduling";

    private final ClusterState state;
    private final NodeSet nodeSet;
    private final Pipeline pipeline = new Pipeline();
    /** Node queues kept from group to group while nodes and counts allow; a few dozen at a time. */
    private static final int MAX_QUEUES = 64;
    private final Map<QueueKey, NodeQueue> queues = new HashMap<>();
    /** Which nodes pass the node-only filters, by requirements; dropped when a node changes. */
    private final Map<List<Object>, BitSet> eligible = new HashMap<>();
    /** The leaves' label value paths, by spread preferences; dropped when a node changes. */
    private final Map<List<ConstraintKey>, List<int[]>> branchPaths = new HashMap<>();
    private long queuesVersion = -1;
    private long queuesReleases = -1;

    /**
     * Pending tasks of an older spec version than their service's that found no node: swarm's scheduler
     * stops trying them (its updater will replace them) until something changes the task itself.
     */
    private final Set<Task> parked = new HashSet<>();
    /** Pending tasks, never placed, now desired Shutdown: see {@link #shutDownUnplaced}. */
    private final Set<Task> unplacedShutdown = new java.util.LinkedHashSet<>();

    public Scheduler(ClusterState state) {
        this.state = state;
        nodeSet = new NodeSet();
        for (var node : state.nodes()) {
            nodeSet.nodeAdded(node);
        }
        for (Task task : state.tasks()) {
            nodeSet.taskChanged(task);
        }
        state.addListener(nodeSet);
        state.addListener(new StateListener() {
            @Override
            public void taskChanged(Task task) {
                parked.remove(task);
                if (task.state() == TaskState.PENDING && task.nodeId() == null
                        && task.desiredState() == TaskState.SHUTDOWN) {
                    unplacedShutdown.add(task);
                }
            }

            @Override
            public void taskRemoved(Task task) {
                parked.remove(task);
                unplacedShutdown.remove(task);
            }
        });
    }

    /**
     * Swarm's scheduler still tries a pending task that was told to shut down (an update replaced it): one of
     * an older spec version that finds no node is shut down there and then, without a reason; one that fits
     * goes to its node, whose engine shuts it down.
     */
    private int shutDownUnplaced(long now) {
        int changed = 0;
        for (Task t : new ArrayList<>(unplacedShutdown)) {
            unplacedShutdown.remove(t);
            Service service = t.serviceId() == null ? null : state.service(t.serviceId());
            if (t.state() != TaskState.PENDING || t.nodeId() != null || service == null
                    || service.version() <= t.specVersion()) {
                continue;
            }
            pipeline.setTask(t);
            NodeInfo fits = null;
            for (NodeInfo node : nodeSet.nodes()) {
                if (fits == null && pipeline.process(node)) {
                    fits = node;
                }
            }
            if (fits != null) {
                state.assign(t, fits.node.id(), now);
            } else {
                state.setTaskStatus(t, TaskState.SHUTDOWN, "shutdown", "", now);
            }
            changed++;
        }
        return changed;
    }

    /**
     * A scheduler for {@code state}, a copy of {@code from}'s store: it takes over what {@code from} knows of each
     * node (resources left, task counts, recent failures) instead of counting every task again.
     */
    public Scheduler(ClusterState state, Scheduler from) {
        this.state = state;
        nodeSet = from.nodeSet.copy(state::node);
        state.addListener(nodeSet);
        state.addSameTasks(from.parked, parked);
        state.addSameTasks(from.unplacedShutdown, unplacedShutdown);
    }

    /** What the scheduler knows about a node (null for an unknown id). */
    public NodeInfo nodeInfo(String nodeId) {
        return nodeSet.get(nodeId);
    }

    /** One scheduling pass over every pending task; returns how many were assigned (or shut down unplaced). */
    public int schedule(long now) {
        int assigned = unplacedShutdown.isEmpty() ? 0 : shutDownUnplaced(now);
        List<Task> batch = new ArrayList<>(state.pendingTasks());
        Map<GroupKey, List<Task>> groups = new LinkedHashMap<>();
        List<Task> oneOffs = new ArrayList<>();
        List<Task> lastGroup = null;
        for (Task t : batch) {
            if (!parked.isEmpty() && parked.contains(t)) {
                continue;
            }
            if (t.nodeId() != null) {
                assigned += fitPinned(t, now) ? 1 : 0;
            } else if (t.serviceId() == null) {
                oneOffs.add(t);
            } else {
                // Pending tasks mostly arrive service by service: skip the lookup while the group repeats.
                Task previous = lastGroup == null ? null : lastGroup.get(lastGroup.size() - 1);
                if (previous == null || previous.serviceId() != t.serviceId()
                        || previous.specVersion() != t.specVersion()) {
                    lastGroup = groups.computeIfAbsent(new GroupKey(t.serviceId(), t.specVersion()),
                            k -> new ArrayList<>());
                }
                lastGroup.add(t);
            }
        }
        for (List<Task> group : groups.values()) {
            assigned += scheduleGroup(group, now);
        }
        // A task without a service version has nothing in common with another: each is its own group.
        for (Task t : oneOffs) {
            assigned += scheduleGroup(List.of(t), now);
        }
        return assigned;
    }

    /** Tasks of one service made from one spec version see the same filters, so they are placed together. */
    private record GroupKey(String serviceId, long specVersion) {
    }

    private boolean fitPinned(Task task, long now) {
        NodeInfo node = nodeSet.get(task.nodeId());
        if (node == null) {
            return false;
        }
        pipeline.setTask(task);
        if (pipeline.process(node)) {
            state.assign(task, task.nodeId(), now);
            return true;
        }
        // Swarm reports a pinned task's reasons without the "no suitable node" wrapper.
        markPending(task, pipeline.explain(), now);
        return false;
    }

    private int scheduleGroup(List<Task> group, long now) {
        Task first = group.get(0);
        pipeline.setTask(first);
        String serviceKey = NodeSet.serviceKey(first);
        NodeOrder order = new NodeOrder(nodeSet, serviceKey, NodeSet.failureKey(first), now);
        List<ConstraintKey> spreadAttributes = new ArrayList<>();
        List<NodeSet.LabelValues> spreads = new ArrayList<>();
        if (!first.spec().mode().isGlobal()) {
            for (String descriptor : first.spec().preferences()) {
                ConstraintKey spread = ConstraintKey.ofSpread(descriptor);
                if (spread != null) {
                    spreadAttributes.add(spread);
                    spreads.add(nodeSet.attributeValues(spread));
                }
            }
        }
        if (queuesVersion != nodeSet.version()) {
            // What passes the node-only filters and which branches exist depend on the nodes alone.
            eligible.clear();
            branchPaths.clear();
            queues.clear();
        }
        if (queues.size() > MAX_QUEUES || queuesReleases != nodeSet.releases()) {
            queues.clear();
        }
        queuesVersion = nodeSet.version();
        queuesReleases = nodeSet.releases();
        List<Object> requirements = pipeline.nodeRequirements();
        // Without spread preferences the root is the only leaf.
        DecisionTree root = new DecisionTree(List.of());
        if (!spreads.isEmpty() && nodeSet.activeTasksOfService(serviceKey) == 0) {
            // Nothing to count: only the branches, which depend on the nodes alone.
            for (int[] path : branchPaths.computeIfAbsent(spreadAttributes, k -> pathsOf(spreads))) {
                DecisionTree tree = root;
                for (int level = 0; level < path.length; level++) {
                    tree = tree.branch(path[level], spreads.get(level).distinct().size());
                }
            }
        } else if (!spreads.isEmpty()) {
            for (NodeInfo node : nodeSet.nodes()) {
                DecisionTree tree = root;
                for (NodeSet.LabelValues values : spreads) {
                    tree.tasks += order.serviceTasks(node);
                    tree = tree.branch(values.codes()[node.index], values.distinct().size());
                }
                tree.tasks += order.serviceTasks(node);
            }
        }
        Leaves leaves = new Leaves(group.size(), order, serviceKey, requirements, spreadAttributes, spreads, root);
        Deque<Task> queue = new ArrayDeque<>(group);
        int placed = scheduleOnSubtree(group.size(), queue, root, leaves, now);
        leaves.giveBack();
        if (!queue.isEmpty()) {
            // Say why for every node, as swarm's pass over all of them does when too few fit.
            pipeline.setTask(first);
            for (NodeInfo node : nodeSet.nodes()) {
                pipeline.process(node);
            }
            noSuitableNode(queue, now);
        }
        return placed;
    }

    /** The distinct label value paths over every node, a tree's leaves. */
    private List<int[]> pathsOf(List<NodeSet.LabelValues> spreads) {
        Map<IntBuffer, int[]> paths = new LinkedHashMap<>();
        for (NodeInfo node : nodeSet.nodes()) {
            int[] path = new int[spreads.size()];
            for (int level = 0; level < path.length; level++) {
                path[level] = spreads.get(level).codes()[node.index];
            }
            paths.putIfAbsent(IntBuffer.wrap(path), path);
        }
        return List.copyOf(paths.values());
    }

    /** The nodes (by index) that pass the current task's node-only filters. */
    private BitSet passingNodeOnlyFilters() {
        BitSet passing = new BitSet();
        for (NodeInfo node : nodeSet.nodes()) {
            if (pipeline.passes(node, true)) {
                passing.set(node.index);
            }
        }
        return passing;
    }

    /**
     * The leaves one group visits: each takes its candidates once, the best nodes of its branch that pass
     * every filter, at most as many as the group has tasks (swarm keeps those in a heap per leaf while it
     * ranks every node). They come from the leaf's {@link NodeQueue}, kept from group to group, and go back
     * to it once the group is placed. A service with no task yet ranks nodes by their totals alone, as
     * every such service does, so those share one queue per branch. When recent failures reorder the
     * nodes, the branch is ranked afresh.
     */
    private final class Leaves {
        private final int max;
        private final NodeOrder order;
        private final String rankedFor;
        private final List<Object> requirements;
        private final List<ConstraintKey> spreadAttributes;
        private final List<NodeQueue> queuesTaken = new ArrayList<>();
        private final List<NodeInfo> taken = new ArrayList<>();
        private final List<NodeSet.LabelValues> spreads;
        private final DecisionTree root;
        private boolean membersKnown;

        Leaves(int max, NodeOrder order, String serviceKey, List<Object> requirements,
                List<ConstraintKey> spreadAttributes, List<NodeSet.LabelValues> spreads,
                DecisionTree root) {
            this.spreads = spreads;
            this.root = root;
            this.max = max;
            this.order = order;
            this.rankedFor = nodeSet.activeTasksOfService(serviceKey) == 0 ? NodeSet.NOTHING_PLACED : serviceKey;
            this.requirements = requirements;
            this.spreadAttributes = spreadAttributes;
        }

        List<NodeInfo> candidates(DecisionTree leaf) {
            List<NodeInfo> candidates = new ArrayList<>();
            if (order.failuresMatter()) {
                forEachMember(leaf, index -> {
                    NodeInfo node = nodeSet.byIndex(index);
                    if (pipeline.passes(node, false)) {
                        candidates.add(node);
                    }
                });
                candidates.sort(order);
                return candidates.size() > max ? new ArrayList<>(candidates.subList(0, max)) : candidates;
            }
            QueueKey key = new QueueKey(rankedFor, requirements, spreadAttributes, leaf.path);
            NodeQueue queue = queues.get(key);
            if (queue == null) {
                NodeQueue filling = new NodeQueue(nodeSet, nodeSet.countsOf(rankedFor));
                forEachMember(leaf, index -> filling.offer(nodeSet.byIndex(index)));
                filling.heapify();
                queues.put(key, filling);
                queue = filling;
            }
            while (candidates.size() < max) {
                NodeInfo node = queue.poll();
                if (node == null) {
                    break;
                }
                queuesTaken.add(queue);
                taken.add(node);
                if (pipeline.passes(node, false)) {
                    candidates.add(node);
                }
            }
            return candidates;
        }

        /** The leaf's nodes (by index) that pass the node-only filters. */
        private void forEachMember(DecisionTree leaf, IntConsumer action) {
            BitSet passing = eligible.computeIfAbsent(requirements, k -> passingNodeOnlyFilters());
            if (leaf == root) {
                for (int i = passing.nextSetBit(0); i >= 0; i = passing.nextSetBit(i + 1)) {
                    action.accept(i);
                }
                return;
            }
            if (!membersKnown) {
                // One pass sorts every passing node into its leaf.
                for (int i = passing.nextSetBit(0); i >= 0; i = passing.nextSetBit(i + 1)) {
                    DecisionTree tree = root;
                    for (NodeSet.LabelValues values : spreads) {
                        tree = tree.next[values.codes()[i]];
                    }
                    tree.members.add(i);
                }
                membersKnown = true;
            }
            leaf.members.forEach(action);
        }

        void giveBack() {
            for (int i = 0; i < taken.size(); i++) {
                queuesTaken.get(i).add(taken.get(i));
            }
        }
    }

    /** A branch's nodes that pass the same node-only requirements, ranked for one service. */
    private record QueueKey(String serviceKey, List<Object> requirements, List<ConstraintKey> spreads,
            List<Integer> path) {
    }

    /** Splits n tasks evenly over the branches, counting tasks already there, until all fit or none can. */
    private int scheduleOnSubtree(int n, Deque<Task> queue, DecisionTree tree, Leaves leaves, long now) {
        if (tree.next == null) {
            if (tree.nodes == null) {
                tree.nodes = leaves.candidates(tree);
            } else {
                // Visited again: nodes that filled up since drop out, the rest are ranked anew.
                tree.nodes.removeIf(node -> !pipeline.process(node));
                tree.nodes.sort(leaves.order);
            }
            return tree.nodes.isEmpty() ? 0 : scheduleOnNodes(n, queue, tree.nodes, leaves.order, now);
        }
        int scheduled = 0;
        int tasksInUsableBranches = tree.tasks;
        Set<DecisionTree> noRoom = new java.util.HashSet<>();
        boolean converging = true;
        while (scheduled != n && noRoom.size() != tree.branches && converging) {
            int usable = tree.branches - noRoom.size();
            int desiredPerBranch = (tasksInUsableBranches + n - scheduled) / usable;
            int remainder = (tasksInUsableBranches + n - scheduled) % usable;
            converging = false;
            for (DecisionTree subtree : tree.next) {
                if (subtree == null || noRoom.contains(subtree)) {
                    continue;
                }
                int subtreeTasks = subtree.tasks;
                if (subtreeTasks < desiredPerBranch || (subtreeTasks == desiredPerBranch && remainder > 0)) {
                    converging = true;
                    int toAssign = desiredPerBranch - subtreeTasks + (remainder > 0 ? 1 : 0);
                    int placed = scheduleOnSubtree(toAssign, queue, subtree, leaves, now);
                    if (placed < toAssign) {
                        noRoom.add(subtree);
                        tasksInUsableBranches -= subtreeTasks;
                    } else if (remainder > 0) {
                        remainder--;
                    }
                    scheduled += placed;
                }
            }
        }
        return scheduled;
    }

    /**
     * Fills the ordered nodes: stay on a node until the next one is preferable (so the least-loaded catch
     * up), then go round-robin; a node that stops passing the filters is skipped from then on.
     */
    private int scheduleOnNodes(int n, Deque<Task> queue, List<NodeInfo> nodes, NodeOrder order, long now) {
        int scheduled = 0;
        int count = nodes.size();
        BitSet failed = new BitSet(count);
        int iter = 0;
        while (!queue.isEmpty()) {
            Task task = queue.poll();
            NodeInfo node = nodes.get(iter % count);
            state.assign(task, node.node.id(), now);
            scheduled++;
            if (scheduled == n) {
                return scheduled;
            }
            if (iter + 1 < count) {
                if (order.less(nodes.get(iter + 1), node)) {
                    iter++;
                }
            } else {
                iter++;
            }
            int start = iter;
            while (failed.get(iter % count) || !pipeline.process(nodes.get(iter % count))) {
                failed.set(iter % count);
                iter++;
                if (iter - start == count) {
                    return scheduled;
                }
            }
        }
        return scheduled;
    }

    private void noSuitableNode(Deque<Task> tasks, long now) {
        String explanation = pipeline.explain();
        String error = explanation.isEmpty() ? "no suitable node" : "no suitable node (" + explanation + ")";
        for (Task t : tasks) {
            Service service = t.serviceId() == null ? null : state.service(t.serviceId());
            if (service != null && service.version() > t.specVersion()) {
                // Swarm leaves the task's reason as it was and tries it no more.
                parked.add(t);
            } else {
                markPending(t, error, now);
            }
        }
    }

    private void markPending(Task task, String error, long now) {
        if (!error.equals(task.error())) {
            state.setTaskStatus(task, TaskState.PENDING, PENDING_MESSAGE, error, now);
        }
    }
}
