package flotilla.engine.scheduler;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.state.Mount;
import flotilla.engine.state.NetworkAttachment;
import flotilla.engine.state.Task;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The node's engine must have the network drivers of the task's networks and the volume drivers of its
 * mounts. Built-in drivers are on every engine; other names must be among the node's plugins.
 */
public final class PluginFilter implements Filter {
    private final Set<String> required = new LinkedHashSet<>();

    @Override
    public boolean enabled(Task task) {
        required.clear();
        for (NetworkAttachment a : task.networks()) {
            if (!SwarmDefaults.BUILTIN_NETWORK_DRIVERS.contains(a.network().driver())) {
                required.add(a.network().driver());
            }
        }
        for (Mount m : task.spec().mounts()) {
            if (m.type().equals("volume") && m.source() != null && m.source().contains(":")) {
                required.add(m.source().substring(0, m.source().indexOf(':')));
            }
        }
        return !required.isEmpty();
    }

    @Override
    public boolean check(Task task, NodeInfo node) {
        return node.node.plugins().containsAll(required);
    }

    @Override
    public boolean readsOnlyTheNode() {
        return true;
    }

    @Override
    public Object requirement() {
        return Set.copyOf(required);
    }

    @Override
    public String explain(int nodes) {
        return "missing plugin on " + Filter.nodes(nodes);
    }
}
