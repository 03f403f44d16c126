package flotilla.engine.scheduler;

import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Task;

/** A host-mode published port can be bound once per node. */
public final class HostPortFilter implements Filter {
    @Override
    public boolean enabled(Task task) {
        for (PublishedPort p : task.spec().hostPorts()) {
            if (p.published() != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean check(Task task, NodeInfo node) {
        for (PublishedPort p : task.spec().hostPorts()) {
            if (p.published() != 0 && node.usedHostPorts.contains(key(p))) {
                return false;
            }
        }
        return true;
    }

    static long key(PublishedPort p) {
        return ((long) p.protocol().hashCode() << 32) | p.published();
    }

    @Override
    public String explain(int nodes) {
        return "host-mode port already in use on " + Filter.nodes(nodes);
    }
}
