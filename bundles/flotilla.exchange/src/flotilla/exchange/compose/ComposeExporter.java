package flotilla.exchange.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

import flotilla.exchange.yaml.YamlText;
import flotilla.model.Cluster;
import flotilla.model.ConfigReference;
import flotilla.model.Constraint;
import flotilla.model.CredentialSpec;
import flotilla.model.LogDriver;
import flotilla.model.Ulimit;
import flotilla.model.Volume;
import flotilla.model.DataReference;
import flotilla.model.EndpointMode;
import flotilla.model.Healthcheck;
import flotilla.model.Label;
import flotilla.model.Mount;
import flotilla.model.MountType;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.PlacementPreference;
import flotilla.model.PublishedPort;
import flotilla.model.Resources;
import flotilla.model.RestartPolicy;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.Stack;
import flotilla.model.StoredData;
import flotilla.model.UpdateConfig;
import flotilla.model.text.Quantities;

/**
 * Writes the services of a cluster's top level, or of one of its stacks, as a version 3.9 compose file that
 * {@code docker stack deploy} (and {@code docker stack config}) accepts and that {@link ComposeImporter} reads back to
 * the same services. Every value is written explicitly, swarm's defaults included, so that tools defaulting
 * differently (the compose specification's restart delay is 0, swarm's 5s) deploy the same thing. Networks outside
 * the exported scope, and the ones swarm creates itself, are written as external.
 */
public final class ComposeExporter {
    /** The version written: the last of the 3.x line, read by every docker CLI that has swarm mode's newer fields. */
    static final String VERSION = "3.9";

    /** The version a file needs for healthcheck start_interval. */
    static final String VERSION_START_INTERVAL = "3.12";

    /** The version a file needs for oom_score_adj. */
    static final String VERSION_OOM_SCORE_ADJ = "3.13";

    private final Cluster cluster;

    private final EObject scope;

    private final Map<String, Object> volumes = new LinkedHashMap<>();

    private final Map<String, Object> secrets = new LinkedHashMap<>();

    private final Map<String, Object> configs = new LinkedHashMap<>();

    private final Map<String, Object> externalNetworks = new LinkedHashMap<>();

    private String version = VERSION;

    private ComposeExporter(Cluster cluster, EObject scope) {
        this.cluster = cluster;
        this.scope = scope;
    }

    /**
     * The compose file for the stack named {@code stackName}, or for the cluster's top-level services and networks when
     * it is null.
     *
     * @throws IllegalArgumentException when the cluster has no such stack
     */
    public static String write(Cluster cluster, String stackName) {
        EObject scope = stackName == null
                ? cluster
                : cluster.getStacks().stream()
                        .filter(stack -> stackName.equals(stack.getName()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "the model has no stack named " + stackName + "; its stacks: " + stackNames(cluster)));
        return YamlText.write(escapeDollars(new ComposeExporter(cluster, scope).document()));
    }

    /**
     * Doubles every {@code $} in the values: docker substitutes variables in every value it reads, so a model's
     * literal {@code $HOME} must be written {@code $$HOME}. Keys are not substituted and stay as they are.
     */
    private static Object escapeDollars(Object value) {
        if (value instanceof String text) {
            return text.replace("$", "$$");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ComposeExporter::escapeDollars).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> escaped = new LinkedHashMap<>();
            map.forEach((key, entry) -> escaped.put(key, escapeDollars(entry)));
            return escaped;
        }
        return value;
    }

    /**
     * The stack to export when the user names none: null (the top level) when the cluster has top-level services or no
     * stacks, the only stack when there is one.
     *
     * @throws IllegalArgumentException when there are several stacks and nothing at the top level
     */
    public static String defaultStack(Cluster cluster) {
        if (!cluster.getServices().isEmpty() || cluster.getStacks().isEmpty()) {
            return null;
        }
        if (cluster.getStacks().size() == 1) {
            return cluster.getStacks().get(0).getName();
        }
        throw new IllegalArgumentException(
                "the model has several stacks; name the one to export: " + stackNames(cluster));
    }

    private static String stackNames(Cluster cluster) {
        return String.join(", ", cluster.getStacks().stream().map(Stack::getName).toList());
    }

    private EList<Service> services() {
        return scope instanceof Stack stack ? stack.getServices() : cluster.getServices();
    }

    private List<Network> networks() {
        return scope instanceof Stack stack
                ? stack.getNetworks()
                : cluster.getNetworks().stream().filter(network -> !network.isImplicit()).toList();
    }

    private Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        Map<String, Object> services = new LinkedHashMap<>();
        for (Service service : services()) {
            services.put(service.getName(), service(service));
        }
        document.put("version", version);
        document.put("services", services);
        for (Volume volume : scope instanceof Stack stack ? stack.getVolumes() : cluster.getVolumes()) {
            volumes.put(volume.getName(), volume(volume));
        }
        Map<String, Object> networks = new LinkedHashMap<>();
        for (Network network : networks()) {
            networks.put(network.getName(), network(network));
        }
        networks.putAll(externalNetworks);
        putIfNotEmpty(document, "networks", networks);
        putIfNotEmpty(document, "volumes", volumes);
        putIfNotEmpty(document, "secrets", secrets);
        putIfNotEmpty(document, "configs", configs);
        return document;
    }

    private Map<String, Object> service(Service service) {
        Map<String, Object> result = new LinkedHashMap<>();
        putIfNotNull(result, "image", service.getImage());
        putIfNotEmpty(result, "entrypoint", new ArrayList<>(service.getCommand()));
        putIfNotEmpty(result, "command", new ArrayList<>(service.getArgs()));
        putIfNotEmpty(result, "environment", new ArrayList<>(service.getEnv()));
        containerOptions(service, result);
        putIfNotEmpty(result, "ports", service.getPorts().stream().map(ComposeExporter::port).toList());
        putIfNotEmpty(result, "networks", attachments(service.getNetworks()));
        putIfNotEmpty(result, "volumes", service.getMounts().stream().map(this::mount).toList());
        putIfNotEmpty(result, "secrets",
                service.getSecrets().stream().map(reference -> reference(reference, secrets)).toList());
        putIfNotEmpty(result, "configs",
                service.getConfigs().stream().map(reference -> reference(reference, configs)).toList());
        if (service.getHealthcheck() != null) {
            result.put("healthcheck", healthcheck(service.getHealthcheck()));
        }
        result.put("deploy", deploy(service));
        return result;
    }

    private static Map<String, Object> port(PublishedPort port) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("target", port.getTarget());
        if (port.getPublished() != 0) {
            result.put("published", port.getPublished());
        }
        result.put("protocol", port.getProtocol().getLiteral());
        result.put("mode", port.getMode().getLiteral());
        return result;
    }

    private Map<String, Object> attachments(List<NetworkAttachment> attachments) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (NetworkAttachment attachment : attachments) {
            Map<String, Object> options = new LinkedHashMap<>();
            putIfNotEmpty(options, "aliases", new ArrayList<>(attachment.getAliases()));
            putIfNotEmpty(options, "driver_opts", labels(attachment.getDriverOptions()));
            result.put(networkKey(attachment.getNetwork()), options);
        }
        return result;
    }

    /** The network's key in this file: its name inside the scope, else its swarm name, declared external. */
    private String networkKey(Network network) {
        if (network.eContainer() == scope && !network.isImplicit()) {
            return network.getName();
        }
        String name = network.qualifiedName();
        Map<String, Object> external = new LinkedHashMap<>();
        external.put("external", true);
        external.put("name", name);
        externalNetworks.put(name, external);
        return name;
    }

    private Map<String, Object> mount(Mount mount) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", mount.getType().getLiteral());
        if (mount.getSource() != null) {
            result.put("source", mount.getSource());
            if (mount.getType() == MountType.VOLUME && !mount.getSource().isEmpty()) {
                volumes.putIfAbsent(mount.getSource(), new LinkedHashMap<>());
            }
        }
        result.put("target", mount.getTarget());
        if (mount.isReadOnly()) {
            result.put("read_only", true);
        }
        putIfNotNull(result, "consistency", mount.getConsistency());
        if (mount.getPropagation() != null) {
            result.put("bind", Map.of("propagation", mount.getPropagation()));
        }
        if (mount.isNoCopy()) {
            result.put("volume", Map.of("nocopy", true));
        }
        if (mount.getTmpfsSize() != 0) {
            result.put("tmpfs", Map.of("size", mount.getTmpfsSize()));
        }
        return result;
    }

    private static Map<String, Object> reference(DataReference reference, Map<String, Object> declared) {
        StoredData data = reference instanceof SecretReference secret
                ? secret.getSecret()
                : ((ConfigReference) reference).getConfig();
        Map<String, Object> definition = new LinkedHashMap<>();
        if (data.isExternal()) {
            definition.put("external", true);
        } else {
            definition.put("file", data.getFile());
        }
        putIfNotNull(definition, "name", data.getSwarmName());
        putIfNotEmpty(definition, "labels", labels(data.getLabels()));
        putIfNotNull(definition, "driver", data.getDriver());
        putIfNotEmpty(definition, "driver_opts", labels(data.getDriverOptions()));
        putIfNotNull(definition, "template_driver", data.getTemplateDriver());
        declared.put(data.getName(), definition);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("source", data.getName());
        putIfNotNull(result, "target", reference.getTarget());
        putIfNotNull(result, "uid", reference.getUid());
        putIfNotNull(result, "gid", reference.getGid());
        result.put("mode", reference.getFileMode());
        return result;
    }

    private Map<String, Object> healthcheck(Healthcheck healthcheck) {
        Map<String, Object> result = new LinkedHashMap<>();
        putIfNotEmpty(result, "test", new ArrayList<>(healthcheck.getTest()));
        result.put("interval", Quantities.duration(healthcheck.getInterval()));
        result.put("timeout", Quantities.duration(healthcheck.getTimeout()));
        result.put("start_period", Quantities.duration(healthcheck.getStartPeriod()));
        result.put("retries", healthcheck.getRetries());
        if (healthcheck.getStartInterval() != 0) {
            result.put("start_interval", Quantities.duration(healthcheck.getStartInterval()));
            needVersion(VERSION_START_INTERVAL);
        }
        return result;
    }

    private static Map<String, Object> deploy(Service service) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", service.getMode().getLiteral());
        if (service.isSetReplicas()) {
            result.put("replicas", service.getReplicas());
        }
        if (service.getEndpointMode() != EndpointMode.VIP) {
            result.put("endpoint_mode", service.getEndpointMode().getLiteral());
        }
        putIfNotEmpty(result, "labels", labels(service.getLabels()));
        Map<String, Object> placement = new LinkedHashMap<>();
        putIfNotEmpty(placement, "constraints",
                service.getConstraints().stream().map(Constraint::getExpression).toList());
        putIfNotEmpty(placement, "preferences",
                service.getPreferences().stream().map(ComposeExporter::preference).toList());
        if (service.getMaxReplicasPerNode() != 0) {
            placement.put("max_replicas_per_node", service.getMaxReplicasPerNode());
        }
        putIfNotEmpty(result, "placement", placement);
        Map<String, Object> resources = new LinkedHashMap<>();
        putIfNotNull(resources, "limits", resources(service.getLimits()));
        putIfNotNull(resources, "reservations", resources(service.getReservations()));
        putIfNotEmpty(result, "resources", resources);
        putIfNotNull(result, "restart_policy", restartPolicy(service.getRestartPolicy()));
        putIfNotNull(result, "update_config", updateConfig(service.getUpdateConfig()));
        putIfNotNull(result, "rollback_config", updateConfig(service.getRollbackConfig()));
        return result;
    }

    private static Map<String, Object> preference(PlacementPreference preference) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("spread", preference.getSpread());
        return result;
    }

    private static Map<String, Object> resources(Resources resources) {
        if (resources == null) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (resources.getNanoCPUs() != 0) {
            result.put("cpus", Units.cpus(resources.getNanoCPUs()));
        }
        if (resources.getMemoryBytes() != 0) {
            result.put("memory", Units.size(resources.getMemoryBytes()));
        }
        if (resources.getPids() != 0) {
            result.put("pids", resources.getPids());
        }
        putIfNotEmpty(result, "generic_resources", resources.getGenericResources().stream().map(resource -> {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("kind", resource.getKind());
            spec.put("value", resource.getValue());
            return Map.<String, Object>of("discrete_resource_spec", spec);
        }).toList());
        return result;
    }

    private static Map<String, Object> restartPolicy(RestartPolicy policy) {
        if (policy == null) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("condition", policy.getCondition().getLiteral());
        result.put("delay", Quantities.duration(policy.getDelay()));
        result.put("max_attempts", policy.getMaxAttempts());
        result.put("window", Quantities.duration(policy.getWindow()));
        return result;
    }

    private static Map<String, Object> updateConfig(UpdateConfig config) {
        if (config == null) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("parallelism", config.getParallelism());
        result.put("delay", Quantities.duration(config.getDelay()));
        result.put("failure_action", config.getFailureAction().getLiteral());
        result.put("monitor", Quantities.duration(config.getMonitor()));
        result.put("max_failure_ratio", config.getMaxFailureRatio());
        result.put("order", config.getOrder().getLiteral());
        return result;
    }

    private static Map<String, Object> network(Network network) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (network.isExternal()) {
            result.put("external", true);
            result.put("name", network.qualifiedName());
            return result;
        }
        putIfNotNull(result, "name", network.getSwarmName());
        result.put("driver", network.getDriver().getLiteral());
        putIfNotEmpty(result, "labels", labels(network.getLabels()));
        if (network.isAttachable()) {
            result.put("attachable", true);
        }
        if (network.isInternal()) {
            result.put("internal", true);
        }
        Map<String, Object> options = labels(network.getDriverOptions());
        if (network.isEncrypted()) {
            options.putIfAbsent("encrypted", "");
        }
        putIfNotEmpty(result, "driver_opts", options);
        Map<String, Object> ipam = new LinkedHashMap<>();
        putIfNotNull(ipam, "driver", network.getIpamDriver());
        if (network.getSubnet() != null) {
            ipam.put("config", List.of(Map.of("subnet", network.getSubnet())));
        }
        putIfNotEmpty(result, "ipam", ipam);
        putIfNotNull(result, ComposeImporter.GATEWAY_EXTENSION, network.getGateway());
        return result;
    }

    private static Map<String, Object> volume(Volume volume) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (volume.isExternal()) {
            result.put("external", true);
        }
        putIfNotNull(result, "name", volume.getSwarmName());
        putIfNotNull(result, "driver", volume.getDriver());
        putIfNotEmpty(result, "driver_opts", labels(volume.getDriverOptions()));
        putIfNotEmpty(result, "labels", labels(volume.getLabels()));
        return result;
    }

    /** The container settings of the task template, as the service keys docker stack deploy converts them from. */
    private void containerOptions(Service service, Map<String, Object> result) {
        putIfNotNull(result, "hostname", service.getHostname());
        putIfNotNull(result, "user", service.getUser());
        putIfNotNull(result, "working_dir", service.getWorkingDir());
        putIfNotNull(result, "stop_signal", service.getStopSignal());
        if (service.isSetStopGracePeriod()) {
            result.put("stop_grace_period", Quantities.duration(service.getStopGracePeriod()));
        }
        putIfTrue(result, "tty", service.isTty());
        putIfTrue(result, "stdin_open", service.isOpenStdin());
        putIfTrue(result, "read_only", service.isReadOnly());
        if (service.isSetInit()) {
            result.put("init", service.isInit());
        }
        putIfNotNull(result, "isolation", service.getIsolation());
        if (service.getOomScoreAdj() != 0) {
            result.put("oom_score_adj", service.getOomScoreAdj());
            needVersion(VERSION_OOM_SCORE_ADJ);
        }
        putIfNotEmpty(result, "cap_add", new ArrayList<>(service.getCapabilityAdd()));
        putIfNotEmpty(result, "cap_drop", new ArrayList<>(service.getCapabilityDrop()));
        putIfNotEmpty(result, "sysctls", labels(service.getSysctls()));
        putIfNotEmpty(result, "labels", labels(service.getContainerLabels()));
        putIfNotEmpty(result, "dns", new ArrayList<>(service.getDnsNameservers()));
        putIfNotEmpty(result, "dns_search", new ArrayList<>(service.getDnsSearch()));
        putIfNotEmpty(result, "extra_hosts", new ArrayList<>(service.getExtraHosts()));
        Map<String, Object> ulimits = new LinkedHashMap<>();
        for (Ulimit ulimit : service.getUlimits()) {
            Map<String, Object> limits = new LinkedHashMap<>();
            limits.put("soft", ulimit.getSoft());
            limits.put("hard", ulimit.getHard());
            ulimits.put(ulimit.getName(), limits);
        }
        putIfNotEmpty(result, "ulimits", ulimits);
        LogDriver logDriver = service.getLogDriver();
        if (logDriver != null) {
            Map<String, Object> logging = new LinkedHashMap<>();
            putIfNotNull(logging, "driver", logDriver.getName());
            putIfNotEmpty(logging, "options", labels(logDriver.getOptions()));
            result.put("logging", logging);
        }
        CredentialSpec credentialSpec = service.getCredentialSpec();
        if (credentialSpec != null) {
            Map<String, Object> spec = new LinkedHashMap<>();
            putIfNotNull(spec, "config", credentialSpec.getConfig());
            putIfNotNull(spec, "file", credentialSpec.getFile());
            putIfNotNull(spec, "registry", credentialSpec.getRegistry());
            result.put("credential_spec", spec);
        }
    }

    /** Raises the file's version to {@code needed} when a field exists only from that version on. */
    private void needVersion(String needed) {
        if (Integer.parseInt(needed.substring(2)) > Integer.parseInt(version.substring(2))) {
            version = needed;
        }
    }

    private static Map<String, Object> labels(List<Label> labels) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Label label : labels) {
            result.put(label.getKey(), label.getValue() == null ? "" : label.getValue());
        }
        return result;
    }

    private static void putIfTrue(Map<String, Object> map, String key, boolean value) {
        if (value) {
            map.put(key, true);
        }
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putIfNotEmpty(Map<String, Object> map, String key, Object value) {
        if (value instanceof Map<?, ?> nested ? !nested.isEmpty() : !((List<?>) value).isEmpty()) {
            map.put(key, value);
        }
    }
}
