package flotilla.engine.scheduler;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Service;
import flotilla.engine.state.StateListener;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.model.constraint.ConstraintKey;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
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
    /** How many nodes pass the node-only filters, by requirements; dropped with {@link #eligible}. */
    private final Map<List<Object>, Integer> passingCounts = new HashMap<>();
    /** The nodes a group took from queues, and the queues they go back to (kept for the next group). */
    private final List<NodeInfo> taken = new ArrayList<>();
    private final List<NodeQueue> queuesTaken = new ArrayList<>();
    /** By node index: the number of the group the node is a candidate of. */
    private int[] candidateMarks = new int[0];
    private int candidateOf;
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
        nodeSet = new NodeSet(state::nodeSerial);
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
                if (!parked.isEmpty()) {
                    parked.remove(task);
                }
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
        nodeSet = from.nodeSet.copy(state::node, state::nodeSerial);
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
        NodeSet.Tally tally = nodeSet.tally(serviceKey);
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
            passingCounts.clear();
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
        if (!spreads.isEmpty()) {
            // The branches depend on the nodes alone; the service's tasks are counted where they are.
            for (int[] path : branchPaths.computeIfAbsent(spreadAttributes, k -> pathsOf(spreads))) {
                DecisionTree tree = root;
                for (int level = 0; level < path.length; level++) {
                    tree = tree.branch(path[level], spreads.get(level).distinct().size());
                }
            }
            if (tally.total > 0) {
                int holders = tally.compactHolders();
                for (int h = 0; h < holders; h++) {
                    int index = tally.holder(h);
                    if (nodeSet.byIndex(index) == null) {
                        continue;
                    }
                    int count = tally.counts[index];
                    DecisionTree tree = root;
                    for (NodeSet.LabelValues values : spreads) {
                        tree.tasks += count;
                        tree = tree.next[values.codes()[index]];
                    }
                    tree.tasks += count;
                }
            }
        }
        Leaves leaves = new Leaves(group.size(), order, serviceKey, tally, requirements, spreadAttributes, spreads,
                root);
        Unplaced queue = new Unplaced(group);
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

    /** A group's tasks not placed yet, in order. */
    private static final class Unplaced {
        private final List<Task> tasks;
        private int next;

        Unplaced(List<Task> tasks) {
            this.tasks = tasks;
        }

        boolean isEmpty() {
            return next == tasks.size();
        }

        Task poll() {
            return tasks.get(next++);
        }

        List<Task> rest() {
            return tasks.subList(next, tasks.size());
        }
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
     * A leaf's candidates, best first: at most as many as the group has tasks, the best nodes of the leaf that
     * pass every filter (swarm keeps those in a heap per leaf while it ranks every node). They are taken from
     * the leaf's source only as far as placing reads them: nodes not taken yet are untouched by the placing, so
     * the list read is the one a full ranking at the start of the group gives.
     */
    static final class Candidates {
        private final ArrayList<NodeInfo> nodes = new ArrayList<>();
        private final Source source;
        private boolean complete;

        /** Where a leaf's candidates come from, best first. */
        interface Source {
            /** The next candidate, or null when there is none. */
            NodeInfo next();
        }

        Candidates(Source source) {
            this.source = source;
        }

        /** Candidates already ranked in full. */
        Candidates(List<NodeInfo> ranked) {
            this.source = null;
            nodes.addAll(ranked);
            complete = true;
        }

        /** Whether there are more than {@code i} candidates. */
        boolean has(int i) {
            while (!complete && nodes.size() <= i) {
                NodeInfo next = source.next();
                if (next == null) {
                    complete = true;
                } else {
                    nodes.add(next);
                }
            }
            return nodes.size() > i;
        }

        /** The {@code i}-th candidate, going round from the first past the last. */
        NodeInfo at(int i) {
            return nodes.get(slot(i));
        }

        /** Where the {@code i}-th candidate is, going round from the first past the last. */
        int slot(int i) {
            return has(i) ? i : i % nodes.size();
        }

        /** How many candidates there are, once {@link #has} said there are no more. */
        int count() {
            return nodes.size();
        }

        /** Every candidate, ranked afresh: a leaf visited again. */
        void rerank(java.util.function.Predicate<NodeInfo> stillFits, NodeOrder order) {
            has(Integer.MAX_VALUE - 1);
            nodes.removeIf(node -> !stillFits.test(node));
            nodes.sort(order);
        }
    }

    /**
     * The leaves one group visits. Each takes its candidates from a {@link NodeQueue} kept from group to group
     * (the nodes taken go back to it once the group is placed), in one of two ways with the same outcome:
     * <ul>
     * <li>from a queue ranked for the service itself;</li>
     * <li>from the queue ranked by totals alone, which every service shares: the nodes without a task of the
     * service come first in swarm's order, in the order of their totals, so that queue gives them (passing over
     * the service's nodes), and the service's own nodes follow, ranked when reached. A service with no task
     * yet has only the first kind of node; for a service on few nodes this costs a pass over those few instead
     * of ranking every node.</li>
     * </ul>
     * When recent failures reorder the nodes, the leaf is ranked afresh.
     */
    private final class Leaves {
        private final int max;
        private final NodeOrder order;
        private final String rankedFor;
        private final NodeSet.Tally tally;
        /** Whether candidates come from the totals queue first and the service's own nodes after it. */
        private final boolean ownNodesLast;
        private final List<Object> requirements;
        private final List<ConstraintKey> spreadAttributes;
        private final List<NodeSet.LabelValues> spreads;
        private final DecisionTree root;
        private final BitSet passing;
        private boolean membersKnown;

        Leaves(int max, NodeOrder order, String serviceKey, NodeSet.Tally tally, List<Object> requirements,
                List<ConstraintKey> spreadAttributes, List<NodeSet.LabelValues> spreads, DecisionTree root) {
            this.spreads = spreads;
            this.root = root;
            this.max = max;
            this.order = order;
            this.tally = tally;
            this.requirements = requirements;
            this.spreadAttributes = spreadAttributes;
            passing = eligible.computeIfAbsent(requirements, k -> passingNodeOnlyFilters());
            // A pass over the service's nodes pays while they are few beside the nodes that could take it.
            ownNodesLast = tally.total > 0 && (long) tally.holderBound() * 4 <= passingCount(requirements, passing);
            rankedFor = tally.total == 0 || ownNodesLast ? NodeSet.NOTHING_PLACED : serviceKey;
            taken.clear();
            queuesTaken.clear();
            candidateOf++;
        }

        Candidates candidates(DecisionTree leaf) {
            if (order.failuresMatter()) {
                List<NodeInfo> ranked = new ArrayList<>();
                forEachMember(leaf, index -> {
                    NodeInfo node = nodeSet.byIndex(index);
                    if (pipeline.passes(node, false)) {
                        ranked.add(node);
                    }
                });
                ranked.sort(order);
                return new Candidates(ranked.size() > max ? ranked.subList(0, max) : ranked);
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
            return new Candidates(new LeafSource(leaf, queue));
        }

        /** A leaf's candidates from its queue, then (see {@link #ownNodesLast}) from the service's own nodes. */
        private final class LeafSource implements Candidates.Source {
            private final DecisionTree leaf;
            private NodeQueue queue;
            private List<NodeInfo> ownNodes;
            private int nextOwn;
            private int given;

            LeafSource(DecisionTree leaf, NodeQueue queue) {
                this.leaf = leaf;
                this.queue = queue;
            }

            @Override
            public NodeInfo next() {
                if (given == max) {
                    return null;
                }
                while (queue != null) {
                    NodeInfo node = queue.poll();
                    if (node == null) {
                        queue = null;
                        break;
                    }
                    queuesTaken.add(queue);
                    taken.add(node);
                    if (ownNodesLast && tally.counts[node.index] > 0) {
                        continue;
                    }
                    if (pipeline.passes(node, false)) {
                        markCandidate(node);
                        given++;
                        return node;
                    }
                }
                if (!ownNodesLast) {
                    return null;
                }
                if (ownNodes == null) {
                    ownNodes = ownNodes(leaf);
                }
                if (nextOwn == ownNodes.size()) {
                    return null;
                }
                given++;
                return ownNodes.get(nextOwn++);
            }
        }

        /**
         * The leaf's nodes that held tasks of the service when the group started and pass every filter, in
         * swarm's order. (A node that holds some now but not then was a candidate already.)
         */
        private List<NodeInfo> ownNodes(DecisionTree leaf) {
            List<NodeInfo> own = new ArrayList<>();
            int holders = tally.compactHolders();
            for (int h = 0; h < holders; h++) {
                int index = tally.holder(h);
                NodeInfo node = nodeSet.byIndex(index);
                if (node != null && passing.get(index) && inLeaf(index, leaf) && !isCandidate(node)
                        && pipeline.passes(node, false)) {
                    own.add(node);
                }
            }
            own.sort(order);
            return own;
        }

        private boolean inLeaf(int index, DecisionTree leaf) {
            for (int level = 0; level < spreads.size(); level++) {
                if (spreads.get(level).codes()[index] != leaf.path.get(level)) {
                    return false;
                }
            }
            return true;
        }

        /** The leaf's nodes (by index) that pass the node-only filters. */
        private void forEachMember(DecisionTree leaf, IntConsumer action) {
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
            taken.clear();
            queuesTaken.clear();
        }
    }

    /** How many nodes pass the node-only requirements (counted once per set of requirements and nodes). */
    private int passingCount(List<Object> requirements, BitSet passing) {
        return passingCounts.computeIfAbsent(requirements, k -> passing.cardinality());
    }

    private void markCandidate(NodeInfo node) {
        if (candidateMarks.length <= node.index) {
            candidateMarks = java.util.Arrays.copyOf(candidateMarks,
                    Math.max(node.index + 1, candidateMarks.length * 2));
        }
        candidateMarks[node.index] = candidateOf;
    }

    private boolean isCandidate(NodeInfo node) {
        return node.index < candidateMarks.length && candidateMarks[node.index] == candidateOf;
    }

    /** A branch's nodes that pass the same node-only requirements, ranked for one service. */
    private record QueueKey(String serviceKey, List<Object> requirements, List<ConstraintKey> spreads,
            List<Integer> path) {
    }

    /** Splits n tasks evenly over the branches, counting tasks already there, until all fit or none can. */
    private int scheduleOnSubtree(int n, Unplaced queue, DecisionTree tree, Leaves leaves, long now) {
        if (tree.next == null) {
            if (tree.nodes == null) {
                tree.nodes = leaves.candidates(tree);
            } else {
                // Visited again: nodes that filled up since drop out, the rest are ranked anew.
                tree.nodes.rerank(pipeline::process, leaves.order);
            }
            return tree.nodes.has(0) ? scheduleOnNodes(n, queue, tree.nodes, leaves.order, now) : 0;
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
    private int scheduleOnNodes(int n, Unplaced queue, Candidates nodes, NodeOrder order, long now) {
        int scheduled = 0;
        BitSet failed = new BitSet();
        int iter = 0;
        while (!queue.isEmpty()) {
            Task task = queue.poll();
            NodeInfo node = nodes.at(iter);
            nodeSet.placing(node);
            state.assign(task, node.serial, now);
            nodeSet.placing(null);
            scheduled++;
            if (scheduled == n) {
                return scheduled;
            }
            if (nodes.has(iter + 1)) {
                if (order.less(nodes.at(iter + 1), node)) {
                    iter++;
                }
            } else {
                iter++;
            }
            int start = iter;
            while (failed.get(nodes.slot(iter)) || !pipeline.process(nodes.at(iter))) {
                failed.set(nodes.slot(iter));
                iter++;
                // Every candidate looked at since the last placement, and none fits.
                if (!nodes.has(iter) && iter - start == nodes.count()) {
                    return scheduled;
                }
            }
        }
        return scheduled;
    }

    private void noSuitableNode(Unplaced tasks, long now) {
        String explanation = pipeline.explain();
        String error = explanation.isEmpty() ? "no suitable node" : "no suitable node (" + explanation + ")";
        for (Task t : tasks.rest()) {
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
