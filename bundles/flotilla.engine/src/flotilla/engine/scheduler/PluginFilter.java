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
    /** The volume driver built into every engine. */
    static final String LOCAL_VOLUME_DRIVER = "local";
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
            if (!m.type().equals("volume")) {
                continue;
            }
            if (m.driver() != null && !m.driver().isEmpty() && !m.driver().equals(LOCAL_VOLUME_DRIVER)) {
                // Swarm's filter: a volume mount naming a driver other than local needs that plugin.
                required.add(m.driver());
            } else if (m.source() != null && m.source().contains(":")) {
                // The model names a volume's driver as DRIVER:NAME.
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
