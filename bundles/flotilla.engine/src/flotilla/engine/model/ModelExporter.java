package flotilla.engine.model;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;
import flotilla.model.Cluster;
import flotilla.model.Config;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.NodeAvailability;
import flotilla.model.NodeRole;
import flotilla.model.Secret;

/**
 * Writes a simulated swarm's desired state back into a model: nodes, user networks, secrets, configs
 * and services that the swarm has and the model lacks are added, those it lost are removed, and the rest
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
        exportNamed(sim.state().secrets().stream().map(flotilla.engine.state.Secret::name).toList(),
                cluster.getSecrets(), Secret::getName, name -> {
                    Secret secret = FACTORY.createSecret();
                    secret.setName(name);
                    return secret;
                }, startedFromModel);
        exportNamed(sim.state().configs().stream().map(flotilla.engine.state.Config::name).toList(),
                cluster.getConfigs(), Config::getName, name -> {
                    Config config = FACTORY.createConfig();
                    config.setName(name);
                    return config;
                }, startedFromModel);
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

    private static void exportNetworks(Collection<flotilla.engine.state.Network> networks, Cluster cluster,
            boolean removeLost) {
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

    /**
     * Secrets and configs: the model gains the ones the swarm has; it loses the others only when the swarm ran the
     * model ({@code removeLost}).
     */
    private static <T extends EObject> void exportNamed(Collection<String> names, EList<T> model,
            Function<T, String> name, Function<String, T> create, boolean removeLost) {
        Map<String, T> existing = SpecConversion.byName(model, name);
        for (String n : names) {
            if (existing.remove(n) == null) {
                model.add(create.apply(n));
            }
        }
        if (removeLost) {
            existing.values().forEach(object -> EcoreUtil.delete(object, true));
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
