package flotilla.deploy.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.ContainerSpecConfig;
import com.github.dockerjava.api.model.ContainerSpecFile;
import com.github.dockerjava.api.model.ContainerSpecSecret;
import com.github.dockerjava.api.model.EndpointResolutionMode;
import com.github.dockerjava.api.model.EndpointSpec;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.NetworkAttachmentConfig;
import com.github.dockerjava.api.model.PortConfig;
import com.github.dockerjava.api.model.PortConfigProtocol;
import com.github.dockerjava.api.model.ResourceRequirements;
import com.github.dockerjava.api.model.ResourceSpecs;
import com.github.dockerjava.api.model.ServiceGlobalModeOptions;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServicePlacement;
import com.github.dockerjava.api.model.ServiceReplicatedModeOptions;
import com.github.dockerjava.api.model.ServiceRestartCondition;
import com.github.dockerjava.api.model.ServiceRestartPolicy;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.TaskSpec;
import com.github.dockerjava.api.model.UpdateFailureAction;
import com.github.dockerjava.api.model.UpdateOrder;

import org.eclipse.emf.common.util.Enumerator;

import flotilla.model.Cluster;
import flotilla.model.Config;
import flotilla.model.ConfigReference;
import flotilla.model.Constraint;
import flotilla.model.DataReference;
import flotilla.model.FailureAction;
import flotilla.model.Healthcheck;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Mount;
import flotilla.model.MountType;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.Protocol;
import flotilla.model.PublishMode;
import flotilla.model.PublishedPort;
import flotilla.model.Resources;
import flotilla.model.RestartCondition;
import flotilla.model.RestartPolicy;
import flotilla.model.Secret;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.Stack;
import flotilla.model.UpdateConfig;
import flotilla.model.defaults.SwarmDefaults;
import flotilla.model.text.EnumNames;

/**
 * Service specs between the model and the Engine API (docker-java's {@link ServiceSpec}), both
 * ways, and the comparable {@link #shape} of a spec that plans and drift are computed on. Durations
 * are nanoseconds on both sides.
 */
public final class ServiceSpecs {

    /** The label that marks what Flotilla deployed, with the model's cluster id as value. */
    public static final String MODEL_LABEL = "dev.flotilla.model";
    /** The label docker stack deploy puts on a stack's services and networks. */
    public static final String STACK_LABEL = "com.docker.stack.namespace";

    // Swarm's defaults for what a spec may leave out, from the one place that holds them (in nanoseconds).
    private static final long RESTART_DELAY = SwarmDefaults.RESTART_DELAY.toNanos();
    private static final long RESTART_WINDOW = SwarmDefaults.RESTART_WINDOW.toNanos();
    private static final long UPDATE_DELAY = SwarmDefaults.UPDATE_DELAY.toNanos();
    private static final long UPDATE_MONITOR = SwarmDefaults.UPDATE_MONITOR.toNanos();

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private ServiceSpecs() {
    }

    /** The ids of the swarm's secrets and configs by name, for the references of a spec. */
    public record DataIds(Map<String, String> secrets, Map<String, String> configs) {
    }

    /**
     * The spec deploy sends for {@code service}: its qualified name, the model's fields, and the
     * Flotilla label. Secrets and configs are given by name with the ids in {@code ids} (null while
     * planning). Job modes and placement preferences are not in docker-java's model:
     * {@link ServiceJson#toJson} adds them.
     */
    public static ServiceSpec toEngine(Service service, String clusterId, DataIds ids) {
        boolean job = service.getMode() == ServiceMode.REPLICATED_JOB || service.getMode() == ServiceMode.GLOBAL_JOB;
        ContainerSpec container = new ContainerSpec().withImage(service.getImage());
        if (!service.getCommand().isEmpty()) {
            container.withCommand(List.copyOf(service.getCommand()));
        }
        if (!service.getArgs().isEmpty()) {
            container.withArgs(List.copyOf(service.getArgs()));
        }
        if (!service.getEnv().isEmpty()) {
            container.withEnv(List.copyOf(service.getEnv()));
        }
        if (!service.getMounts().isEmpty()) {
            container.withMounts(service.getMounts().stream().map(mount -> new com.github.dockerjava.api.model.Mount()
                    .withType(EnumNames.convert(mount.getType(), com.github.dockerjava.api.model.MountType.class))
                    .withSource(mount.getSource()).withTarget(mount.getTarget())
                    .withReadOnly(mount.isReadOnly() ? Boolean.TRUE : null)).toList());
        }
        if (!service.getSecrets().isEmpty()) {
            container.withSecrets(service.getSecrets().stream().map(reference -> {
                String name = reference.getSecret().qualifiedName();
                return new ContainerSpecSecret().withSecretName(name)
                        .withSecretId(ids == null ? null : ids.secrets().get(name))
                        .withFile(file(reference, name));
            }).toList());
        }
        if (!service.getConfigs().isEmpty()) {
            container.withConfigs(service.getConfigs().stream().map(reference -> {
                String name = reference.getConfig().qualifiedName();
                return new ContainerSpecConfig().withConfigName(name)
                        .withConfigID(ids == null ? null : ids.configs().get(name))
                        .withFile(file(reference, name));
            }).toList());
        }
        Healthcheck health = service.getHealthcheck();
        if (health != null) {
            container.withHealthCheck(new HealthCheck().withTest(List.copyOf(health.getTest()))
                    .withInterval(health.getInterval()).withTimeout(health.getTimeout())
                    .withStartPeriod(health.getStartPeriod()).withRetries(health.getRetries()));
        }
        TaskSpec task = new TaskSpec().withContainerSpec(container);
        if (service.getReservations() != null || service.getLimits() != null) {
            ResourceRequirements resources = new ResourceRequirements();
            if (service.getReservations() != null) {
                resources.withReservations(resources(service.getReservations()));
            }
            if (service.getLimits() != null) {
                resources.withLimits(resources(service.getLimits()));
            }
            task.withResources(resources);
        }
        RestartPolicy restart = service.getRestartPolicy();
        if (restart == null && job) {
            // As docker service create does: a job's finished task is not run again.
            task.withRestartPolicy(new ServiceRestartPolicy().withCondition(ServiceRestartCondition.ON_FAILURE));
        } else if (restart != null) {
            task.withRestartPolicy(new ServiceRestartPolicy()
                    .withCondition(EnumNames.convert(restart.getCondition(), ServiceRestartCondition.class))
                    .withDelay(restart.getDelay()).withMaxAttempts((long) restart.getMaxAttempts())
                    .withWindow(restart.getWindow()));
        }
        if (!service.getConstraints().isEmpty() || service.getMaxReplicasPerNode() > 0) {
            ServicePlacement placement = new ServicePlacement();
            if (!service.getConstraints().isEmpty()) {
                placement.withConstraints(service.getConstraints().stream().map(Constraint::getExpression).toList());
            }
            if (service.getMaxReplicasPerNode() > 0) {
                placement.withMaxReplicas(service.getMaxReplicasPerNode());
            }
            task.withPlacement(placement);
        }
        if (!service.getNetworks().isEmpty()) {
            task.withNetworks(service.getNetworks().stream().map(attachment -> new NetworkAttachmentConfig()
                    .withTarget(attachment.getNetwork().qualifiedName())
                    .withAliases(attachment.getAliases().isEmpty() ? null : List.copyOf(attachment.getAliases())))
                    .toList());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        service.getLabels().forEach(label -> labels.put(label.getKey(), label.getValue()));
        if (service.eContainer() instanceof Stack stack) {
            labels.put(STACK_LABEL, stack.getName());
        }
        labels.put(MODEL_LABEL, clusterId);
        ServiceSpec spec = new ServiceSpec().withName(service.qualifiedName()).withTaskTemplate(task).withLabels(labels)
                .withMode(service.getMode() == ServiceMode.GLOBAL
                        ? new ServiceModeConfig().withGlobal(new ServiceGlobalModeOptions())
                        : new ServiceModeConfig().withReplicated(
                                new ServiceReplicatedModeOptions().withReplicas(service.getReplicas())));
        EndpointSpec endpoint = new EndpointSpec().withMode(
                service.getEndpointMode() == flotilla.model.EndpointMode.DNSRR
                        ? EndpointResolutionMode.DNSRR
                        : EndpointResolutionMode.VIP);
        if (!service.getPorts().isEmpty()) {
            endpoint.withPorts(service.getPorts().stream().map(port -> new PortConfig().withTargetPort(port.getTarget())
                    .withPublishedPort(port.getPublished())
                    .withProtocol(EnumNames.convert(port.getProtocol(), PortConfigProtocol.class))
                    .withPublishMode(port.getMode() == PublishMode.HOST
                            ? PortConfig.PublishMode.host
                            : PortConfig.PublishMode.ingress))
                    .toList());
        }
        spec.withEndpointSpec(endpoint);
        // Swarm refuses update and rollback configs for jobs.
        if (service.getUpdateConfig() != null && !job) {
            spec.withUpdateConfig(updateConfig(service.getUpdateConfig()));
        }
        if (service.getRollbackConfig() != null && !job) {
            spec.withRollbackConfig(updateConfig(service.getRollbackConfig()));
        }
        return spec;
    }

    /**
     * A model service for a live spec (the inverse of {@link #toEngine}); networks and secrets are
     * resolved by name in {@code cluster}, network ids through {@code networkName}.
     */
    public static Service toModel(ServiceSpec spec, Cluster cluster, Function<String, String> networkName) {
        Service service = FACTORY.createService();
        service.setName(spec.getName());
        TaskSpec task = spec.getTaskTemplate() == null ? new TaskSpec() : spec.getTaskTemplate();
        ContainerSpec container = task.getContainerSpec() == null ? new ContainerSpec() : task.getContainerSpec();
        service.setImage(container.getImage());
        service.getCommand().addAll(list(container.getCommand()));
        service.getArgs().addAll(list(container.getArgs()));
        service.getEnv().addAll(list(container.getEnv()));
        userLabels(spec.getLabels()).forEach((key, value) -> service.getLabels().add(label(key, value)));
        if (spec.getMode() != null && spec.getMode().getGlobal() != null) {
            service.setMode(ServiceMode.GLOBAL);
        } else {
            service.setMode(ServiceMode.REPLICATED);
            service.setReplicas(spec.getMode() == null || spec.getMode().getReplicated() == null
                    ? 1
                    : (int) spec.getMode().getReplicated().getReplicas());
        }
        EndpointSpec endpoint = spec.getEndpointSpec();
        if (endpoint != null) {
            service.setEndpointMode(endpoint.getMode() == EndpointResolutionMode.DNSRR
                    ? flotilla.model.EndpointMode.DNSRR
                    : flotilla.model.EndpointMode.VIP);
            for (PortConfig port : list(endpoint.getPorts())) {
                PublishedPort published = FACTORY.createPublishedPort();
                published.setTarget(port.getTargetPort());
                published.setPublished(port.getPublishedPort());
                published.setProtocol(port.getProtocol() == null
                        ? Protocol.TCP
                        : EnumNames.convert(port.getProtocol(), Protocol.class));
                published.setMode(
                        port.getPublishMode() == PortConfig.PublishMode.host ? PublishMode.HOST : PublishMode.INGRESS);
                service.getPorts().add(published);
            }
        }
        Map<String, Network> networks = new LinkedHashMap<>();
        cluster.allNetworks().forEach(network -> networks.put(network.qualifiedName(), network));
        for (NetworkAttachmentConfig config : networks(spec)) {
            Network network = networks.get(networkName.apply(config.getTarget()));
            if (network != null) {
                NetworkAttachment attachment = FACTORY.createNetworkAttachment();
                attachment.setNetwork(network);
                attachment.getAliases().addAll(list(config.getAliases()));
                service.getNetworks().add(attachment);
            }
        }
        if (task.getPlacement() != null) {
            for (String expression : list(task.getPlacement().getConstraints())) {
                Constraint constraint = FACTORY.createConstraint();
                constraint.setExpression(expression);
                service.getConstraints().add(constraint);
            }
            if (task.getPlacement().getMaxReplicas() != null) {
                service.setMaxReplicasPerNode(task.getPlacement().getMaxReplicas());
            }
        }
        if (task.getResources() != null) {
            service.setReservations(modelResources(task.getResources().getReservations()));
            service.setLimits(modelResources(task.getResources().getLimits()));
        }
        ServiceRestartPolicy restart = task.getRestartPolicy();
        if (restart != null) {
            RestartPolicy policy = FACTORY.createRestartPolicy();
            if (restart.getCondition() != null) {
                policy.setCondition(EnumNames.convert(restart.getCondition(), RestartCondition.class));
            }
            policy.setDelay(restart.getDelay() == null ? RESTART_DELAY : restart.getDelay());
            policy.setMaxAttempts(restart.getMaxAttempts() == null
                    ? SwarmDefaults.RESTART_MAX_ATTEMPTS
                    : restart.getMaxAttempts().intValue());
            policy.setWindow(restart.getWindow() == null ? RESTART_WINDOW : restart.getWindow());
            service.setRestartPolicy(policy);
        }
        service.setUpdateConfig(modelUpdateConfig(spec.getUpdateConfig()));
        service.setRollbackConfig(modelUpdateConfig(spec.getRollbackConfig()));
        HealthCheck health = container.getHealthCheck();
        if (health != null && health.getTest() != null) {
            Healthcheck healthcheck = FACTORY.createHealthcheck();
            healthcheck.getTest().addAll(health.getTest());
            if (health.getInterval() != null) {
                healthcheck.setInterval(health.getInterval());
            }
            if (health.getTimeout() != null) {
                healthcheck.setTimeout(health.getTimeout());
            }
            if (health.getStartPeriod() != null) {
                healthcheck.setStartPeriod(health.getStartPeriod());
            }
            if (health.getRetries() != null) {
                healthcheck.setRetries(health.getRetries());
            }
            service.setHealthcheck(healthcheck);
        }
        for (com.github.dockerjava.api.model.Mount mount : list(container.getMounts())) {
            Mount modelMount = FACTORY.createMount();
            modelMount.setType(
                    mount.getType() == null ? MountType.VOLUME : EnumNames.convert(mount.getType(), MountType.class));
            modelMount.setSource(mount.getSource());
            modelMount.setTarget(mount.getTarget());
            modelMount.setReadOnly(Boolean.TRUE.equals(mount.getReadOnly()));
            service.getMounts().add(modelMount);
        }
        Map<String, Secret> secrets = new LinkedHashMap<>();
        cluster.getSecrets().forEach(secret -> secrets.put(secret.qualifiedName(), secret));
        for (ContainerSpecSecret secret : list(container.getSecrets())) {
            Secret target = secrets.get(secret.getSecretName());
            if (target == null) {
                continue;
            }
            SecretReference reference = FACTORY.createSecretReference();
            reference.setSecret(target);
            reference(reference, secret.getSecretName(), secret.getFile());
            service.getSecrets().add(reference);
        }
        Map<String, Config> configs = new LinkedHashMap<>();
        cluster.getConfigs().forEach(config -> configs.put(config.qualifiedName(), config));
        for (ContainerSpecConfig config : list(container.getConfigs())) {
            Config target = configs.get(config.getConfigName());
            if (target == null) {
                continue;
            }
            ConfigReference reference = FACTORY.createConfigReference();
            reference.setConfig(target);
            reference(reference, config.getConfigName(), config.getFile());
            service.getConfigs().add(reference);
        }
        return service;
    }

    /**
     * What deploy manages of a spec, with swarm's defaults filled in and ids turned into names, as
     * field name to a printable value: two specs that run the same tasks have equal shapes.
     */
    public static Map<String, String> shape(ServiceSpec spec, Function<String, String> networkName) {
        Map<String, String> shape = new LinkedHashMap<>();
        TaskSpec task = spec.getTaskTemplate() == null ? new TaskSpec() : spec.getTaskTemplate();
        ContainerSpec container = task.getContainerSpec() == null ? new ContainerSpec() : task.getContainerSpec();
        shape.put("image", String.valueOf(container.getImage()));
        shape.put("command", list(container.getCommand()).toString());
        shape.put("args", list(container.getArgs()).toString());
        shape.put("env", list(container.getEnv()).toString());
        shape.put("labels", userLabels(spec.getLabels()).toString());
        boolean global = spec.getMode() != null && spec.getMode().getGlobal() != null;
        shape.put("mode", global ? "global" : "replicated");
        if (!global) {
            shape.put("replicas", String.valueOf(spec.getMode() == null || spec.getMode().getReplicated() == null
                    ? 1
                    : spec.getMode().getReplicated().getReplicas()));
        }
        EndpointSpec endpoint = spec.getEndpointSpec() == null ? new EndpointSpec() : spec.getEndpointSpec();
        shape.put("endpoint-mode", endpoint.getMode() == EndpointResolutionMode.DNSRR ? "dnsrr" : "vip");
        shape.put("ports", list(endpoint.getPorts()).stream()
                .map(port -> "mode=" + (port.getPublishMode() == PortConfig.PublishMode.host ? "host" : "ingress")
                        + ",published=" + port.getPublishedPort() + ",target=" + port.getTargetPort() + "/"
                        + swarmName(port.getProtocol(), Protocol.class, Protocol.TCP))
                .sorted().toList().toString());
        shape.put("networks", networks(spec).stream()
                .map(config -> networkName.apply(config.getTarget())
                        + (list(config.getAliases()).isEmpty() ? "" : list(config.getAliases()).toString()))
                .sorted().toList().toString());
        ServicePlacement placement = task.getPlacement() == null ? new ServicePlacement() : task.getPlacement();
        shape.put("constraints",
                list(placement.getConstraints()).stream().map(c -> c.replace(" ", "")).sorted().toList().toString());
        shape.put("max-replicas-per-node",
                String.valueOf(placement.getMaxReplicas() == null ? 0 : placement.getMaxReplicas()));
        ResourceRequirements resources = task.getResources() == null ? new ResourceRequirements() : task.getResources();
        shape.put("reservations", resources(resources.getReservations()));
        shape.put("limits", resources(resources.getLimits()));
        ServiceRestartPolicy restart = task.getRestartPolicy() == null
                ? new ServiceRestartPolicy()
                : task.getRestartPolicy();
        shape.put("restart-policy",
                "condition="
                        + swarmName(restart.getCondition(), RestartCondition.class,
                                RestartCondition.get(SwarmDefaults.RESTART_CONDITION))
                        + ",delay=" + or(restart.getDelay(), RESTART_DELAY) + ",max-attempts="
                        + or(restart.getMaxAttempts(), (long) SwarmDefaults.RESTART_MAX_ATTEMPTS)
                        + ",window=" + or(restart.getWindow(), RESTART_WINDOW));
        shape.put("update-config", updateShape(spec.getUpdateConfig()));
        shape.put("rollback-config", updateShape(spec.getRollbackConfig()));
        HealthCheck health = container.getHealthCheck();
        shape.put("healthcheck", health == null || health.getTest() == null
                ? "none"
                : health.getTest() + ",interval=" + or(health.getInterval(), 0L) + ",timeout="
                        + or(health.getTimeout(), 0L)
                        + ",start-period=" + or(health.getStartPeriod(), 0L) + ",retries="
                        + or(health.getRetries(), 0));
        shape.put("mounts", list(container.getMounts()).stream()
                .map(mount -> "type=" + swarmName(mount.getType(), MountType.class, MountType.VOLUME)
                        + ",source=" + mount.getSource() + ",target=" + mount.getTarget()
                        + (Boolean.TRUE.equals(mount.getReadOnly()) ? ",readonly" : ""))
                .toList().toString());
        shape.put("secrets", list(container.getSecrets()).stream()
                .map(secret -> fileShape(secret.getSecretName(), secret.getFile())).sorted().toList().toString());
        shape.put("configs", list(container.getConfigs()).stream()
                .map(config -> fileShape(config.getConfigName(), config.getFile())).sorted().toList().toString());
        return shape;
    }

    private static String fileShape(String name, ContainerSpecFile file) {
        ContainerSpecFile f = file == null ? new ContainerSpecFile() : file;
        return "source=" + name + ",target=" + (f.getName() == null ? name : f.getName())
                + ",uid=" + (f.getUid() == null ? "0" : f.getUid()) + ",gid=" + (f.getGid() == null ? "0" : f.getGid())
                + ",mode=" + Long.toOctalString(or(f.getMode(), (long) SwarmDefaults.SECRET_MODE));
    }

    /** The file a secret or config is given to the tasks as; swarm's defaults spelled out. */
    private static ContainerSpecFile file(DataReference reference, String name) {
        return new ContainerSpecFile()
                .withName(blankToNull(reference.getTarget()) == null ? name : reference.getTarget())
                .withUid(blankToNull(reference.getUid()) == null ? "0" : reference.getUid())
                .withGid(blankToNull(reference.getGid()) == null ? "0" : reference.getGid())
                .withMode((long) reference.getFileMode());
    }

    /** Sets what a live file reference says on the model's {@code reference}. */
    private static void reference(DataReference reference, String name, ContainerSpecFile file) {
        if (file == null) {
            return;
        }
        if (!Objects.equals(file.getName(), name)) {
            reference.setTarget(file.getName());
        }
        reference.setUid(file.getUid());
        reference.setGid(file.getGid());
        if (file.getMode() != null) {
            reference.setFileMode(file.getMode().intValue());
        }
    }

    /** The labels of a spec that the model holds: all but Flotilla's and the stack's own. */
    public static Map<String, String> userLabels(Map<String, String> labels) {
        Map<String, String> user = new LinkedHashMap<>();
        if (labels != null) {
            labels.forEach((key, value) -> {
                if (!key.equals(MODEL_LABEL) && !key.equals(STACK_LABEL)) {
                    user.put(key, value);
                }
            });
        }
        return user;
    }

    private static List<NetworkAttachmentConfig> networks(ServiceSpec spec) {
        if (spec.getTaskTemplate() != null && spec.getTaskTemplate().getNetworks() != null) {
            return spec.getTaskTemplate().getNetworks();
        }
        return list(spec.getNetworks());
    }

    /** Swarm's name for an Engine API constant: the literal of the model's same-named constant, else the default's. */
    private static <M extends Enum<M> & Enumerator> String swarmName(Enum<?> value, Class<M> model, M absent) {
        return value == null ? absent.getLiteral() : EnumNames.convert(value, model).getLiteral();
    }

    private static String updateShape(com.github.dockerjava.api.model.UpdateConfig config) {
        com.github.dockerjava.api.model.UpdateConfig c = config == null
                ? new com.github.dockerjava.api.model.UpdateConfig()
                : config;
        return "parallelism=" + or(c.getParallelism(), (long) SwarmDefaults.UPDATE_PARALLELISM) + ",delay="
                + or(c.getDelay(), UPDATE_DELAY)
                + ",failure-action="
                + swarmName(c.getFailureAction(), FailureAction.class,
                        FailureAction.get(SwarmDefaults.UPDATE_FAILURE_ACTION))
                + ",monitor=" + (c.getMonitor() == null || c.getMonitor() == 0 ? UPDATE_MONITOR : c.getMonitor())
                + ",max-failure-ratio=" + or(c.getMaxFailureRatio(), (float) SwarmDefaults.UPDATE_MAX_FAILURE_RATIO)
                + ",order=" + swarmName(c.getOrder(), flotilla.model.UpdateOrder.class,
                        flotilla.model.UpdateOrder.get(SwarmDefaults.UPDATE_ORDER));
    }

    private static com.github.dockerjava.api.model.UpdateConfig updateConfig(UpdateConfig config) {
        return new com.github.dockerjava.api.model.UpdateConfig().withParallelism((long) config.getParallelism())
                .withDelay(config.getDelay())
                .withFailureAction(EnumNames.convert(config.getFailureAction(), UpdateFailureAction.class))
                .withMonitor(config.getMonitor()).withMaxFailureRatio((float) config.getMaxFailureRatio())
                .withOrder(EnumNames.convert(config.getOrder(), UpdateOrder.class));
    }

    private static UpdateConfig modelUpdateConfig(com.github.dockerjava.api.model.UpdateConfig config) {
        if (config == null) {
            return null;
        }
        UpdateConfig model = FACTORY.createUpdateConfig();
        model.setParallelism(or(config.getParallelism(), (long) SwarmDefaults.UPDATE_PARALLELISM).intValue());
        model.setDelay(or(config.getDelay(), UPDATE_DELAY));
        if (config.getFailureAction() != null) {
            model.setFailureAction(EnumNames.convert(config.getFailureAction(), FailureAction.class));
        }
        model.setMonitor(
                config.getMonitor() == null || config.getMonitor() == 0 ? UPDATE_MONITOR : config.getMonitor());
        model.setMaxFailureRatio(or(config.getMaxFailureRatio(), (float) SwarmDefaults.UPDATE_MAX_FAILURE_RATIO));
        if (config.getOrder() != null) {
            model.setOrder(EnumNames.convert(config.getOrder(), flotilla.model.UpdateOrder.class));
        }
        return model;
    }

    private static ResourceSpecs resources(Resources resources) {
        return new ResourceSpecs().withNanoCPUs(resources.getNanoCPUs()).withMemoryBytes(resources.getMemoryBytes());
    }

    private static String resources(ResourceSpecs resources) {
        long cpus = resources == null || resources.getNanoCPUs() == null ? 0 : resources.getNanoCPUs();
        long memory = resources == null || resources.getMemoryBytes() == null ? 0 : resources.getMemoryBytes();
        return cpus == 0 && memory == 0 ? "none" : "cpus=" + cpus + ",memory=" + memory;
    }

    private static Resources modelResources(ResourceSpecs resources) {
        if (resources(resources).equals("none")) {
            return null;
        }
        Resources model = FACTORY.createResources();
        model.setNanoCPUs(resources.getNanoCPUs() == null ? 0 : resources.getNanoCPUs());
        model.setMemoryBytes(resources.getMemoryBytes() == null ? 0 : resources.getMemoryBytes());
        return model;
    }

    private static Label label(String key, String value) {
        Label label = FACTORY.createLabel();
        label.setKey(key);
        label.setValue(value);
        return label;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
