package flotilla.engine.scheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * Nodes split by the values of the spread preferences, one level per preference. Branches are visited in
 * label value order so placement is reproducible (swarmkit's map order is random). A leaf knows its
 * nodes that pass the node-only filters; the scheduler picks its candidates among them on the first visit.
 */
final class DecisionTree {
    /** Tasks of the service already in this subtree, counted over every node, eligible or not. */
    int tasks;
    /** Children by label value code (see {@link NodeSet.LabelValues}); null for a leaf. */
    DecisionTree[] next;
    int branches;
    /** The label value codes from the root to here: names the leaf's queue. */
    final List<Integer> path;
    /** Indexes of the leaf's nodes that pass the node-only filters (filled only under spread preferences). */
    final IntList members = new IntList();
    /** The leaf's candidates best first, once it was visited. */
    Scheduler.Candidates nodes;

    DecisionTree(List<Integer> path) {
        this.path = path;
    }

    DecisionTree branch(int code, int distinctValues) {
        if (next == null) {
            next = new DecisionTree[distinctValues];
        }
        DecisionTree child = next[code];
        if (child == null) {
            List<Integer> childPath = new ArrayList<>(path);
            childPath.add(code);
            child = new DecisionTree(List.copyOf(childPath));
            next[code] = child;
            branches++;
        }
        return child;
    }

    /** A growable list of ints, without boxing. */
    static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void forEach(java.util.function.IntConsumer action) {
            for (int i = 0; i < size; i++) {
                action.accept(values[i]);
            }
        }
    }
}
