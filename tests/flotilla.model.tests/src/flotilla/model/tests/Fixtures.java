package flotilla.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.PublishMode;
import flotilla.model.PublishedPort;
import flotilla.model.Resources;
import flotilla.model.Service;
import flotilla.model.Stack;
import flotilla.model.persistence.Models;
import flotilla.model.util.ModelValidator;
import flotilla.model.validation.Rule;

/** Small clusters for the tests, and ways to look at what validation says about them. */
final class Fixtures {
    static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    static final long CPU = 1_000_000_000L;

    static final long GIB = 1L << 30;

    private Fixtures() {
    }

    /**
     * Two workers (east: 2 CPUs, 4 GiB; west: 4 CPUs, 8 GiB), the overlay "net" and the service "web" with two
     * replicas on it publishing 8080 to 80: a cluster without findings.
     */
    static Cluster cluster() {
        Cluster cluster = Models.newCluster("test");
        cluster.getNodes().add(node("worker1", "east", 2, 4));
        cluster.getNodes().add(node("worker2", "west", 4, 8));
        Network net = overlay("net", "10.0.1.0/24");
        cluster.getNetworks().add(net);
        Service web = service("web", net);
        web.setReplicas(2);
        web.getPorts().add(port(8080, 80, PublishMode.INGRESS));
        cluster.getServices().add(web);
        return cluster;
    }

    static Node node(String hostname, String zone, int cpus, int memoryGiB) {
        Node node = FACTORY.createNode();
        node.setHostname(hostname);
        node.setRole(NodeRole.WORKER);
        Label label = FACTORY.createLabel();
        label.setKey("zone");
        label.setValue(zone);
        node.getLabels().add(label);
        node.setResources(resources(cpus * CPU, memoryGiB * GIB));
        return node;
    }

    static Network overlay(String name, String subnet) {
        Network network = FACTORY.createNetwork();
        network.setName(name);
        network.setDriver(NetworkDriver.OVERLAY);
        network.setSubnet(subnet);
        return network;
    }

    /** A stack named {@code name} in the cluster, owning {@code network}. */
    static Stack stack(Cluster cluster, String name, Network network) {
        Stack stack = FACTORY.createStack();
        stack.setName(name);
        stack.getNetworks().add(network);
        cluster.getStacks().add(stack);
        return stack;
    }

    static Service service(String name, Network network) {
        Service service = FACTORY.createService();
        service.setName(name);
        service.setImage("nginx");
        NetworkAttachment attachment = FACTORY.createNetworkAttachment();
        attachment.setNetwork(network);
        service.getNetworks().add(attachment);
        return service;
    }

    static PublishedPort port(int published, int target, PublishMode mode) {
        PublishedPort port = FACTORY.createPublishedPort();
        port.setPublished(published);
        port.setTarget(target);
        port.setMode(mode);
        return port;
    }

    static Resources resources(long nanoCPUs, long memoryBytes) {
        Resources resources = FACTORY.createResources();
        resources.setNanoCPUs(nanoCPUs);
        resources.setMemoryBytes(memoryBytes);
        return resources;
    }

    static Constraint constraint(String expression) {
        Constraint constraint = FACTORY.createConstraint();
        constraint.setExpression(expression);
        return constraint;
    }

    static Service web(Cluster cluster) {
        return cluster.getServices().get(0);
    }

    /** The findings of one rule, from validating the whole cluster as the editor and the CLI do. */
    static List<Diagnostic> findings(Cluster cluster, Rule rule) {
        return Diagnostician.INSTANCE.validate(cluster).getChildren().stream()
                .filter(diagnostic -> ModelValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                        && diagnostic.getCode() == rule.code())
                .toList();
    }

    /** The examples directory of the repository, found upwards from the working directory. */
    static Path examples() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("examples/swarm-tutorial.flotilla"))) {
                return directory.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }

    static List<Path> exampleFiles() throws IOException {
        try (var files = Files.list(examples())) {
            return files.filter(file -> file.toString().endsWith(".flotilla")).sorted().toList();
        }
    }
}
