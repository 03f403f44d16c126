package flotilla.engine.scheduler;

import flotilla.engine.defaults.SwarmDefaults;
import java.util.Comparator;

/**
 * Swarm's preference between two nodes for one service: a node where the service (this spec version)
 * failed often lately goes last; then the node with fewer tasks of the service; then the one with fewer tasks in total.
 */
final class NodeOrder implements Comparator<NodeInfo> {
    private final int[] serviceCounts;
    private final String failureKey;
    private final long now;
    private final boolean failuresMatter;

    NodeOrder(NodeSet nodes, String serviceKey, String failureKey, long now) {
        this.serviceCounts = nodes.countsOf(serviceKey);
        this.failureKey = failureKey;
        this.now = now;
        this.failuresMatter = nodes.hasRecentFailures(failureKey);
    }

    /** Whether some node has failed the service often enough lately to go last. */
    boolean failuresMatter() {
        return failuresMatter;
    }

    int serviceTasks(NodeInfo node) {
        return serviceCounts[node.index];
    }

    boolean less(NodeInfo a, NodeInfo b) {
        if (failuresMatter) {
            int fa = a.recentFailures(failureKey, now, SwarmDefaults.RECENT_FAILURE_WINDOW);
            int fb = b.recentFailures(failureKey, now, SwarmDefaults.RECENT_FAILURE_WINDOW);
            if (fa >= SwarmDefaults.MAX_RECENT_FAILURES || fb >= SwarmDefaults.MAX_RECENT_FAILURES) {
                if (fa != fb) {
                    return fa < fb;
                }
            }
        }
        int sa = serviceCounts[a.index];
        int sb = serviceCounts[b.index];
        if (sa != sb) {
            return sa < sb;
        }
        return a.activeTasks < b.activeTasks;
    }

    /** {@link #less}, with join order between nodes swarm finds equal (its own order there is random). */
    @Override
    public int compare(NodeInfo a, NodeInfo b) {
        return less(a, b) ? -1 : less(b, a) ? 1 : Integer.compare(a.index, b.index);
    }
}
