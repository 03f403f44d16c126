package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.Resources;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.persistence.Models;

/**
 * Random models (one or three managers, workers in zones of different sizes, replicated and global services with
 * zone constraints, a replica cap per node and memory reservations): every single node loss and every drain
 * `flotilla analyze` reports is what replaying it in `flotilla sim` shows ({@link AnalysisReplay}). Run by
 * {@link AnalysisAgreesWithSimTest}; jqwik shrinks a failing model to a small one.
 */
class AnalysisAgreesWithSimProperties {
    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;
    private static final List<String> ZONES = List.of("a", "b", "c");

    record NodeShape(int cpus, int memoryGiB, String zone) {
    }

    record ServiceShape(int replicas, boolean global, String zone, int maxPerNode, int reservedHalfGiB) {
    }

    @Property(tries = 12)
    void everySingleNodeLossAndDrainAgreesWithTheSimulator(@ForAll("managers") int managers,
            @ForAll("nodes") List<NodeShape> nodes, @ForAll("services") List<ServiceShape> services) throws Exception {
        Path folder = Files.createTempDirectory("analysis-property");
        try {
            Path model = folder.resolve("random.flotilla");
            Models.save(cluster(managers, nodes, services), model);
            List<String> disagreements = AnalysisReplay.disagreements(model, folder, "node,drain");
            assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Integer> managers() {
        return Arbitraries.of(1, 3);
    }

    @Provide
    Arbitrary<List<NodeShape>> nodes() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 8),
                Arbitraries.of(ZONES)).as(NodeShape::new).list().ofMinSize(3).ofMaxSize(7);
    }

    @Provide
    Arbitrary<List<ServiceShape>> services() {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 4)
                .map(n -> n == 0), Arbitraries.of("", "a", "b", "c"), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3)).as(ServiceShape::new).list().ofMinSize(1).ofMaxSize(5);
    }

    /** The first nodes are the managers; every node is labelled with its zone. */
    private static Cluster cluster(int managers, List<NodeShape> nodes, List<ServiceShape> services) {
        Cluster cluster = Models.newCluster("random");
        for (int i = 0; i < nodes.size(); i++) {
            NodeShape shape = nodes.get(i);
            Node node = FACTORY.createNode();
            node.setHostname((i < managers ? "m" : "w") + (i + 1));
            node.setRole(i < managers ? NodeRole.MANAGER : NodeRole.WORKER);
            node.setResources(resources(shape.cpus() * 1_000_000_000L, (long) shape.memoryGiB() << 30));
            Label zone = FACTORY.createLabel();
            zone.setKey("zone");
            zone.setValue(shape.zone());
            node.getLabels().add(zone);
            cluster.getNodes().add(node);
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceShape shape = services.get(i);
            Service service = FACTORY.createService();
            service.setName("svc" + (i + 1));
            service.setImage("app:1");
            if (shape.global()) {
                service.setMode(ServiceMode.GLOBAL);
            } else {
                service.setReplicas(shape.replicas());
                service.setMaxReplicasPerNode(shape.maxPerNode());
            }
            if (!shape.zone().isEmpty()) {
                Constraint constraint = FACTORY.createConstraint();
                constraint.setExpression("node.labels.zone == " + shape.zone());
                service.getConstraints().add(constraint);
            }
            if (shape.reservedHalfGiB() > 0) {
                service.setReservations(resources(0, (long) shape.reservedHalfGiB() << 29));
            }
            cluster.getServices().add(service);
        }
        return cluster;
    }

    private static Resources resources(long nanoCpus, long memoryBytes) {
        Resources resources = FACTORY.createResources();
        resources.setNanoCPUs(nanoCpus);
        resources.setMemoryBytes(memoryBytes);
        return resources;
    }
}
