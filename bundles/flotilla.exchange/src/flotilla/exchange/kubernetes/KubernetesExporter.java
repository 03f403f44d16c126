package flotilla.exchange.kubernetes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import flotilla.exchange.yaml.YamlText;
import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.persistence.AtomicFile;

/**
 * Writes a cluster's services as Kubernetes manifests into a directory: one {@code SERVICE.yaml} per service (its
 * Deployment, DaemonSet or Job and its Service), {@code network-policies.yaml} for internal overlays, and
 * {@code REPORT.md} listing what swarm does that the manifests cannot say.
 */
public final class KubernetesExporter {
    /** The files written, and the report's findings, one sentence each. */
    public record Result(List<Path> files, List<String> unmapped) {
    }

    /** The report's file name. */
    public static final String REPORT = "REPORT.md";

    static final String NETWORK_POLICIES = "network-policies.yaml";

    private KubernetesExporter() {
    }

    /** The manifests and the report, by file, before anything is written. */
    public record Manifests(Map<Path, String> files, List<String> unmapped) {
    }

    public static Result export(Cluster cluster, Path directory) throws IOException {
        return write(render(cluster, directory));
    }

    /** Writes what {@link #render} made, each file atomically (see {@link AtomicFile}). */
    public static Result write(Manifests manifests) throws IOException {
        for (Path file : manifests.files().keySet()) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String text = manifests.files().get(file);
            AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        return new Result(List.copyOf(manifests.files().keySet()), manifests.unmapped());
    }

    /** The files an export into {@code directory} writes, with their text; nothing is written yet. */
    public static Manifests render(Cluster cluster, Path directory) {
        List<String> unmapped = new ArrayList<>();
        Map<Path, String> files = new LinkedHashMap<>();
        for (Service service : cluster.allServices()) {
            List<Map<String, Object>> documents = new PodMapping(service, unmapped).documents();
            if (!documents.isEmpty()) {
                files.put(directory.resolve(KubernetesNames.of(service.qualifiedName()) + ".yaml"),
                        YamlText.writeAll(documents));
            }
        }
        List<Map<String, Object>> policies = new ArrayList<>();
        for (Network network : cluster.allNetworks()) {
            if (network.isInternal() && network.getDriver() == NetworkDriver.OVERLAY) {
                policies.add(networkPolicy(network));
            }
        }
        if (!policies.isEmpty()) {
            files.put(directory.resolve(NETWORK_POLICIES), YamlText.writeAll(policies));
        }
        long overlays = cluster.allNetworks().stream()
                .filter(network -> !network.isImplicit() && network.getDriver() == NetworkDriver.OVERLAY).count();
        if (overlays > 1) {
            unmapped.add(
                    "Kubernetes has one flat pod network: services on different overlays can reach each other unless a NetworkPolicy stops them "
                            + "(only internal overlays get one).");
        }
        if (cluster.allServices().stream().anyMatch(
                service -> service.getMode() == ServiceMode.REPLICATED || service.getMode() == ServiceMode.GLOBAL)) {
            unmapped.add(
                    "Swarm's routing mesh publishes a port on every node; a NodePort Service does the same, but only in the range 30000-32767.");
        }
        files.put(directory.resolve(REPORT), report(cluster, unmapped));
        return new Manifests(files, List.copyOf(unmapped));
    }

    /** Pods attached to an internal overlay talk only to each other, as swarm's --internal keeps them off the outside. */
    private static Map<String, Object> networkPolicy(Network network) {
        Map<String, Object> peers = YamlText.map("podSelector",
                YamlText.map("matchLabels", YamlText.map(PodMapping.networkLabel(network), "true")));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("podSelector", YamlText.map("matchLabels", YamlText.map(PodMapping.networkLabel(network), "true")));
        spec.put("policyTypes", List.of("Ingress", "Egress"));
        spec.put("ingress", List.of(YamlText.map("from", List.of(peers))));
        spec.put("egress", List.of(YamlText.map("to", List.of(peers))));
        return PodMapping.object("networking.k8s.io/v1", "NetworkPolicy",
                "internal-" + KubernetesNames.of(network.qualifiedName()), YamlText.map(), spec);
    }

    private static String report(Cluster cluster, List<String> unmapped) {
        StringBuilder report = new StringBuilder("# Kubernetes export of ").append(cluster.getName()).append("\n\n");
        if (unmapped.isEmpty()) {
            return report.append("Everything in the model was mapped.\n").toString();
        }
        report.append("What the manifests do not do as swarm would:\n\n");
        unmapped.forEach(line -> report.append("- ").append(line).append('\n'));
        return report.toString();
    }
}
