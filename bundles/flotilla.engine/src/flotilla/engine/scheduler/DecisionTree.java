package flotilla.engine.scheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * Nodes split by the values of the spread preferences, one level per preference; a leaf keeps only the
 * best candidates (at most as many as there are tasks to place), in a bounded max-heap while it is built.
 * Branches are visited in label value order so placement is reproducible (swarmkit's map order is random).
 */
final class DecisionTree {
    /** Tasks of the service already in this subtree, counted over every node, eligible or not. */
    int tasks;
    /** Children by label value code (see {@link NodeSet.LabelValues}); null for a leaf. */
    DecisionTree[] next;
    int branches;
    final List<NodeInfo> nodes = new ArrayList<>();
    boolean sorted;

    DecisionTree branch(int code, int distinctValues) {
        if (next == null) {
            next = new DecisionTree[distinctValues];
        }
        DecisionTree child = next[code];
        if (child == null) {
            child = new DecisionTree();
            next[code] = child;
            branches++;
        }
        return child;
    }

    /** Offers a node to this leaf's heap of the {@code max} best nodes; filters run only if it could enter. */
    void offer(NodeInfo node, int max, NodeOrder order, Pipeline pipeline) {
        if (nodes.size() < max) {
            if (pipeline.process(node)) {
                nodes.add(node);
                siftUp(nodes.size() - 1, order);
            }
        } else if (order.less(node, nodes.get(0)) && pipeline.process(node)) {
            nodes.set(0, node);
            siftDown(0, order);
        }
    }

    /** The leaf's nodes best first; later calls drop nodes that no longer pass the filters. */
    List<NodeInfo> ordered(NodeOrder order, Pipeline pipeline) {
        if (sorted) {
            nodes.removeIf(n -> !pipeline.process(n));
        }
        sorted = true;
        nodes.sort(order);
        return nodes;
    }

    // The heap keeps the worst kept node on top, so a better one can replace it.
    private void siftUp(int i, NodeOrder order) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!order.less(nodes.get(parent), nodes.get(i))) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i, NodeOrder order) {
        int size = nodes.size();
        while (true) {
            int worst = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && order.less(nodes.get(worst), nodes.get(left))) {
                worst = left;
            }
            if (right < size && order.less(nodes.get(worst), nodes.get(right))) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        NodeInfo t = nodes.get(a);
        nodes.set(a, nodes.get(b));
        nodes.set(b, t);
    }
}
