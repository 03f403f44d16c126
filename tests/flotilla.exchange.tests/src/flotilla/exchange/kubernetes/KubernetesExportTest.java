package flotilla.exchange.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import flotilla.exchange.compose.ComposeImporter;
import flotilla.exchange.compose.Fixtures;
import flotilla.model.Cluster;
import flotilla.model.persistence.Models;

/** The manifests of every example and of a file using every field, read strictly with the Kubernetes API model. */
class KubernetesExportTest {
    private static Path edge;

    private static KubernetesExporter.Result edgeResult;

    @TempDir
    static Path folder;

    @BeforeAll
    static void exportEveryField() throws Exception {
        ComposeImporter.Result imported = Fixtures.importFile(Fixtures.resources().resolve("compose/every-field.yml"),
                "edge", Map.of());
        edge = folder.resolve("edge");
        edgeResult = KubernetesExporter.export(imported.cluster(), edge);
    }

    @ParameterizedTest
    @MethodSource("flotilla.exchange.compose.Fixtures#exampleFiles")
    void everyExampleGivesManifestsTheKubernetesModelAccepts(Path example) throws Exception {
        Cluster cluster = Models.load(example);
        Path directory = folder.resolve(example.getFileName().toString());

        KubernetesExporter.Result result = KubernetesExporter.export(cluster, directory);

        List<Object> objects = new ArrayList<>();
        for (Path file : result.files()) {
            if (file.toString().endsWith(".yaml")) {
                objects.addAll(StrictManifests.read(file));
            }
        }
        assertEquals(cluster.allServices().size(), objects.stream()
                .filter(o -> o instanceof Deployment || o instanceof DaemonSet || o instanceof Job).count());
        assertTrue(Files.readString(directory.resolve(KubernetesExporter.REPORT))
                .startsWith("# Kubernetes export of " + cluster.getName()));
    }

    @Test
    void replicatedServicesAreDeploymentsWithTheirPlacementResourcesAndProbe() throws Exception {
        List<Object> objects = StrictManifests.read(edge.resolve("edge-web.yaml"));
        Deployment deployment = (Deployment) objects.get(0);
        assertEquals(4, deployment.getSpec().getReplicas());
        assertEquals(2, deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal(),
                "start-first surges by the parallelism");
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        List<NodeSelectorRequirement> requirements = pod.getAffinity().getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms().get(0).getMatchExpressions();
        assertEquals("node-role.kubernetes.io/control-plane", requirements.get(0).getKey());
        assertEquals("DoesNotExist", requirements.get(0).getOperator());
        assertEquals("zone", requirements.get(1).getKey());
        assertEquals("NotIn", requirements.get(1).getOperator());
        assertEquals(List.of("west"), requirements.get(1).getValues());
        assertEquals("zone", pod.getTopologySpreadConstraints().get(0).getTopologyKey());
        Container container = pod.getContainers().get(0);
        assertEquals(List.of("/docker-entrypoint.sh"), container.getCommand());
        assertEquals("500m", container.getResources().getLimits().get("cpu").toString());
        assertEquals("1536Mi", container.getResources().getLimits().get("memory").toString());
        assertEquals("250m", container.getResources().getRequests().get("cpu").toString());
        assertEquals(List.of("/bin/sh", "-c", "curl -f http://localhost/ || exit 1"),
                container.getLivenessProbe().getExec().getCommand());
        assertEquals(90, container.getLivenessProbe().getPeriodSeconds());
        assertEquals(5, container.getLivenessProbe().getFailureThreshold());
        assertEquals(8443,
                container.getPorts().stream().filter(port -> port.getContainerPort() == 443).findFirst().orElseThrow()
                        .getHostPort(),
                "a host-mode port is a hostPort");

        io.fabric8.kubernetes.api.model.Service service = (io.fabric8.kubernetes.api.model.Service) objects.get(1);
        assertEquals("NodePort", service.getSpec().getType());
        List<ServicePort> ports = service.getSpec().getPorts();
        assertEquals(List.of(8080, 9000, 9001, 5000), ports.stream().map(ServicePort::getPort).toList(),
                "the ingress ports, not the host one");
        assertTrue(
                edgeResult.unmapped()
                        .contains("service edge_web: published port 8080 is outside the NodePort range 30000-32767; "
                                + "the Service listens on it inside the cluster and Kubernetes picks the node port."),
                edgeResult.unmapped()::toString);
    }

    @Test
    void dollarParenthesesStayLiteralAsInSwarm() throws Exception {
        Cluster cluster = Models.newCluster("c");
        flotilla.model.Service service = Fixtures.addService(cluster, "shell", "alpine");
        service.getArgs().addAll(List.of("sh", "-c", "echo $(date)"));
        service.getEnv().add("GREETING=$(whoami)");

        KubernetesExporter.export(cluster, folder.resolve("dollars"));

        Container container = ((Deployment) StrictManifests.read(folder.resolve("dollars/shell.yaml")).get(0)).getSpec()
                .getTemplate().getSpec()
                .getContainers().get(0);
        assertEquals(List.of("sh", "-c", "echo $$(date)"), container.getArgs());
        assertEquals("$$(whoami)", container.getEnv().get(0).getValue());
    }

    @Test
    void globalServicesAreDaemonSetsAndJobsAreJobs() throws Exception {
        DaemonSet worker = (DaemonSet) StrictManifests.read(edge.resolve("edge-worker.yaml")).get(0);
        assertEquals("edge-worker", worker.getMetadata().getName());
        List<NodeSelectorRequirement> requirements = worker.getSpec().getTemplate().getSpec().getAffinity()
                .getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0)
                .getMatchExpressions();
        assertEquals(List.of("kubernetes.io/hostname NotIn [node-1]", "kubernetes.io/arch In [amd64]"),
                requirements.stream().map(r -> r.getKey() + " " + r.getOperator() + " " + r.getValues()).toList());
        io.fabric8.kubernetes.api.model.Service headless = (io.fabric8.kubernetes.api.model.Service) StrictManifests
                .read(edge.resolve("edge-worker.yaml")).get(1);
        assertEquals("None", headless.getSpec().getClusterIP(), "dnsrr on an overlay is a headless Service");

        Job migrate = (Job) StrictManifests.read(edge.resolve("edge-migrate.yaml")).get(0);
        assertEquals(2, migrate.getSpec().getCompletions());
        assertEquals(2, migrate.getSpec().getParallelism());
        assertEquals("Never", migrate.getSpec().getTemplate().getSpec().getRestartPolicy());

        assertFalse(Files.exists(edge.resolve("edge-cleanup.yaml")));
        assertTrue(
                edgeResult.unmapped().stream().anyMatch(line -> line.startsWith("service edge_cleanup: a global job")),
                edgeResult.unmapped()::toString);
        assertTrue(Files.readString(edge.resolve(KubernetesExporter.REPORT))
                .contains("- service edge_cleanup: a global job"));
    }

    @Test
    void internalOverlaysGetANetworkPolicyKeepingTheirPodsAmongThemselves() throws Exception {
        NetworkPolicy policy = (NetworkPolicy) StrictManifests.read(edge.resolve(KubernetesExporter.NETWORK_POLICIES))
                .get(0);
        assertEquals("internal-edge-backend", policy.getMetadata().getName());
        assertEquals(Map.of("network.flotilla.dev/edge-backend", "true"),
                policy.getSpec().getPodSelector().getMatchLabels());
        assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes());
        Deployment web = (Deployment) StrictManifests.read(edge.resolve("edge-web.yaml")).get(0);
        assertEquals("true",
                web.getSpec().getTemplate().getMetadata().getLabels().get("network.flotilla.dev/edge-backend"));
    }

    @Test
    void secretsAreMountedUnderRunSecretsAndReportedAsToCreate() throws Exception {
        Deployment web = (Deployment) StrictManifests.read(edge.resolve("edge-web.yaml")).get(0);
        List<String> paths = web.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().stream()
                .map(m -> m.getMountPath()).toList();
        assertTrue(
                paths.containsAll(
                        List.of("/run/secrets/tls_key", "/run/secrets/server.crt", "/etc/nginx/nginx.conf", "/cache")),
                paths::toString);
        assertTrue(edgeResult.unmapped().contains(
                "service edge_web: the secret tls_key must exist in Kubernetes first: kubectl create secret generic tls-key --from-file=tls_key=./secrets/tls.key"),
                edgeResult.unmapped()::toString);
    }
}
