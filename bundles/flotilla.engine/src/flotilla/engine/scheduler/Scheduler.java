package flotilla.engine.scheduler;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.model.constraint.ConstraintKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Swarm's scheduler: assigns pending tasks to nodes. Tasks pinned to a node (global services) are only
 * checked against that node; the others are grouped by service and spec version and each group is spread
 * over a decision tree built from the spread preferences, filling the least-loaded nodes first.
 */
public final class Scheduler {
    static final String PENDING_MESSAGE = "pending task scheduling";

    private final ClusterState state;
    private final NodeSet nodeSet = new NodeSet();
    private final Pipeline pipeline = new Pipeline();

    public Scheduler(ClusterState state) {
        this.state = state;
        for (var node : state.nodes()) {
            nodeSet.nodeAdded(node);
        }
        for (Task task : state.tasks()) {
            nodeSet.taskChanged(task);
        }
        state.addListener(nodeSet);
    }

    /** What the scheduler knows about a node (null for an unknown id). */
    public NodeInfo nodeInfo(String nodeId) {
        return nodeSet.get(nodeId);
    }

    /** One scheduling pass over every pending task; returns how many were assigned. */
    public int schedule(long now) {
        List<Task> batch = new ArrayList<>(state.pendingTasks());
        int assigned = 0;
        Map<GroupKey, List<Task>> groups = new LinkedHashMap<>();
        List<Task> oneOffs = new ArrayList<>();
        List<Task> lastGroup = null;
        for (Task t : batch) {
            if (t.nodeId() != null) {
                assigned += fitPinned(t, now) ? 1 : 0;
            } else if (t.serviceId() == null) {
                oneOffs.add(t);
            } else {
                // Pending tasks mostly arrive service by service: skip the lookup while the group repeats.
                Task previous = lastGroup == null ? null : lastGroup.get(lastGroup.size() - 1);
                if (previous == null || previous.serviceId() != t.serviceId() || previous.specVersion() != t.specVersion()) {
                    lastGroup = groups.computeIfAbsent(new GroupKey(t.serviceId(), t.specVersion()), k -> new ArrayList<>());
                }
                lastGroup.add(t);
            }
        }
        for (List<Task> group : groups.values()) {
            assigned += scheduleGroup(group, now);
        }
        assigned += scheduleOneOffs(oneOffs, now);
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
        NodeOrder order = new NodeOrder(nodeSet, NodeSet.serviceKey(first), now);
        DecisionTree root = new DecisionTree();
        List<NodeSet.LabelValues> spreads = new ArrayList<>();
        if (!first.spec().mode().isGlobal()) {
            for (String descriptor : first.spec().preferences()) {
                ConstraintKey spread = ConstraintKey.ofSpread(descriptor);
                if (spread != null) {
                    spreads.add(nodeSet.attributeValues(spread));
                }
            }
        }
        for (NodeInfo node : nodeSet.nodes()) {
            DecisionTree tree = root;
            for (NodeSet.LabelValues values : spreads) {
                tree.tasks += order.serviceTasks(node);
                tree = tree.branch(values.codes()[node.index], values.distinct().size());
            }
            tree.tasks += order.serviceTasks(node);
            tree.offer(node, group.size(), order, pipeline);
        }
        Deque<Task> queue = new ArrayDeque<>(group);
        int placed = scheduleOnSubtree(group.size(), queue, root, order, now);
        if (!queue.isEmpty()) {
            noSuitableNode(queue, now);
        }
        return placed;
    }

    /** Splits n tasks evenly over the branches, counting tasks already there, until all fit or none can. */
    private int scheduleOnSubtree(int n, Deque<Task> queue, DecisionTree tree, NodeOrder order, long now) {
        if (tree.next == null) {
            List<NodeInfo> nodes = tree.ordered(order, pipeline);
            return nodes.isEmpty() ? 0 : scheduleOnNodes(n, queue, nodes, order, now);
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
                    int placed = scheduleOnSubtree(toAssign, queue, subtree, order, now);
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

    /**
     * Tasks without a service are placed one at a time, each as its own group. Runs of them made from the
     * same spec see the same filters, so the eligible nodes are filtered once and kept in a priority queue
     * in swarm's node order; only the node that just took a task is checked again. The outcome equals
     * placing them one by one.
     */
    private int scheduleOneOffs(List<Task> oneOffs, long now) {
        int placed = 0;
        int i = 0;
        while (i < oneOffs.size()) {
            ServiceSpec spec = oneOffs.get(i).spec();
            int end = i;
            while (end < oneOffs.size() && oneOffs.get(end).spec() == spec) {
                end++;
            }
            List<Task> run = oneOffs.subList(i, end);
            if (nodeSet.hasRecentFailures(NodeSet.NO_SERVICE)) {
                for (Task t : run) {
                    placed += scheduleGroup(List.of(t), now);
                }
            } else {
                placed += scheduleRun(run, now);
            }
            i = end;
        }
        return placed;
    }

    private int scheduleRun(List<Task> run, long now) {
        pipeline.setTask(run.get(0));
        NodeOrder order = new NodeOrder(nodeSet, NodeSet.NO_SERVICE, now);
        PriorityQueue<NodeInfo> eligible = new PriorityQueue<>(
                Math.max(1, nodeSet.nodes().size()), order.thenComparingInt((NodeInfo n) -> n.index));
        for (NodeInfo node : nodeSet.nodes()) {
            if (pipeline.process(node)) {
                eligible.add(node);
            }
        }
        int placed = 0;
        for (Task task : run) {
            NodeInfo best = eligible.poll();
            if (best == null) {
                noSuitableNode(new ArrayDeque<>(run.subList(placed, run.size())), now);
                break;
            }
            state.assign(task, best.node.id(), now);
            placed++;
            if (pipeline.process(best)) {
                eligible.add(best);
            }
        }
        return placed;
    }

    private void noSuitableNode(Deque<Task> tasks, long now) {
        String explanation = pipeline.explain();
        String error = explanation.isEmpty() ? "no suitable node" : "no suitable node (" + explanation + ")";
        for (Task t : tasks) {
            markPending(t, error, now);
        }
    }

    private void markPending(Task task, String error, long now) {
        if (!error.equals(task.error())) {
            state.setTaskStatus(task, TaskState.PENDING, PENDING_MESSAGE, error, now);
        }
    }
}
