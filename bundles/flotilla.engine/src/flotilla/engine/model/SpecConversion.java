package flotilla.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;

import flotilla.engine.state.Mount;
import flotilla.engine.state.NetworkAttachmentConfig;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Resources;
import flotilla.engine.state.RestartPolicy;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.UpdateConfig;
import flotilla.model.Cluster;
import flotilla.model.Config;
import flotilla.model.ConfigReference;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.MountType;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.Protocol;
import flotilla.model.Secret;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.text.EnumNames;

/**
 * Service specs between the model (durations in nanoseconds, enumerations of its own, references)
 * and the engine (milliseconds, swarm's names, names as references). Each direction is one method,
 * so a field added to one is easy to see missing from the other.
 */
final class SpecConversion {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private SpecConversion() {
    }

    /** The engine's spec for a model service; its name is the qualified one (STACK_SERVICE). */
    static ServiceSpec toSpec(Service service) {
        return toSpec(service, Service::qualifiedName, Network::qualifiedName);
    }

    /**
     * The spec with the service and its networks named as a stack file names them, before
     * `docker stack deploy` prefixes them with the stack's name.
     */
    static ServiceSpec toStackFileSpec(Service service) {
        return toSpec(service, Service::getName, Network::getName);
    }

    private static ServiceSpec toSpec(Service service, Function<Service, String> serviceName,
            Function<Network, String> networkName) {
        ServiceSpec spec = new ServiceSpec(serviceName.apply(service), service.getImage())
                .command(service.getCommand())
                .args(service.getArgs())
                .env(service.getEnv())
                .mode(convert(service.getMode(), flotilla.engine.state.ServiceMode.class))
                .endpointMode(convert(service.getEndpointMode(), flotilla.engine.state.EndpointMode.class))
                .constraints(service.getConstraints().stream().map(c -> c.getExpression()).toList())
                .preferences(service.getPreferences().stream().map(p -> p.getSpread()).toList())
                .maxReplicasPerNode(service.getMaxReplicasPerNode())
                .labels(labels(service.getLabels()))
                .ports(service.getPorts().stream().map(SpecConversion::port).toList())
                .networks(service.getNetworks().stream().map(attachment -> attachment(attachment, networkName))
                        .toList())
                .mounts(service.getMounts().stream().map(SpecConversion::mount).toList())
                .secrets(service.getSecrets().stream().map(reference -> reference.getSecret().getName()).toList())
                .configs(service.getConfigs().stream().map(reference -> reference.getConfig().getName()).toList());
        if (!service.getMode().getLiteral().startsWith("global")) {
            spec.replicas(service.getReplicas());
        }
        if (service.getReservations() != null) {
            spec.reservations(resources(service.getReservations()));
        }
        if (service.getLimits() != null) {
            spec.limits(resources(service.getLimits()));
        }
        if (service.getRestartPolicy() != null) {
            spec.restartPolicy(restartPolicy(service.getRestartPolicy()));
        }
        if (service.getUpdateConfig() != null) {
            spec.updateConfig(updateConfig(service.getUpdateConfig()));
        }
        if (service.getRollbackConfig() != null) {
            spec.rollbackConfig(updateConfig(service.getRollbackConfig()));
        }
        return spec;
    }

    /**
     * Writes an engine spec onto a model service, resolving networks, secrets and configs by name in
     * {@code cluster}. Only what differs is replaced, so an unchanged service keeps its elements and
     * their ids; what the engine does not model (healthcheck) is left as it was.
     */
    static void applySpec(ServiceSpec spec, Service service, Cluster cluster) {
        if (!java.util.Objects.equals(spec.image(), service.getImage())) {
            service.setImage(spec.image());
        }
        sync(service.getCommand(), spec.command(), String::valueOf, String::valueOf);
        sync(service.getArgs(), spec.args(), String::valueOf, String::valueOf);
        sync(service.getEnv(), spec.env(), String::valueOf, String::valueOf);
        service.setMode(convert(spec.mode(), flotilla.model.ServiceMode.class));
        if (spec.mode().isGlobal()) {
            service.unsetReplicas();
        } else if (service.getReplicas() != spec.replicas() || !service.isSetReplicas()) {
            service.setReplicas((int) spec.replicas());
        }
        service.setEndpointMode(convert(spec.endpointMode(), flotilla.model.EndpointMode.class));
        service.setMaxReplicasPerNode((int) spec.maxReplicasPerNode());
        syncLabels(service.getLabels(), spec.labels());
        sync(service.getConstraints(), spec.constraints(), flotilla.model.Constraint::getExpression, expression -> {
            flotilla.model.Constraint constraint = FACTORY.createConstraint();
            constraint.setExpression(expression);
            return constraint;
        });
        sync(service.getPreferences(), spec.preferences(), flotilla.model.PlacementPreference::getSpread, spread -> {
            flotilla.model.PlacementPreference preference = FACTORY.createPlacementPreference();
            preference.setSpread(spread);
            return preference;
        });
        sync(service.getPorts(), spec.ports(), SpecConversion::port, port -> {
            flotilla.model.PublishedPort published = FACTORY.createPublishedPort();
            published.setTarget(port.target());
            published.setPublished(port.published());
            published.setProtocol(Protocol.get(port.protocol()));
            published.setMode(convert(port.mode(), flotilla.model.PublishMode.class));
            return published;
        });
        Map<String, Network> networks = byName(cluster.allNetworks(), Network::qualifiedName);
        sync(service.getNetworks(), spec.networks(), attachment -> attachment(attachment, Network::qualifiedName),
                config -> {
                    NetworkAttachment attachment = FACTORY.createNetworkAttachment();
                    attachment.setNetwork(networks.get(config.target()));
                    attachment.getAliases().addAll(config.aliases());
                    return attachment;
                });
        sync(service.getMounts(), spec.mounts(), SpecConversion::mount, mount -> {
            flotilla.model.Mount modelMount = FACTORY.createMount();
            modelMount.setType(MountType.get(mount.type()));
            modelMount.setSource(mount.source());
            modelMount.setTarget(mount.target());
            modelMount.setReadOnly(mount.readOnly());
            return modelMount;
        });
        Map<String, Secret> secrets = byName(cluster.getSecrets(), Secret::getName);
        sync(service.getSecrets(), spec.secrets(), reference -> reference.getSecret().getName(), name -> {
            SecretReference reference = FACTORY.createSecretReference();
            reference.setSecret(secrets.get(name));
            return reference;
        });
        Map<String, Config> configs = byName(cluster.getConfigs(), Config::getName);
        sync(service.getConfigs(), spec.configs(), reference -> reference.getConfig().getName(), name -> {
            ConfigReference reference = FACTORY.createConfigReference();
            reference.setConfig(configs.get(name));
            return reference;
        });
        if (!Objects.equals(optional(service.getReservations(), SpecConversion::resources), spec.reservations())) {
            service.setReservations(spec.reservations().isNone() ? null : modelResources(spec.reservations()));
        }
        if (!Objects.equals(optional(service.getLimits(), SpecConversion::resources), spec.limits())) {
            service.setLimits(spec.limits().isNone() ? null : modelResources(spec.limits()));
        }
        if (!Objects.equals(optional(service.getRestartPolicy(), SpecConversion::restartPolicy),
                spec.restartPolicy())) {
            service.setRestartPolicy(modelRestartPolicy(spec.restartPolicy()));
        }
        if (!Objects.equals(optional(service.getUpdateConfig(), SpecConversion::updateConfig), spec.updateConfig())) {
            service.setUpdateConfig(modelUpdateConfig(spec.updateConfig()));
        }
        if (!Objects.equals(optional(service.getRollbackConfig(), SpecConversion::updateConfig),
                spec.rollbackConfig())) {
            service.setRollbackConfig(modelUpdateConfig(spec.rollbackConfig()));
        }
    }

    static Resources resources(flotilla.model.Resources resources) {
        return new Resources(resources.getNanoCPUs(), resources.getMemoryBytes());
    }

    static flotilla.model.Resources modelResources(Resources resources) {
        flotilla.model.Resources modelResources = FACTORY.createResources();
        modelResources.setNanoCPUs(resources.nanoCpus());
        modelResources.setMemoryBytes(resources.memoryBytes());
        return modelResources;
    }

    static Map<String, String> labels(List<Label> labels) {
        Map<String, String> map = new LinkedHashMap<>();
        labels.forEach(label -> map.put(label.getKey(), label.getValue()));
        return map;
    }

    static void syncLabels(EList<Label> labels, Map<String, String> wanted) {
        sync(labels, List.copyOf(wanted.entrySet()), label -> Map.entry(label.getKey(), label.getValue()),
                entry -> label(entry.getKey(), entry.getValue()));
    }

    private static Label label(String key, String value) {
        Label label = FACTORY.createLabel();
        label.setKey(key);
        label.setValue(value);
        return label;
    }

    /** Same-named constants: both sides spell swarm's values alike. */
    static <E extends Enum<E>> E convert(Enum<?> value, Class<E> type) {
        return EnumNames.convert(value, type);
    }

    static <T> Map<String, T> byName(List<T> elements, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        elements.forEach(element -> map.put(name.apply(element), element));
        return map;
    }

    /**
     * Makes {@code list} hold {@code wanted}, compared through {@code view}; an equal list is left
     * alone, so its elements keep their ids.
     */
    static <T, V> void sync(EList<T> list, List<V> wanted, Function<T, V> view, Function<V, T> create) {
        if (!list.stream().map(view).toList().equals(wanted)) {
            list.clear();
            wanted.forEach(value -> list.add(create.apply(value)));
        }
    }

    private static <T, V> V optional(T element, Function<T, V> convert) {
        return element == null ? null : convert.apply(element);
    }

    private static PublishedPort port(flotilla.model.PublishedPort port) {
        return new PublishedPort(port.getTarget(), port.getPublished(), port.getProtocol().getLiteral(),
                convert(port.getMode(), flotilla.engine.state.PublishMode.class));
    }

    private static NetworkAttachmentConfig attachment(NetworkAttachment attachment,
            Function<Network, String> networkName) {
        return new NetworkAttachmentConfig(networkName.apply(attachment.getNetwork()),
                List.copyOf(attachment.getAliases()));
    }

    private static Mount mount(flotilla.model.Mount mount) {
        return new Mount(mount.getType().getLiteral(), mount.getSource(), mount.getTarget(), mount.isReadOnly());
    }

    private static RestartPolicy restartPolicy(flotilla.model.RestartPolicy policy) {
        return new RestartPolicy(convert(policy.getCondition(), flotilla.engine.state.RestartCondition.class),
                millis(policy.getDelay()), policy.getMaxAttempts(), millis(policy.getWindow()));
    }

    private static flotilla.model.RestartPolicy modelRestartPolicy(RestartPolicy policy) {
        flotilla.model.RestartPolicy modelPolicy = FACTORY.createRestartPolicy();
        modelPolicy.setCondition(convert(policy.condition(), flotilla.model.RestartCondition.class));
        modelPolicy.setDelay(nanos(policy.delayMillis()));
        modelPolicy.setMaxAttempts((int) policy.maxAttempts());
        modelPolicy.setWindow(nanos(policy.windowMillis()));
        return modelPolicy;
    }

    private static UpdateConfig updateConfig(flotilla.model.UpdateConfig config) {
        return new UpdateConfig(config.getParallelism(), millis(config.getDelay()),
                convert(config.getFailureAction(), flotilla.engine.state.FailureAction.class),
                millis(config.getMonitor()), config.getMaxFailureRatio(),
                convert(config.getOrder(), flotilla.engine.state.UpdateOrder.class));
    }

    private static flotilla.model.UpdateConfig modelUpdateConfig(UpdateConfig config) {
        flotilla.model.UpdateConfig modelConfig = FACTORY.createUpdateConfig();
        modelConfig.setParallelism(config.parallelism());
        modelConfig.setDelay(nanos(config.delayMillis()));
        modelConfig.setFailureAction(convert(config.failureAction(), flotilla.model.FailureAction.class));
        modelConfig.setMonitor(nanos(config.monitorMillis()));
        modelConfig.setMaxFailureRatio(config.maxFailureRatio());
        modelConfig.setOrder(convert(config.order(), flotilla.model.UpdateOrder.class));
        return modelConfig;
    }

    private static long millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }

    private static long nanos(long millis) {
        return millis * NANOS_PER_MILLI;
    }
}
