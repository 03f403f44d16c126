package flotilla.engine.scheduler;

import flotilla.engine.state.Task;

/** Only ready, active nodes take new tasks: down, paused and drained nodes do not. */
public final class ReadyFilter implements Filter {
    @Override
    public boolean enabled(Task task) {
        return true;
    }

    @Override
    public boolean check(Task task, NodeInfo node) {
        return node.acceptsTasks;
    }

    @Override
    public boolean readsOnlyTheNode() {
        return true;
    }

    @Override
    public Object requirement() {
        return "ready";
    }

    @Override
    public String explain(int nodes) {
        return Filter.nodes(nodes) + " not available for new tasks";
    }
}
