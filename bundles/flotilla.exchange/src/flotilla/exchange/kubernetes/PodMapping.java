package flotilla.exchange.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import flotilla.exchange.yaml.YamlText;
import flotilla.model.ConfigReference;
import flotilla.model.Constraint;
import flotilla.model.ConstraintOperator;
import flotilla.model.DataReference;
import flotilla.model.EndpointMode;
import flotilla.model.FailureAction;
import flotilla.model.Healthcheck;
import flotilla.model.Label;
import flotilla.model.Mount;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.PlacementPreference;
import flotilla.model.PublishMode;
import flotilla.model.PublishedPort;
import flotilla.model.Resources;
import flotilla.model.RestartCondition;
import flotilla.model.RestartPolicy;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.StoredData;
import flotilla.model.UpdateConfig;
import flotilla.model.UpdateOrder;
import flotilla.model.constraint.ConstraintExpression;
import flotilla.model.constraint.ConstraintKey;
import flotilla.model.constraint.ConstraintParser;

/**
 * One swarm service as Kubernetes objects: the workload (Deployment for replicated, DaemonSet for global, Job for
 * replicated-job) with its pod template, and a Service when it publishes ports or sits on an overlay. What has no
 * Kubernetes equivalent is added to the report, naming the service.
 */
final class PodMapping {
    private static final String APP_LABEL = "app.kubernetes.io/name";

    private static final String NETWORK_LABEL_PREFIX = "network.flotilla.dev/";

    private static final String CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";

    private static final int NODE_PORT_MIN = 30000;

    private static final int NODE_PORT_MAX = 32767;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Service service;

    private final String name;

    private final List<String> unmapped;

    private final ContainerOptions options;

    PodMapping(Service service, List<String> unmapped) {
        this.service = service;
        this.name = KubernetesNames.of(service.qualifiedName());
        this.unmapped = unmapped;
        this.options = new ContainerOptions(service, this::report);
    }

    static String networkLabel(Network network) {
        return NETWORK_LABEL_PREFIX + KubernetesNames.of(network.qualifiedName());
    }

    static Map<String, Object> object(String apiVersion, String kind, String name, Map<String, Object> extraMetadata,
            Map<String, Object> spec) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.putAll(extraMetadata);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("apiVersion", apiVersion);
        result.put("kind", kind);
        result.put("metadata", metadata);
        result.put("spec", spec);
        return result;
    }

    private void report(String finding) {
        unmapped.add("service " + service.qualifiedName() + ": " + finding);
    }

    List<Map<String, Object>> documents() {
        if (service.getMode() == ServiceMode.GLOBAL_JOB) {
            report("a global job (one run to completion on every node) has no Kubernetes workload; nothing was written for it.");
            return List.of();
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        documents.add(workload());
        Map<String, Object> kubernetesService = kubernetesService();
        if (kubernetesService != null) {
            documents.add(kubernetesService);
        }
        return documents;
    }

    private Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("labels", YamlText.map(APP_LABEL, name, "app.kubernetes.io/managed-by", "flotilla"));
        Map<String, Object> annotations = new LinkedHashMap<>();
        for (Label label : service.getLabels()) {
            annotations.put(label.getKey(), label.getValue() == null ? "" : label.getValue());
        }
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        return metadata;
    }

    private Map<String, Object> workload() {
        Map<String, Object> spec = new LinkedHashMap<>();
        Map<String, Object> selector = YamlText.map("matchLabels", YamlText.map(APP_LABEL, name));
        int replicas = service.isSetReplicas() ? service.getReplicas() : 1;
        switch (service.getMode()) {
        case GLOBAL -> {
            spec.put("selector", selector);
            spec.put("updateStrategy", YamlText.map("type", "RollingUpdate", "rollingUpdate",
                    YamlText.map("maxUnavailable", parallelism())));
            spec.put("template", template("Always"));
            reportUpdatePolicy();
            return object("apps/v1", "DaemonSet", name, metadata(), spec);
        }
        case REPLICATED_JOB -> {
            spec.put("completions", replicas);
            spec.put("parallelism", replicas);
            RestartPolicy restart = service.getRestartPolicy();
            if (restart != null && restart.getMaxAttempts() > 0) {
                spec.put("backoffLimit", restart.getMaxAttempts());
            }
            spec.put("template", template(
                    restart != null && restart.getCondition() == RestartCondition.NONE ? "Never" : "OnFailure"));
            return object("batch/v1", "Job", name, metadata(), spec);
        }
        default -> {
            spec.put("replicas", replicas);
            spec.put("selector", selector);
            spec.put("strategy", deploymentStrategy());
            spec.put("template", template("Always"));
            reportUpdatePolicy();
            return object("apps/v1", "Deployment", name, metadata(), spec);
        }
        }
    }

    /** Swarm's parallelism 0 means all tasks at once. */
    private Object parallelism() {
        UpdateConfig update = service.getUpdateConfig();
        int parallelism = update == null ? 1 : update.getParallelism();
        return parallelism == 0 ? "100%" : parallelism;
    }

    private Map<String, Object> deploymentStrategy() {
        UpdateConfig update = service.getUpdateConfig();
        boolean startFirst = update != null && update.getOrder() == UpdateOrder.START_FIRST;
        Map<String, Object> rollingUpdate = new LinkedHashMap<>();
        rollingUpdate.put("maxSurge", startFirst ? parallelism() : 0);
        rollingUpdate.put("maxUnavailable", startFirst ? 0 : parallelism());
        return YamlText.map("type", "RollingUpdate", "rollingUpdate", rollingUpdate);
    }

    private void reportUpdatePolicy() {
        UpdateConfig update = service.getUpdateConfig();
        if (update != null && (update.getDelay() != 0 || update.getFailureAction() != FailureAction.PAUSE
                || update.getMaxFailureRatio() != 0)) {
            report("the update delay, failure action and failure ratio have no equivalent in a rolling update; left out.");
        }
        if (service.getRollbackConfig() != null) {
            report("Kubernetes does not roll back on its own (kubectl rollout undo does); the rollback policy is left out.");
        }
        RestartPolicy restart = service.getRestartPolicy();
        if (restart != null && (restart.getCondition() != RestartCondition.ANY || restart.getMaxAttempts() != 0
                || restart.getWindow() != 0)) {
            report("long-running pods always restart in Kubernetes; restart condition "
                    + restart.getCondition().getLiteral()
                    + ", max attempts and window are left out.");
        }
    }

    private Map<String, Object> template(String restartPolicy) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put(APP_LABEL, name);
        for (NetworkAttachment attachment : service.getNetworks()) {
            labels.put(networkLabel(attachment.getNetwork()), "true");
        }
        Map<String, Object> pod = new LinkedHashMap<>();
        List<Map<String, Object>> volumes = new ArrayList<>();
        pod.put("containers", List.of(container(volumes)));
        pod.put("restartPolicy", restartPolicy);
        options.putPod(pod);
        if (!volumes.isEmpty()) {
            pod.put("volumes", volumes);
        }
        Map<String, Object> affinity = affinity();
        if (!affinity.isEmpty()) {
            pod.put("affinity", affinity);
        }
        List<Map<String, Object>> spread = topologySpread();
        if (!spread.isEmpty()) {
            pod.put("topologySpreadConstraints", spread);
        }
        return YamlText.map("metadata", YamlText.map("labels", labels), "spec", pod);
    }

    private Map<String, Object> container(List<Map<String, Object>> volumes) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", name);
        if (service.getImage() != null) {
            container.put("image", service.getImage());
        } else {
            report("the service has no image (its compose file has only build:); build and push one, then set it.");
        }
        if (!service.getCommand().isEmpty()) {
            container.put("command", literal(service.getCommand()));
        }
        if (!service.getArgs().isEmpty()) {
            container.put("args", literal(service.getArgs()));
        }
        List<Map<String, Object>> env = new ArrayList<>();
        for (String entry : service.getEnv()) {
            int equals = entry.indexOf('=');
            List<Map<String, Object>> variables = options.variable(equals < 0 ? entry : entry.substring(0, equals),
                    equals < 0 ? "" : entry.substring(equals + 1));
            if (variables != null) {
                env.addAll(variables);
            }
        }
        if (!env.isEmpty()) {
            container.put("env", env);
        }
        List<Map<String, Object>> ports = containerPorts();
        if (!ports.isEmpty()) {
            container.put("ports", ports);
        }
        Map<String, Object> resources = new LinkedHashMap<>();
        putResources(resources, "requests", service.getReservations());
        putResources(resources, "limits", service.getLimits());
        if (!resources.isEmpty()) {
            container.put("resources", resources);
        }
        Map<String, Object> probe = probe(service.getHealthcheck());
        if (probe != null) {
            container.put("livenessProbe", probe);
        }
        List<Map<String, Object>> mounts = new ArrayList<>();
        for (Mount mount : service.getMounts()) {
            mount(mount, "volume-" + (volumes.size() + 1), mounts, volumes);
        }
        for (DataReference reference : service.getSecrets()) {
            data(reference, "secret-" + (volumes.size() + 1), mounts, volumes);
        }
        for (DataReference reference : service.getConfigs()) {
            data(reference, "config-" + (volumes.size() + 1), mounts, volumes);
        }
        if (!mounts.isEmpty()) {
            container.put("volumeMounts", mounts);
        }
        options.putContainer(container);
        return container;
    }

    /** Kubernetes expands {@code $(NAME)} in commands, arguments and variables; swarm does not, so it is escaped. */
    private static String literal(String text) {
        return text.replace("$(", "$$(");
    }

    private static List<String> literal(List<String> texts) {
        return texts.stream().map(PodMapping::literal).toList();
    }

    private List<Map<String, Object>> containerPorts() {
        List<Map<String, Object>> ports = new ArrayList<>();
        for (PublishedPort port : service.getPorts()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("containerPort", port.getTarget());
            result.put("protocol", port.getProtocol().getLiteral().toUpperCase(Locale.ROOT));
            if (port.getMode() == PublishMode.HOST) {
                if (port.getPublished() == 0) {
                    report("host-mode port " + port.getTarget()
                            + " has no published port; Kubernetes needs one for a hostPort, so it is only a container port.");
                } else {
                    result.put("hostPort", port.getPublished());
                }
            }
            ports.add(result);
        }
        return ports;
    }

    private static void putResources(Map<String, Object> resources, String key, Resources amounts) {
        if (amounts == null) {
            return;
        }
        Map<String, Object> quantities = new LinkedHashMap<>();
        if (amounts.getNanoCPUs() != 0) {
            quantities.put("cpu", KubernetesQuantities.cpu(amounts.getNanoCPUs()));
        }
        if (amounts.getMemoryBytes() != 0) {
            quantities.put("memory", KubernetesQuantities.memory(amounts.getMemoryBytes()));
        }
        if (!quantities.isEmpty()) {
            resources.put(key, quantities);
        }
    }

    private Map<String, Object> probe(Healthcheck healthcheck) {
        if (healthcheck == null || healthcheck.getTest().isEmpty() || "NONE".equals(healthcheck.getTest().get(0))) {
            return null;
        }
        List<String> test = healthcheck.getTest();
        List<String> command = switch (test.get(0)) {
        case "CMD" -> new ArrayList<>(test.subList(1, test.size()));
        case "CMD-SHELL" -> List.of("/bin/sh", "-c", String.join(" ", test.subList(1, test.size())));
        default -> new ArrayList<>(test);
        };
        Map<String, Object> probe = new LinkedHashMap<>();
        probe.put("exec", YamlText.map("command", command));
        probe.put("periodSeconds", seconds(healthcheck.getInterval()));
        probe.put("timeoutSeconds", seconds(healthcheck.getTimeout()));
        probe.put("failureThreshold", Math.max(1, healthcheck.getRetries()));
        if (healthcheck.getStartPeriod() != 0) {
            probe.put("initialDelaySeconds", seconds(healthcheck.getStartPeriod()));
        }
        return probe;
    }

    /** Probes count whole seconds, at least one. */
    private static int seconds(long nanos) {
        return (int) Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    private void mount(Mount mount, String volumeName, List<Map<String, Object>> mounts,
            List<Map<String, Object>> volumes) {
        Map<String, Object> volume = new LinkedHashMap<>();
        volume.put("name", volumeName);
        switch (mount.getType()) {
        case BIND -> {
            if (mount.getSource() == null || !mount.getSource().startsWith("/")) {
                report("bind mount of " + mount.getSource()
                        + " is not an absolute host path; a hostPath needs one, so the mount is left out.");
                return;
            }
            volume.put("hostPath", YamlText.map("path", mount.getSource()));
        }
        case TMPFS -> volume.put("emptyDir", YamlText.map("medium", "Memory"));
        default -> {
            volume.put("emptyDir", YamlText.map());
            if (mount.getSource() != null && !mount.getSource().isEmpty()) {
                report("the volume " + mount.getSource()
                        + " became an emptyDir, which lives only as long as the pod; use a PersistentVolumeClaim to keep its data.");
            }
        }
        }
        volumes.add(volume);
        Map<String, Object> volumeMount = new LinkedHashMap<>();
        volumeMount.put("name", volumeName);
        volumeMount.put("mountPath", mount.getTarget());
        if (mount.isReadOnly()) {
            volumeMount.put("readOnly", true);
        }
        mounts.add(volumeMount);
    }

    /** A secret as a file under /run/secrets, a config at its target (or /NAME), as swarm mounts them. */
    private void data(DataReference reference, String volumeName, List<Map<String, Object>> mounts,
            List<Map<String, Object>> volumes) {
        boolean secret = reference instanceof SecretReference;
        StoredData data = secret
                ? ((SecretReference) reference).getSecret()
                : ((ConfigReference) reference).getConfig();
        String key = data.getName();
        String target = reference.getTarget() == null || reference.getTarget().isEmpty() ? key : reference.getTarget();
        String path = target.startsWith("/") ? target : (secret ? "/run/secrets/" : "/") + target;
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", key);
        item.put("path", key);
        item.put("mode", reference.getFileMode());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(secret ? "secretName" : "name", KubernetesNames.of(data.getName()));
        source.put("items", List.of(item));
        volumes.add(YamlText.map("name", volumeName, secret ? "secret" : "configMap", source));
        mounts.add(YamlText.map("name", volumeName, "mountPath", path, "subPath", key, "readOnly", true));
        String kind = secret ? "secret generic" : "configmap";
        report("the " + (secret ? "secret " : "config ") + data.getName()
                + " must exist in Kubernetes first: kubectl create " + kind + " "
                + KubernetesNames.of(data.getName()) + " --from-file=" + key + "="
                + (data.getFile() == null ? "FILE" : data.getFile()));
        if (reference.getUid() != null || reference.getGid() != null) {
            report("the owner (uid/gid) of " + data.getName()
                    + " inside the container is left out; use the pod's securityContext.");
        }
    }

    private Map<String, Object> affinity() {
        Map<String, Object> affinity = new LinkedHashMap<>();
        List<Map<String, Object>> expressions = new ArrayList<>();
        for (Constraint constraint : service.getConstraints()) {
            ConstraintExpression expression = ConstraintParser.parseOrNull(constraint.getExpression());
            Map<String, Object> requirement = expression == null ? null : nodeRequirement(expression);
            if (requirement == null) {
                report("the constraint '" + constraint.getExpression()
                        + "' has no node label in Kubernetes; left out.");
            } else {
                expressions.add(requirement);
            }
        }
        if (!expressions.isEmpty()) {
            affinity.put("nodeAffinity", YamlText.map("requiredDuringSchedulingIgnoredDuringExecution",
                    YamlText.map("nodeSelectorTerms", List.of(YamlText.map("matchExpressions", expressions)))));
        }
        if (service.getMaxReplicasPerNode() == 1 && service.getMode() == ServiceMode.REPLICATED) {
            Map<String, Object> term = YamlText.map("labelSelector",
                    YamlText.map("matchLabels", YamlText.map(APP_LABEL, name)), "topologyKey",
                    "kubernetes.io/hostname");
            affinity.put("podAntiAffinity",
                    YamlText.map("requiredDuringSchedulingIgnoredDuringExecution", List.of(term)));
        } else if (service.getMaxReplicasPerNode() > 1) {
            report("at most " + service.getMaxReplicasPerNode()
                    + " replicas per node has no Kubernetes equivalent (only 1, as pod anti-affinity); left out.");
        }
        return affinity;
    }

    /** A node selector requirement for a swarm constraint; null when Kubernetes nodes have no matching label. */
    private static Map<String, Object> nodeRequirement(ConstraintExpression expression) {
        boolean equal = expression.operator() == ConstraintOperator.EQUAL;
        ConstraintKey key = expression.resolvedKey();
        String value = expression.value();
        String label;
        switch (key.attribute()) {
        case ROLE -> {
            boolean manager = equal == value.equalsIgnoreCase("manager");
            return YamlText.map("key", CONTROL_PLANE_LABEL, "operator", manager ? "Exists" : "DoesNotExist");
        }
        case NODE_LABEL -> label = key.label();
        case HOSTNAME -> label = "kubernetes.io/hostname";
        case OS -> label = "kubernetes.io/os";
        case ARCH -> {
            label = "kubernetes.io/arch";
            value = KubernetesQuantities.architecture(value);
        }
        default -> {
            return null;
        }
        }
        return YamlText.map("key", label, "operator", equal ? "In" : "NotIn", "values", List.of(value));
    }

    private List<Map<String, Object>> topologySpread() {
        List<Map<String, Object>> result = new ArrayList<>();
        if (service.getMode() == ServiceMode.GLOBAL) {
            return result;
        }
        for (PlacementPreference preference : service.getPreferences()) {
            String spread = preference.getSpread();
            ConstraintKey key = spread == null ? null : ConstraintKey.ofSpread(spread);
            if (key == null || key.attribute() != ConstraintKey.Attribute.NODE_LABEL) {
                report("the placement preference spread=" + spread + " spreads over no node label; left out.");
                continue;
            }
            Map<String, Object> constraint = new LinkedHashMap<>();
            constraint.put("maxSkew", 1);
            constraint.put("topologyKey", key.label());
            constraint.put("whenUnsatisfiable", "ScheduleAnyway");
            constraint.put("labelSelector", YamlText.map("matchLabels", YamlText.map(APP_LABEL, name)));
            result.add(constraint);
        }
        return result;
    }

    /**
     * NodePort for ports published through the routing mesh, ClusterIP for a service on an overlay (headless for
     * dnsrr or without ports), none otherwise. Host-mode ports are hostPorts of the container instead.
     */
    private Map<String, Object> kubernetesService() {
        List<PublishedPort> ingress = service.getPorts().stream().filter(port -> port.getMode() == PublishMode.INGRESS)
                .toList();
        boolean onOverlay = service.getNetworks().stream()
                .map(NetworkAttachment::getNetwork)
                .anyMatch(network -> network.getDriver() == NetworkDriver.OVERLAY && !network.isIngress());
        if (ingress.isEmpty() && !onOverlay || service.getMode() == ServiceMode.REPLICATED_JOB) {
            return null;
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", YamlText.map(APP_LABEL, name));
        if (!ingress.isEmpty()) {
            spec.put("type", "NodePort");
            spec.put("ports", ingress.stream().map(this::servicePort).toList());
            if (service.getEndpointMode() == EndpointMode.DNSRR) {
                report("dnsrr with published ports is refused by swarm; the NodePort Service keeps a cluster IP.");
            }
        } else {
            spec.put("type", "ClusterIP");
            spec.put("clusterIP", "None");
        }
        return object("v1", "Service", name, metadata(), spec);
    }

    private Map<String, Object> servicePort(PublishedPort port) {
        int published = port.getPublished();
        Map<String, Object> result = new LinkedHashMap<>();
        String protocol = port.getProtocol().getLiteral();
        result.put("name", protocol + "-" + (published == 0 ? port.getTarget() : published));
        result.put("protocol", protocol.toUpperCase(Locale.ROOT));
        result.put("port", published == 0 ? port.getTarget() : published);
        result.put("targetPort", port.getTarget());
        if (published >= NODE_PORT_MIN && published <= NODE_PORT_MAX) {
            result.put("nodePort", published);
        } else if (published != 0) {
            report("published port " + published + " is outside the NodePort range " + NODE_PORT_MIN + "-"
                    + NODE_PORT_MAX
                    + "; the Service listens on it inside the cluster and Kubernetes picks the node port.");
        }
        return result;
    }
}
