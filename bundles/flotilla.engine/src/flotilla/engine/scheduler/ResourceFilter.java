package flotilla.engine.scheduler;

import flotilla.engine.state.Resources;
import flotilla.engine.state.Task;

/** Reservations must fit what the node has left; limits do not count, as in swarm. */
public final class ResourceFilter implements Filter {
    @Override
    public boolean enabled(Task task) {
        return !task.spec().reservations().isNone();
    }

    @Override
    public boolean check(Task task, NodeInfo node) {
        Resources wanted = task.spec().reservations();
        return wanted.nanoCpus() <= node.availableNanoCpus && wanted.memoryBytes() <= node.availableMemoryBytes;
    }

    @Override
    public String explain(int nodes) {
        return "insufficient resources on " + Filter.nodes(nodes);
    }
}
