package flotilla.engine.state;

import flotilla.model.constraint.NodeDescription;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A swarm node. Identity and description are fixed at join; role, availability, status and labels change
 * through {@link ClusterState} so that listeners (the scheduler's bookkeeping) see every change.
 */
public final class Node {
    private final String id;
    private final String hostname;
    private final Platform platform;
    private final Resources resources;
    private final String address;
    private final Map<String, String> engineLabels;
    private final Set<String> plugins;
    Role role;
    Availability availability = Availability.ACTIVE;
    NodeStatus status = NodeStatus.READY;
    boolean leader;
    final Map<String, String> labels = new LinkedHashMap<>();
    private final NodeDescription description = new Description();

    public Node(String id, String hostname, Role role, Platform platform, Resources resources, String address,
            Map<String, String> engineLabels, Set<String> plugins) {
        this.id = id;
        this.hostname = hostname;
        this.role = role;
        this.platform = platform;
        this.resources = resources;
        this.address = address;
        this.engineLabels = Map.copyOf(engineLabels);
        this.plugins = Set.copyOf(new LinkedHashSet<>(plugins));
    }

    /** The same node in a forked store: identity shared, the changing fields its own. */
    Node copy() {
        Node copy = new Node(id, hostname, role, platform, resources, address, engineLabels, plugins);
        copy.reset(this);
        return copy;
    }

    /** Back to {@code from}'s changing fields (the same node in the store this one's was copied from). */
    void reset(Node from) {
        role = from.role;
        availability = from.availability;
        status = from.status;
        leader = from.leader;
        if (!labels.equals(from.labels)) {
            labels.clear();
            labels.putAll(from.labels);
        }
    }

    public String id() {
        return id;
    }

    public String hostname() {
        return hostname;
    }

    public Role role() {
        return role;
    }

    public Availability availability() {
        return availability;
    }

    public NodeStatus status() {
        return status;
    }

    public boolean isLeader() {
        return leader;
    }

    public Map<String, String> labels() {
        return java.util.Collections.unmodifiableMap(labels);
    }

    public Map<String, String> engineLabels() {
        return engineLabels;
    }

    public Platform platform() {
        return platform;
    }

    /** What the node offers in total; the scheduler subtracts reservations of the tasks it holds. */
    public Resources resources() {
        return resources;
    }

    public String address() {
        return address;
    }

    /** The node as a placement constraint reads it (one grammar and matcher for model and engine). */
    public NodeDescription description() {
        return description;
    }

    /** Network and volume plugins the engine reports beyond the built-in drivers. */
    public Set<String> plugins() {
        return plugins;
    }

    @Override
    public String toString() {
        return hostname;
    }

    /** Reads the live node, so label changes are seen at once. */
    private final class Description implements NodeDescription {
        @Override
        public String id() {
            return id;
        }

        @Override
        public String hostname() {
            return hostname;
        }

        @Override
        public String address() {
            return address;
        }

        @Override
        public String role() {
            return role.dockerName();
        }

        @Override
        public String os() {
            return platform.os();
        }

        @Override
        public String arch() {
            return platform.arch();
        }

        @Override
        public String nodeLabel(String name) {
            return labels.getOrDefault(name, "");
        }

        @Override
        public String engineLabel(String name) {
            return engineLabels.getOrDefault(name, "");
        }
    }
}
