package flotilla.engine.network;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.EndpointMode;
import flotilla.engine.state.Network;
import flotilla.engine.state.NetworkAttachment;
import flotilla.engine.state.NetworkAttachmentConfig;
import flotilla.engine.state.Node;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Swarm's network allocator: subnets for overlays, addresses for tasks and service VIPs, and published
 * ports, which are unique cluster-wide (dynamic ones from 30000-32767). Also keeps which networks each
 * node's engine has: the local ones, docker_gwbridge and ingress from the join, and each overlay from the
 * moment a task attached to it lands there (it stays afterwards).
 */
public final class NetworkAllocator implements NetworkView {
    private static final List<String> LOCAL_NETWORKS = List.of("bridge", "host", "none");

    /**
     * The node-local networks swarm itself knows (swarmkit's predefined networks): a service may name them; its tasks
     * then use each node's own, not an overlay, and get no address from swarm.
     */
    public static final List<String> PREDEFINED_NETWORKS = List.of("bridge", "host");

    private final ClusterState state;
    private final Map<String, Subnet> subnets = new HashMap<>();
    private final Map<String, Set<String>> networksOnNode = new HashMap<>();
    /**
     * The sets of {@link #networksOnNode} this allocator made. The others are still those of the allocator it was
     * forked from (only read there from then on, and here until the first change): a fork copies a node's set when it
     * first changes it, rather than every node's set up front.
     */
    private final Set<Set<String>> ownSets = Collections.newSetFromMap(new IdentityHashMap<>());
    /** "tcp/8080" to the id of the service publishing it through the routing mesh. */
    private final Map<String, String> ingressPorts = new HashMap<>();
    /** Per protocol, where the serial search for the next dynamic port starts. */
    private final Map<String, Integer> nextDynamicPort = new HashMap<>();
    private int nextPoolSubnet;

    public NetworkAllocator(ClusterState state) {
        this.state = state;
    }

    /** Takes over {@code other}'s subnets, ports and per-node networks, for a forked store. */
    public void copyFrom(NetworkAllocator other) {
        other.subnets.forEach((id, subnet) -> subnets.put(id, subnet.copy()));
        networksOnNode.putAll(other.networksOnNode);
        ingressPorts.putAll(other.ingressPorts);
        nextDynamicPort.putAll(other.nextDynamicPort);
        nextPoolSubnet = other.nextPoolSubnet;
    }

    /** `docker swarm init`: the ingress overlay, 10.0.0.0/24. */
    public Network createIngress() {
        return createNetwork(SwarmDefaults.INGRESS_NETWORK, "overlay", SwarmDefaults.INGRESS_SUBNET, false, false,
                true, Map.of());
    }

    @Override
    public Network ingress() {
        for (Network n : state.networks()) {
            if (n.ingress()) {
                return n;
            }
        }
        return null;
    }

    /** `docker network create`; a null subnet takes the next /24 of the default pool 10.0.0.0/8. */
    public Network createNetwork(String name, String driver, String subnet, boolean attachable, boolean internal,
            boolean ingress, Map<String, String> labels) {
        for (Network n : state.networks()) {
            if (n.name().equals(name)) {
                throw new IllegalArgumentException("network with name " + name + " already exists");
            }
        }
        Subnet pool = subnet == null ? nextFromPool() : new Subnet(subnet);
        for (Subnet other : subnets.values()) {
            if (other.overlaps(pool)) {
                throw new IllegalArgumentException("invalid pool request: Pool overlaps with other one on this "
                        + "address space");
            }
        }
        // Only overlays span the swarm; other drivers make networks local to the manager's engine.
        String scope = driver.equals("overlay") ? "swarm" : "local";
        Network network = state.addNetwork(new Network(state.newId(), name, driver, scope, attachable, internal,
                ingress, pool.cidr(), pool.gateway(), labels));
        subnets.put(network.id(), pool);
        return network;
    }

    private Subnet nextFromPool() {
        String pool = SwarmDefaults.DEFAULT_ADDRESS_POOL;
        int base = Subnet.parse(pool.substring(0, pool.indexOf('/')));
        while (true) {
            int address = base + (nextPoolSubnet++ << (32 - SwarmDefaults.DEFAULT_SUBNET_SIZE));
            Subnet candidate = new Subnet(Subnet.format(address) + "/" + SwarmDefaults.DEFAULT_SUBNET_SIZE);
            boolean free = true;
            for (Subnet used : subnets.values()) {
                free &= !used.overlaps(candidate);
            }
            if (free) {
                return candidate;
            }
        }
    }

    /** `docker network rm`: refused while a service uses the network. */
    public void removeNetwork(Network network) {
        for (Service s : state.services()) {
            for (NetworkAttachmentConfig c : s.spec().networks()) {
                if (network.equals(state.findNetwork(c.target()))) {
                    throw new IllegalStateException("network " + network.name() + " is in use by service "
                            + s.id());
                }
            }
        }
        if (network.ingress()) {
            for (Service s : state.services()) {
                if (!s.endpointPorts().isEmpty()) {
                    throw new IllegalStateException("ingress network cannot be removed because service " + s.id()
                            + " depends on it");
                }
            }
        }
        state.removeNetwork(network);
        subnets.remove(network.id());
        for (String nodeId : List.copyOf(networksOnNode.keySet())) {
            if (networksOnNode.get(nodeId).contains(network.name())) {
                namesToChange(nodeId).remove(network.name());
            }
        }
    }

    /** A node joins: its engine has the local networks, docker_gwbridge and ingress. */
    public void nodeJoined(Node node) {
        Set<String> names = namesToChange(node.id());
        names.addAll(LOCAL_NETWORKS);
        names.add(SwarmDefaults.GWBRIDGE_NETWORK);
        Network ingress = ingress();
        if (ingress != null) {
            names.add(ingress.name());
        }
    }

    /** The node's networks, to change: its own set, copied first when it is still the forked allocator's. */
    private Set<String> namesToChange(String nodeId) {
        Set<String> names = networksOnNode.get(nodeId);
        if (names == null || !ownSets.contains(names)) {
            names = names == null ? new LinkedHashSet<>() : new LinkedHashSet<>(names);
            ownSets.add(names);
            networksOnNode.put(nodeId, names);
        }
        return names;
    }

    @Override
    public List<String> networksOn(String nodeId) {
        return List.copyOf(networksOnNode.getOrDefault(nodeId, Set.of()));
    }

    /** Checks a spec's networks and ports before the service exists, with Docker's messages. */
    public void validate(ServiceSpec spec, Service existing) {
        for (NetworkAttachmentConfig c : spec.networks()) {
            Network n = state.findNetwork(c.target());
            if (n == null && PREDEFINED_NETWORKS.contains(c.target())) {
                continue;
            }
            if (n == null) {
                throw new IllegalArgumentException("network " + c.target() + " not found");
            }
            if (n.ingress()) {
                throw new IllegalArgumentException("service cannot be explicitly attached to the ingress network \""
                        + n.name() + "\"");
            }
            if (!n.scope().equals("swarm")) {
                throw new IllegalArgumentException("The network " + n.name() + " cannot be used with services. Only "
                        + "networks scoped to the swarm can be used, such as those created with the overlay driver.");
            }
        }
        Set<String> own = new LinkedHashSet<>();
        for (PublishedPort p : spec.ports()) {
            if (p.mode() == PublishMode.INGRESS && spec.endpointMode() == EndpointMode.DNSRR) {
                throw new IllegalArgumentException("EndpointSpec: port published with ingress mode can't be used "
                        + "with dnsrr mode");
            }
            if (p.mode() == PublishMode.INGRESS && p.published() != 0) {
                String key = p.protocol() + "/" + p.published();
                String holder = ingressPorts.get(key);
                if (!own.add(key) || holder != null && (existing == null || !holder.equals(existing.id()))) {
                    Service other = holder == null ? existing : state.service(holder);
                    throw new IllegalArgumentException("port '" + p.published() + "' is already in use by service '"
                            + other.spec().name() + "' (" + other.id() + ") as an ingress port");
                }
            }
        }
    }

    /**
     * Gives the service its published ports (keeping a dynamic port it already had for the same target)
     * and a VIP on ingress when it publishes there and on each overlay unless it uses dnsrr.
     */
    public void allocateService(Service service) {
        List<PublishedPort> previous = service.endpointPorts();
        releasePorts(service);
        List<PublishedPort> ports = new ArrayList<>();
        for (PublishedPort p : service.spec().ports()) {
            PublishedPort resolved = p;
            if (p.mode() == PublishMode.INGRESS) {
                if (p.published() == 0) {
                    resolved = p.withPublished(previousDynamic(previous, p));
                }
                ingressPorts.put(p.protocol() + "/" + resolved.published(), service.id());
            }
            ports.add(resolved);
        }
        service.endpointPorts(ports);
        releaseVips(service);
        List<NetworkAttachment> vips = new ArrayList<>();
        Network ingress = ingress();
        if (ingress != null && publishesIngress(service.spec())) {
            vips.add(new NetworkAttachment(ingress, subnets.get(ingress.id()).allocate()));
        }
        if (service.spec().endpointMode() == EndpointMode.VIP) {
            for (NetworkAttachmentConfig c : service.spec().networks()) {
                Network n = state.findNetwork(c.target());
                if (n != null) {
                    vips.add(new NetworkAttachment(n, subnets.get(n.id()).allocate()));
                }
            }
        }
        service.virtualIps(vips);
    }

    private int previousDynamic(List<PublishedPort> previous, PublishedPort wanted) {
        for (PublishedPort p : previous) {
            if (p.target() == wanted.target() && p.protocol().equals(wanted.protocol())
                    && !ingressPorts.containsKey(p.protocol() + "/" + p.published())) {
                return p.published();
            }
        }
        // Swarm's port allocator hands dynamic ports out serially: after the last one given, wrapping
        // around, not the lowest free one.
        int range = SwarmDefaults.DYNAMIC_PORT_END - SwarmDefaults.DYNAMIC_PORT_START + 1;
        int from = nextDynamicPort.getOrDefault(wanted.protocol(), SwarmDefaults.DYNAMIC_PORT_START);
        for (int i = 0; i < range; i++) {
            int port = SwarmDefaults.DYNAMIC_PORT_START + (from - SwarmDefaults.DYNAMIC_PORT_START + i) % range;
            if (!ingressPorts.containsKey(wanted.protocol() + "/" + port)) {
                nextDynamicPort.put(wanted.protocol(), port + 1);
                return port;
            }
        }
        throw new IllegalStateException("no dynamic port left in " + SwarmDefaults.DYNAMIC_PORT_START + "-"
                + SwarmDefaults.DYNAMIC_PORT_END);
    }

    private static boolean publishesIngress(ServiceSpec spec) {
        for (PublishedPort p : spec.ports()) {
            if (p.mode() == PublishMode.INGRESS) {
                return true;
            }
        }
        return false;
    }

    /** The service is gone: its ports and VIPs are free again. */
    public void deallocateService(Service service) {
        releasePorts(service);
        releaseVips(service);
    }

    private void releasePorts(Service service) {
        ingressPorts.values().removeIf(id -> id.equals(service.id()));
    }

    private void releaseVips(Service service) {
        for (NetworkAttachment vip : service.virtualIps()) {
            release(vip);
        }
        service.virtualIps(List.of());
    }

    /** A new task gets an address on ingress (when its service publishes there) and on each of its networks. */
    public void allocateTask(Task task, long now) {
        List<NetworkAttachment> attachments = new ArrayList<>();
        Network ingress = ingress();
        if (ingress != null && publishesIngress(task.spec())) {
            attachments.add(new NetworkAttachment(ingress, subnets.get(ingress.id()).allocate()));
        }
        for (NetworkAttachmentConfig c : task.spec().networks()) {
            Network n = state.findNetwork(c.target());
            if (n != null) {
                attachments.add(new NetworkAttachment(n, subnets.get(n.id()).allocate()));
            }
        }
        state.setNetworks(task, attachments);
        state.setTaskStatus(task, TaskState.PENDING, "pending task scheduling", "", now);
    }

    /** The task landed on its node: the node's engine now has the task's overlays. */
    public void taskPlaced(Task task) {
        Set<String> names = namesToChange(task.nodeId());
        for (NetworkAttachment a : task.networks()) {
            names.add(a.network().name());
        }
    }

    /**
     * The task is dead: its addresses go back to their subnets, and a worker whose last task on an overlay
     * it was drops that overlay (a manager keeps every swarm network).
     */
    public void releaseTask(Task task) {
        List<NetworkAttachment> attachments = task.networks();
        for (NetworkAttachment a : attachments) {
            release(a);
        }
        state.setNetworks(task, List.of());
        Node node = task.nodeId() == null ? null : state.node(task.nodeId());
        if (node == null || node.role() == Role.MANAGER) {
            return;
        }
        for (NetworkAttachment a : attachments) {
            if (!a.network().ingress() && !usedOn(node, a.network())
                    && networksOnNode.getOrDefault(node.id(), Set.of()).contains(a.network().name())) {
                namesToChange(node.id()).remove(a.network().name());
            }
        }
    }

    private boolean usedOn(Node node, Network network) {
        for (Task t : state.tasksOnNode(node.id())) {
            for (NetworkAttachment a : t.networks()) {
                if (a.network().equals(network)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void release(NetworkAttachment a) {
        Subnet subnet = subnets.get(a.network().id());
        if (subnet != null && a.address() != null) {
            subnet.release(a.address());
        }
    }
}
