package flotilla.engine.scheduler;

/**
 * A branch's nodes that pass a group's node-only filters (see {@link Filter#readsOnlyTheNode}), best first
 * in swarm's order for one service: fewer tasks of the service, then fewer tasks in all, then join order.
 * It is kept from one group to the next, so a group of a few tasks costs a few logarithms instead of a
 * pass over every node. As long as counts only grow (the scheduler placing tasks), an entry keeps the
 * counts it was queued with and is queued again with the current ones when it surfaces; the scheduler
 * drops its queues once a node changes or a task leaves a node.
 */
final class NodeQueue {
    private final NodeSet nodes;
    private final int[] serviceCounts;
    private int[] heapNodes;
    private long[] heapKeys;
    private int size;

    /** An empty queue for the service whose counts these are; {@link #offer} nodes, then {@link #heapify}. */
    NodeQueue(NodeSet nodes, int[] serviceCounts) {
        this.nodes = nodes;
        this.serviceCounts = serviceCounts;
        heapNodes = new int[16];
        heapKeys = new long[16];
    }

    /** Adds a node without ordering; cheaper than {@link #add} while the queue is filled. */
    void offer(NodeInfo node) {
        if (size == heapNodes.length) {
            heapNodes = java.util.Arrays.copyOf(heapNodes, size * 2);
            heapKeys = java.util.Arrays.copyOf(heapKeys, size * 2);
        }
        heapNodes[size] = node.index;
        heapKeys[size++] = key(node);
    }

    void heapify() {
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /** Takes out the best node, or returns null when none is left; give it back with {@link #add}. */
    NodeInfo poll() {
        while (size > 0) {
            NodeInfo best = nodes.byIndex(heapNodes[0]);
            long current = key(best);
            if (current == heapKeys[0]) {
                size--;
                heapNodes[0] = heapNodes[size];
                heapKeys[0] = heapKeys[size];
                siftDown(0);
                return best;
            }
            // Its counts grew since it was queued: it belongs further down.
            heapKeys[0] = current;
            siftDown(0);
        }
        return null;
    }

    void add(NodeInfo node) {
        offer(node);
        int i = size - 1;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private long key(NodeInfo node) {
        return ((long) serviceCounts[node.index] << 32) | node.activeTasks;
    }

    private boolean before(int a, int b) {
        return heapKeys[a] < heapKeys[b] || (heapKeys[a] == heapKeys[b] && heapNodes[a] < heapNodes[b]);
    }

    private void siftDown(int i) {
        while (true) {
            int best = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && before(left, best)) {
                best = left;
            }
            if (right < size && before(right, best)) {
                best = right;
            }
            if (best == i) {
                return;
            }
            swap(i, best);
            i = best;
        }
    }

    private void swap(int a, int b) {
        int node = heapNodes[a];
        heapNodes[a] = heapNodes[b];
        heapNodes[b] = node;
        long key = heapKeys[a];
        heapKeys[a] = heapKeys[b];
        heapKeys[b] = key;
    }
}
