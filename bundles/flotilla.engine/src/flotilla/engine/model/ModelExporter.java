package flotilla.engine.model;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;
import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.NodeAvailability;
import flotilla.model.NodeRole;
import flotilla.model.Secret;

/**
 * Writes a simulated swarm's desired state back into a model: nodes, user networks, secrets and
 * services that the swarm has and the model lacks are added, those it lost are removed, and the rest
 * are updated in place, so elements keep their ids and what the engine does not model (engine
 * endpoints, healthchecks, stacks) survives.
 */
public final class ModelExporter {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private ModelExporter() {
    }

    /** Makes {@code cluster}, which {@code sim} was started from, describe what {@code sim} now runs. */
    public static void exportInto(Simulator sim, Cluster cluster) {
        exportInto(sim, cluster, true);
    }

    /**
     * Makes {@code cluster} describe what {@code sim} now runs. {@code startedFromModel} is false when the swarm never
     * ran the model (a model without nodes starts a swarm not yet initialised): then the networks, secrets and
     * services the swarm lacks were never lost, and stay in the model.
     */
    public static void exportInto(Simulator sim, Cluster cluster, boolean startedFromModel) {
        exportNodes(sim.state().nodes(), cluster);
        exportNetworks(sim.state().networks(), cluster, startedFromModel);
        exportSecrets(sim.state().secrets(), cluster, startedFromModel);
        exportServices(sim.state().services(), cluster, startedFromModel);
    }

    private static void exportNodes(Collection<Node> nodes, Cluster cluster) {
        Map<String, flotilla.model.Node> existing = SpecConversion.byName(cluster.getNodes(),
                flotilla.model.Node::getHostname);
        for (Node node : nodes) {
            flotilla.model.Node modelNode = existing.remove(node.hostname());
            if (modelNode == null) {
                modelNode = FACTORY.createNode();
                modelNode.setHostname(node.hostname());
                cluster.getNodes().add(modelNode);
            }
            modelNode.setRole(SpecConversion.convert(node.role(), NodeRole.class));
            modelNode.setAvailability(SpecConversion.convert(node.availability(), NodeAvailability.class));
            modelNode.setOs(node.platform().os());
            modelNode.setArch(node.platform().arch());
            modelNode.setAddress(node.address());
            SpecConversion.syncLabels(modelNode.getLabels(), node.labels());
            SpecConversion.syncLabels(modelNode.getEngineLabels(), node.engineLabels());
            if (modelNode.getResources() == null
                    || !SpecConversion.resources(modelNode.getResources()).equals(node.resources())) {
                modelNode.setResources(SpecConversion.modelResources(node.resources()));
            }
        }
        existing.values().forEach(EcoreUtil::delete);
    }

    private static void exportNetworks(Collection<flotilla.engine.state.Network> networks, Cluster cluster, boolean removeLost) {
        Map<String, Network> existing = SpecConversion.byName(cluster.allNetworks(), Network::qualifiedName);
        existing.values().removeIf(Network::isImplicit);
        for (flotilla.engine.state.Network network : networks) {
            if (network.ingress() || existing.remove(network.name()) != null) {
                continue;
            }
            Network modelNetwork = FACTORY.createNetwork();
            modelNetwork.setName(network.name());
            modelNetwork.setDriver(NetworkDriver.get(network.driver()));
            modelNetwork.setAttachable(network.attachable());
            modelNetwork.setInternal(network.internal());
            modelNetwork.setSubnet(network.subnet());
            modelNetwork.setGateway(network.gateway());
            cluster.getNetworks().add(modelNetwork);
        }
        if (removeLost) {
            existing.values().forEach(network -> EcoreUtil.delete(network, true));
        }
    }

    private static void exportSecrets(Collection<flotilla.engine.state.Secret> secrets, Cluster cluster, boolean removeLost) {
        Map<String, Secret> existing = SpecConversion.byName(cluster.getSecrets(), Secret::getName);
        for (flotilla.engine.state.Secret secret : secrets) {
            if (existing.remove(secret.name()) == null) {
                Secret modelSecret = FACTORY.createSecret();
                modelSecret.setName(secret.name());
                cluster.getSecrets().add(modelSecret);
            }
        }
        if (removeLost) {
            existing.values().forEach(secret -> EcoreUtil.delete(secret, true));
        }
    }

    private static void exportServices(Collection<Service> services, Cluster cluster, boolean removeLost) {
        Map<String, flotilla.model.Service> existing = SpecConversion.byName(cluster.allServices(),
                flotilla.model.Service::qualifiedName);
        for (Service service : services) {
            flotilla.model.Service modelService = existing.remove(service.spec().name());
            if (modelService == null) {
                modelService = FACTORY.createService();
                modelService.setName(service.spec().name());
                cluster.getServices().add(modelService);
            }
            SpecConversion.applySpec(service.spec(), modelService, cluster);
        }
        if (removeLost) {
            existing.values().forEach(EcoreUtil::delete);
        }
    }
}
