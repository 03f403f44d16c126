package flotilla.engine.scheduler;

import flotilla.engine.state.Task;

/**
 * One reason a node may not take a task. The pipeline calls {@link #enabled} once per task group (the
 * filter may prepare what it needs there, as swarmkit's SetTask does), then {@link #check} per node.
 */
public interface Filter {
    /** Whether this filter applies to the task at all; prepares the filter for {@link #check}. */
    boolean enabled(Task task);

    boolean check(Task task, NodeInfo node);

    /**
     * Whether {@link #check}'s answer depends only on the node itself (its description, labels, status),
     * never on the tasks it holds. Such answers stay true while the scheduler places tasks, so the nodes
     * that pass can be kept in an index per {@link #requirement}.
     */
    default boolean readsOnlyTheNode() {
        return false;
    }

    /**
     * For a filter that {@link #readsOnlyTheNode}: what it asks of nodes for the task given to the last
     * {@link #enabled}, as a value equal for every task it treats alike.
     */
    default Object requirement() {
        return null;
    }

    /** The phrase for the "no suitable node (...)" message, given how many nodes this filter rejected. */
    String explain(int nodes);

    /** Swarm's phrasing: "on 1 node" but "on 3 nodes". */
    static String nodes(int count) {
        return count == 1 ? "1 node" : count + " nodes";
    }
}
