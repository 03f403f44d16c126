package flotilla.engine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import flotilla.engine.network.NetworkAllocator;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.Platform;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.ServiceSpec;
import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.NodeAvailability;
import flotilla.model.NodeRole;
import flotilla.model.Service;

/**
 * Brings a model's desired state into a simulated swarm, the way an operator would build it: the
 * first manager initialises the swarm, the other nodes join, then networks, secrets and configs are created
 * and services deployed. The engine never sees EMF types; this is the boundary.
 */
public final class ModelImporter {

    /** How long a freshly imported swarm may take to settle; far beyond what start-up and scheduling need. */
    private static final long SETTLE_MILLIS = 10 * 60 * 1000L;

    private ModelImporter() {
    }

    /** A new simulated swarm running {@code cluster}, settled: every task that can be placed is running. */
    public static Simulator start(Cluster cluster, long seed) {
        return start(new Simulator(seed), cluster);
    }

    /**
     * {@code cluster} imported into {@code sim}, a new simulated swarm, settled; for a caller that sets the swarm up
     * first (leaves task events out of its log, say).
     */
    public static Simulator start(Simulator sim, Cluster cluster) {
        importInto(sim, cluster);
        sim.waitUntilConverged(SETTLE_MILLIS);
        return sim;
    }

    /** A stack's service as `docker stack deploy` reads it from the file: names not yet prefixed. */
    public static ServiceSpec stackFileSpec(Service service) {
        return SpecConversion.toStackFileSpec(service);
    }

    /** Adds a model's nodes, networks, secrets and services to an empty simulated swarm. */
    public static void importInto(Simulator sim, Cluster cluster) {
        // The leader is the first manager, as if `docker swarm init` ran there; a model without a manager
        // still needs a swarm, so its first node initialises it.
        List<flotilla.model.Node> nodes = cluster.getNodes().stream()
                .sorted(Comparator.comparing(node -> node.getRole() != NodeRole.MANAGER)).toList();
        for (flotilla.model.Node modelNode : nodes) {
            Node node = new Node(sim.newId(), modelNode.getHostname(),
                    SpecConversion.convert(modelNode.getRole(), Role.class),
                    new Platform(modelNode.getOs(), modelNode.getArch()),
                    modelNode.getResources() == null
                            ? Resources.NONE
                            : SpecConversion.resources(modelNode.getResources()),
                    modelNode.getAddress(), SpecConversion.labels(modelNode.getEngineLabels()), Set.of());
            Map<String, String> labels = SpecConversion.labels(modelNode.getLabels());
            if (sim.isInitialised()) {
                sim.join(node, labels);
            } else {
                sim.init(node, labels);
            }
            if (modelNode.getAvailability() != NodeAvailability.ACTIVE) {
                sim.setAvailability(node, SpecConversion.convert(modelNode.getAvailability(), Availability.class));
            }
        }
        for (Network network : cluster.allNetworks()) {
            // The node-local networks swarm has itself (host, bridge) are named, never created.
            boolean predefined = network.isExternal()
                    && NetworkAllocator.PREDEFINED_NETWORKS.contains(network.qualifiedName());
            if (!network.isImplicit() && !predefined) {
                sim.createNetwork(network.qualifiedName(), network.getDriver().getLiteral(), network.getSubnet(),
                        network.isAttachable(), network.isInternal(), Map.of());
            }
        }
        for (flotilla.model.Secret secret : cluster.getSecrets()) {
            sim.createSecret(secret.getName(), 0, Map.of());
        }
        for (flotilla.model.Config config : cluster.getConfigs()) {
            sim.createConfig(config.getName(), 0, Map.of());
        }
        for (Service service : cluster.allServices()) {
            sim.createService(SpecConversion.toSpec(service));
        }
    }
}
