package flotilla.engine.scheduler;

import flotilla.engine.state.Task;

/** `--replicas-max-per-node`: counts the service's tasks already desired on the node. */
public final class MaxReplicasFilter implements Filter {
    @Override
    public boolean enabled(Task task) {
        return task.spec().maxReplicasPerNode() > 0;
    }

    @Override
    public boolean check(Task task, NodeInfo node) {
        return node.activeTasksOfService(NodeSet.serviceKey(task)) < task.spec().maxReplicasPerNode();
    }

    /** Swarm's wording, which neither counts nor pluralises. */
    @Override
    public String explain(int nodes) {
        return "max replicas per node limit exceed";
    }
}
