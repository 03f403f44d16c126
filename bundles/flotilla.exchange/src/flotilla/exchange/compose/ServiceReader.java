package flotilla.exchange.compose;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import flotilla.model.Config;
import flotilla.model.ConfigReference;
import flotilla.model.Constraint;
import flotilla.model.CredentialSpec;
import flotilla.model.GenericResource;
import flotilla.model.LogDriver;
import flotilla.model.Ulimit;
import flotilla.model.DataReference;
import flotilla.model.EndpointMode;
import flotilla.model.FailureAction;
import flotilla.model.Healthcheck;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Mount;
import flotilla.model.MountType;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.PlacementPreference;
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
import flotilla.model.UpdateConfig;
import flotilla.model.UpdateOrder;
import flotilla.model.constraint.ConstraintParser;
import flotilla.model.constraint.ConstraintSyntaxException;
import flotilla.model.defaults.SwarmDefaults;

/** Reads one entry of a compose file's {@code services} into a {@link Service}, {@code deploy} section included. */
final class ServiceReader {
    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private static final String IGNORED = "is ignored by docker stack deploy";

    private static final String NOT_MODELLED = "is not modelled by Flotilla";

    /** What docker stack deploy leaves out of the service spec (it prints "Ignoring unsupported options" for most). */
    private static final Map<String, String> SERVICE_REASONS = Map.ofEntries(
            Map.entry("build", IGNORED), Map.entry("cgroup_parent", IGNORED), Map.entry("cgroupns_mode", IGNORED),
            Map.entry("container_name", IGNORED),
            Map.entry("depends_on", IGNORED), Map.entry("devices", IGNORED), Map.entry("external_links", IGNORED),
            Map.entry("links", IGNORED), Map.entry("network_mode", IGNORED), Map.entry("security_opt", IGNORED),
            Map.entry("userns_mode", IGNORED), Map.entry("privileged", IGNORED),
            Map.entry("tmpfs", IGNORED + " (use a volume of type tmpfs)"),
            Map.entry("domainname", IGNORED), Map.entry("mac_address", IGNORED), Map.entry("expose", IGNORED),
            Map.entry("ipc", IGNORED),
            Map.entry("pid", IGNORED), Map.entry("shm_size", IGNORED));

    /** What docker refuses in a service before anything else, with its reasons. */
    static final Map<String, String> FORBIDDEN = Map.of(
            "extends", "Support for `extends` is not implemented yet.",
            "volume_driver",
            "Instead of setting the volume driver on the service, define a volume using the top-level `volumes` option and specify the driver there.",
            "volumes_from",
            "To share a volume between services, define it using the top-level `volumes` option and reference it from each service that shares it using the service-level `volumes` option.",
            "cpu_quota", "Set resource limits using deploy.resources",
            "cpu_shares", "Set resource limits using deploy.resources",
            "cpuset", "Set resource limits using deploy.resources",
            "mem_limit", "Set resource limits using deploy.resources",
            "memswap_limit", "Set resource limits using deploy.resources");

    private static final Map<String, String> ATTACHMENT_REASONS = Map.of("ipv4_address",
            "is not supported in swarm mode", "ipv6_address",
            "is not supported in swarm mode");

    private final ComposeSource source;

    private final Map<String, Network> networks;

    private final Set<String> volumes;

    private final Map<String, Secret> secrets;

    private final Map<String, Config> configs;

    private final Supplier<Network> defaultNetwork;

    ServiceReader(ComposeSource source, Map<String, Network> networks, Set<String> volumes, Map<String, Secret> secrets,
            Map<String, Config> configs,
            Supplier<Network> defaultNetwork) {
        this.source = source;
        this.networks = networks;
        this.volumes = volumes;
        this.secrets = secrets;
        this.configs = configs;
        this.defaultNetwork = defaultNetwork;
    }

    Service read(String name, YamlMap definition) throws ComposeException {
        Service service = FACTORY.createService();
        service.setName(name);
        service.setImage(definition.string("image"));
        if (service.getImage() == null) {
            // docker stack config accepts it; the deploy fails on it, as the daemon refuses a service without image.
            Node build = definition.get("build");
            source.warn(build != null ? build : definition.node(), "service " + name + (build != null
                    ? " has only build: and no image; docker stack deploy does not build images and cannot deploy it: build and push it, then name it with image:"
                    : " has no image; docker stack deploy cannot deploy it"));
        }
        service.getCommand().addAll(definition.strings("entrypoint", true));
        service.getArgs().addAll(definition.strings("command", true));
        readEnvironment(definition, service);
        readContainerOptions(definition, service);
        readPorts(definition, service);
        readNetworks(definition, service);
        readMounts(definition, service);
        readReferences(definition, "secrets", secrets, service.getSecrets(),
                secret -> reference(FACTORY.createSecretReference(), secret));
        readReferences(definition, "configs", configs, service.getConfigs(),
                config -> reference(FACTORY.createConfigReference(), config));
        YamlMap healthcheck = definition.map("healthcheck");
        if (healthcheck != null) {
            service.setHealthcheck(healthcheck(healthcheck));
        }
        YamlMap deploy = definition.map("deploy");
        if (deploy != null) {
            readDeploy(deploy, service);
        }
        String restart = definition.string("restart");
        if (restart != null && service.getRestartPolicy() == null) {
            service.setRestartPolicy(legacyRestart(definition.get("restart"), restart));
        }
        definition.finish(SERVICE_REASONS);
        return service;
    }

    private static SecretReference reference(SecretReference reference, Secret secret) {
        reference.setSecret(secret);
        return reference;
    }

    private static ConfigReference reference(ConfigReference reference, Config config) {
        reference.setConfig(config);
        return reference;
    }

    /**
     * The environment as docker stack deploy resolves it: the {@code env_file}s' entries, then {@code environment}'s
     * over them; a variable without a value, or with a blank one, takes the value it has where the file is deployed.
     */
    private void readEnvironment(YamlMap definition, Service service) throws ComposeException {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (ComposeSource.Item item : stringOrList(definition, "env_file")) {
            String name = source.string(item.node(), item.path());
            Path file = source.file().toAbsolutePath().resolveSibling(name);
            try {
                for (String entry : EnvFile.read(file, source::variable)) {
                    putVariable(resolved, entry);
                }
            } catch (NoSuchFileException exception) {
                throw source.error(item.node(), "open " + file + ": no such file or directory");
            } catch (IOException exception) {
                throw source.error(item.node(), "cannot read " + file + ": " + exception.getMessage());
            } catch (EnvFile.Invalid invalid) {
                throw source.error(item.node(), "invalid env file (" + file
                        + (invalid.line > 0 ? ", line " + invalid.line : "") + "): " + invalid.getMessage());
            }
        }
        Node environment = definition.get("environment");
        if (environment instanceof SequenceNode) {
            for (String entry : source.strings(environment, definition.path("environment"), false)) {
                putVariable(resolved, entry);
            }
        } else if (environment != null) {
            YamlMap map = source.map(environment, definition.path("environment"));
            for (YamlMap.Entry entry : map.entries()) {
                resolved.put(entry.key(),
                        ComposeSource.isNull(entry.value())
                                ? null
                                : source.string(entry.value(), map.path(entry.key())));
            }
        }
        resolved.forEach((name, value) -> {
            String deployed = (value == null || value.isEmpty()) ? source.variable(name) : null;
            String effective = deployed != null ? deployed : value;
            service.getEnv().add(effective == null ? name : name + "=" + effective);
        });
    }

    private static void putVariable(Map<String, String> variables, String entry) {
        int equals = entry.indexOf('=');
        variables.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? null : entry.substring(equals + 1));
    }

    /** A value docker's schema allows as one string or a list of strings. */
    private List<ComposeSource.Item> stringOrList(YamlMap definition, String key) throws ComposeException {
        Node node = definition.get(key);
        if (node == null) {
            return List.of();
        }
        return node instanceof ScalarNode
                ? List.of(new ComposeSource.Item(node, definition.path(key)))
                : source.items(node, definition.path(key));
    }

    private List<String> stringsOrOne(YamlMap definition, String key) throws ComposeException {
        List<String> result = new ArrayList<>();
        for (ComposeSource.Item item : stringOrList(definition, key)) {
            result.add(source.string(item.node(), item.path()));
        }
        return result;
    }

    /** The container settings docker stack deploy copies into the task template's container spec. */
    private void readContainerOptions(YamlMap definition, Service service) throws ComposeException {
        service.setHostname(definition.string("hostname"));
        service.setUser(definition.string("user"));
        service.setWorkingDir(definition.string("working_dir"));
        service.setStopSignal(definition.string("stop_signal"));
        ifPresent(definition.duration("stop_grace_period"), service::setStopGracePeriod);
        service.setTty(definition.bool("tty"));
        service.setOpenStdin(definition.bool("stdin_open"));
        service.setReadOnly(definition.bool("read_only"));
        ifPresent(definition.read("init", source::bool), service::setInit);
        service.setIsolation(definition.string("isolation"));
        ifPresent(definition.integer("oom_score_adj"), service::setOomScoreAdj);
        service.getCapabilityAdd().addAll(definition.strings("cap_add", false));
        service.getCapabilityDrop().addAll(definition.strings("cap_drop", false));
        KeyValues.read(source, definition, "sysctls", "=", service.getSysctls());
        KeyValues.read(source, definition, "labels", "=", service.getContainerLabels());
        service.getDnsNameservers().addAll(stringsOrOne(definition, "dns"));
        service.getDnsSearch().addAll(stringsOrOne(definition, "dns_search"));
        List<Label> hosts = new ArrayList<>();
        KeyValues.read(source, definition, "extra_hosts", ":", hosts);
        hosts.forEach(host -> service.getExtraHosts().add(host.getKey() + ":" + host.getValue()));
        YamlMap ulimits = definition.map("ulimits");
        if (ulimits != null) {
            for (YamlMap.Entry entry : ulimits.entries()) {
                Ulimit ulimit = FACTORY.createUlimit();
                ulimit.setName(entry.key());
                if (entry.value() instanceof MappingNode) {
                    YamlMap limits = source.map(entry.value(), ulimits.path(entry.key()));
                    ifPresent(limits.read("soft", source::integer), soft -> ulimit.setSoft(soft));
                    ifPresent(limits.read("hard", source::integer), hard -> ulimit.setHard(hard));
                    limits.finish(Map.of());
                } else {
                    long single = source.integer(entry.value(), ulimits.path(entry.key()));
                    ulimit.setSoft(single);
                    ulimit.setHard(single);
                }
                service.getUlimits().add(ulimit);
            }
        }
        YamlMap logging = definition.map("logging");
        if (logging != null) {
            LogDriver driver = FACTORY.createLogDriver();
            driver.setName(logging.string("driver"));
            KeyValues.read(source, logging, "options", "=", driver.getOptions());
            logging.finish(Map.of());
            service.setLogDriver(driver);
        }
        YamlMap credentialSpec = definition.map("credential_spec");
        if (credentialSpec != null) {
            CredentialSpec spec = FACTORY.createCredentialSpec();
            spec.setConfig(credentialSpec.string("config"));
            spec.setFile(credentialSpec.string("file"));
            spec.setRegistry(credentialSpec.string("registry"));
            credentialSpec.finish(Map.of());
            service.setCredentialSpec(spec);
        }
        Node dependsOn = definition.get("depends_on");
        if (dependsOn != null && !(dependsOn instanceof SequenceNode)) {
            throw source.error(dependsOn, definition.schemaPath() + ".depends_on must be a list");
        }
        if (dependsOn != null) {
            source.warn(dependsOn, definition.path("depends_on") + " " + IGNORED + "; left out");
        }
    }

    /**
     * The restart policy docker stack deploy derives from the container-style {@code restart} when
     * {@code deploy.restart_policy} is absent: always and unless-stopped restart on any exit, on-failure[:N] on failures.
     */
    private RestartPolicy legacyRestart(Node node, String text) throws ComposeException {
        String[] parts = text.split(":", 2);
        RestartPolicy policy = FACTORY.createRestartPolicy();
        switch (parts[0]) {
        case "no", "" -> {
            return null;
        }
        case "always", "unless-stopped" -> policy.setCondition(RestartCondition.ANY);
        case "on-failure" -> policy.setCondition(RestartCondition.ON_FAILURE);
        default -> throw source.error(node, "invalid restart policy: unknown policy '" + parts[0]
                + "' (must be one of 'no', 'always', 'on-failure', or 'unless-stopped')");
        }
        if (parts.length == 2) {
            try {
                policy.setMaxAttempts(Math.max(0, Integer.parseInt(parts[1])));
            } catch (NumberFormatException exception) {
                throw source.error(node, "invalid restart policy format: maximum retry count must be an integer");
            }
        }
        return policy;
    }

    private void readPorts(YamlMap definition, Service service) throws ComposeException {
        for (ComposeSource.Item item : definition.items("ports")) {
            if (item.node() instanceof MappingNode) {
                service.getPorts().add(longPort(source.map(item.node(), item.path())));
            } else {
                service.getPorts().addAll(shortPorts(item.node(), item.path()));
            }
        }
    }

    private PublishedPort longPort(YamlMap definition) throws ComposeException {
        Integer target = definition.integer("target");
        if (target == null) {
            throw source.error(definition.node(), definition.path() + " needs a target port");
        }
        PublishedPort port = FACTORY.createPublishedPort();
        port.setTarget(target);
        Integer published = definition.integer("published");
        port.setPublished(published == null ? 0 : published);
        port.setProtocol(literal(definition, "protocol", Protocol::get, Protocol.TCP, "tcp, udp or sctp"));
        port.setMode(literal(definition, "mode", PublishMode::get, PublishMode.INGRESS, "ingress or host"));
        definition.finish(Map.of());
        return port;
    }

    /** {@code [[HOST_IP:]PUBLISHED[-END]:]TARGET[-END][/PROTOCOL]}, one published port per port of a range. */
    private List<PublishedPort> shortPorts(Node item, String path) throws ComposeException {
        String text = source.string(item, path);
        String[] protocolSplit = text.split("/", 2);
        Protocol protocol = protocolSplit.length == 2 ? Protocol.get(protocolSplit[1]) : Protocol.TCP;
        if (protocol == null) {
            throw source.error(item, path + ": unknown protocol '" + protocolSplit[1] + "'; expected tcp, udp or sctp");
        }
        String[] parts = protocolSplit[0].split(":");
        if (parts.length > 3) {
            throw source.error(item,
                    path + ": '" + text + "' is not a port; expected [[HOST_IP:]PUBLISHED:]TARGET[/PROTOCOL]");
        }
        if (parts.length == 3) {
            source.warn(item, path + ": the host IP " + parts[0] + " is not supported in swarm mode; left out");
        }
        int[] targets = range(item, path, parts[parts.length - 1]);
        int[] published = parts.length > 1 && !parts[parts.length - 2].isEmpty()
                ? range(item, path, parts[parts.length - 2])
                : null;
        if (published != null && published.length != targets.length) {
            throw source.error(item,
                    path + ": the published range " + parts[parts.length - 2] + " and the target range "
                            + parts[parts.length - 1]
                            + " differ in length");
        }
        List<PublishedPort> result = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            PublishedPort port = FACTORY.createPublishedPort();
            port.setTarget(targets[i]);
            port.setPublished(published == null ? 0 : published[i]);
            port.setProtocol(protocol);
            port.setMode(PublishMode.INGRESS);
            result.add(port);
        }
        return result;
    }

    private int[] range(Node item, String path, String text) throws ComposeException {
        String[] bounds = text.split("-", 2);
        try {
            int start = Integer.parseInt(bounds[0]);
            int end = bounds.length == 2 ? Integer.parseInt(bounds[1]) : start;
            if (start < 1 || end > 65535 || end < start) {
                throw source.error(item,
                        path + ": '" + text + "' is not a port or a range of ports between 1 and 65535");
            }
            return IntStream.rangeClosed(start, end).toArray();
        } catch (NumberFormatException exception) {
            throw source.error(item, path + ": '" + text + "' is not a port number");
        }
    }

    private void readNetworks(YamlMap definition, Service service) throws ComposeException {
        Node value = definition.get("networks");
        if (value == null) {
            service.getNetworks().add(attachment(defaultNetwork.get()));
            return;
        }
        String path = definition.path("networks");
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                service.getNetworks().add(attachment(network(item, source.string(item, path), path)));
            }
            return;
        }
        YamlMap map = source.map(value, path);
        for (YamlMap.Entry entry : map.entries()) {
            NetworkAttachment attachment = attachment(network(entry.keyNode(), entry.key(), path));
            YamlMap options = source.map(entry.value(), map.path(entry.key()));
            attachment.getAliases().addAll(options.strings("aliases", false));
            KeyValues.read(source, options, "driver_opts", "=", attachment.getDriverOptions());
            options.finish(ATTACHMENT_REASONS);
            service.getNetworks().add(attachment);
        }
    }

    private Network network(Node node, String name, String path) throws ComposeException {
        Network network = ComposeImporter.DEFAULT_NETWORK.equals(name) && !networks.containsKey(name)
                ? defaultNetwork.get()
                : networks.get(name);
        if (network == null) {
            throw source.error(node,
                    path + " names the network '" + name + "', which the file does not define under networks");
        }
        return network;
    }

    private static NetworkAttachment attachment(Network network) {
        NetworkAttachment attachment = FACTORY.createNetworkAttachment();
        attachment.setNetwork(network);
        return attachment;
    }

    private void readMounts(YamlMap definition, Service service) throws ComposeException {
        for (ComposeSource.Item item : definition.items("volumes")) {
            Mount mount = item.node() instanceof MappingNode
                    ? longMount(source.map(item.node(), item.path()))
                    : shortMount(item.node(), item.path());
            if (mount.getType() == MountType.VOLUME && mount.getSource() != null && !mount.getSource().isEmpty()
                    && !volumes.contains(mount.getSource())) {
                throw source.error(item.node(), item.path() + " uses the volume '" + mount.getSource()
                        + "', which the file does not define under volumes");
            }
            service.getMounts().add(mount);
        }
    }

    private Mount longMount(YamlMap definition) throws ComposeException {
        Mount mount = FACTORY.createMount();
        mount.setType(literal(definition, "type", MountType::get, MountType.VOLUME, "volume, bind or tmpfs"));
        mount.setSource(definition.string("source"));
        mount.setTarget(definition.string("target"));
        mount.setReadOnly(definition.bool("read_only"));
        mount.setConsistency(definition.string("consistency"));
        if (mount.getTarget() == null) {
            throw source.error(definition.node(), definition.path() + " needs a target");
        }
        YamlMap bind = definition.map("bind");
        if (bind != null) {
            mount.setPropagation(bind.string("propagation"));
            bind.finishOpen(Map.of());
        }
        YamlMap volume = definition.map("volume");
        if (volume != null) {
            mount.setNoCopy(volume.bool("nocopy"));
            volume.finishOpen(Map.of());
        }
        YamlMap tmpfs = definition.map("tmpfs");
        if (tmpfs != null) {
            ifPresent(tmpfs.read("size", source::integer), size -> mount.setTmpfsSize(size));
            tmpfs.finishOpen(Map.of());
        }
        definition.finish(Map.of());
        return mount;
    }

    /** {@code [SOURCE:]TARGET[:OPTIONS]}: a source that is a path makes a bind mount, a name a volume. */
    private Mount shortMount(Node item, String path) throws ComposeException {
        String text = source.string(item, path);
        String[] parts = text.split(":");
        Mount mount = FACTORY.createMount();
        if (parts.length == 1) {
            mount.setType(MountType.VOLUME);
            mount.setTarget(parts[0]);
            return mount;
        }
        if (parts.length > 3) {
            throw source.error(item, path + ": '" + text + "' is not a volume; expected [SOURCE:]TARGET[:ro]");
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw source.error(item,
                        path + ": error decoding 'Volumes[" + path.replaceAll(".*\\[(\\d+)\\]$", "$1")
                                + "]': invalid spec: " + text
                                + ": empty section between colons");
            }
        }
        String origin = parts[0];
        mount.setType(origin.startsWith("/") || origin.startsWith(".") || origin.startsWith("~")
                ? MountType.BIND
                : MountType.VOLUME);
        mount.setSource(origin);
        mount.setTarget(parts[1]);
        if (parts.length == 3) {
            for (String option : parts[2].split(",")) {
                switch (option) {
                case "ro" -> mount.setReadOnly(true);
                case "rw" -> mount.setReadOnly(false);
                case "nocopy" -> mount.setNoCopy(true);
                case "shared", "rshared", "slave", "rslave", "private", "rprivate" -> mount.setPropagation(option);
                case "consistent", "cached", "delegated" -> mount.setConsistency(option);
                default ->
                    source.warn(item, path + ": the mount option '" + option + "' " + NOT_MODELLED + "; left out");
                }
            }
        }
        return mount;
    }

    private <T, R extends DataReference> void readReferences(YamlMap definition, String key, Map<String, T> defined,
            List<R> references,
            Function<T, R> referenceTo) throws ComposeException {
        for (ComposeSource.Item item : definition.items(key)) {
            YamlMap details = item.node() instanceof MappingNode ? source.map(item.node(), item.path()) : null;
            String name = details == null ? source.string(item.node(), item.path()) : details.string("source");
            T data = defined.get(name);
            if (data == null) {
                throw source.error(item.node(),
                        item.path() + " uses '" + name + "', which the file does not define under " + key);
            }
            R reference = referenceTo.apply(data);
            if (details != null) {
                reference.setTarget(details.string("target"));
                reference.setUid(details.string("uid"));
                reference.setGid(details.string("gid"));
                ifPresent(details.fileMode("mode"), reference::setFileMode);
                details.finishOpen(Map.of());
            }
            references.add(reference);
        }
    }

    private Healthcheck healthcheck(YamlMap definition) throws ComposeException {
        Healthcheck healthcheck = FACTORY.createHealthcheck();
        Node test = definition.get("test");
        if (test instanceof ScalarNode) {
            healthcheck.getTest().add("CMD-SHELL");
            healthcheck.getTest().add(source.string(test, definition.path("test")));
        } else if (test != null) {
            healthcheck.getTest().addAll(source.strings(test, definition.path("test"), false));
        }
        if (definition.bool("disable")) {
            healthcheck.getTest().clear();
            healthcheck.getTest().add("NONE");
        }
        ifPresent(definition.duration("interval"), healthcheck::setInterval);
        ifPresent(definition.duration("timeout"), healthcheck::setTimeout);
        ifPresent(definition.duration("start_period"), healthcheck::setStartPeriod);
        ifPresent(definition.integer("retries"), healthcheck::setRetries);
        ifPresent(definition.duration("start_interval"), healthcheck::setStartInterval);
        definition.finish(Map.of());
        return healthcheck;
    }

    private void readDeploy(YamlMap deploy, Service service) throws ComposeException {
        service.setMode(literal(deploy, "mode", ServiceMode::get, ServiceMode.REPLICATED,
                "replicated, global, replicated-job or global-job"));
        Integer replicas = deploy.integer("replicas");
        if (replicas != null) {
            if (service.getMode() == ServiceMode.GLOBAL || service.getMode() == ServiceMode.GLOBAL_JOB) {
                throw source.error(deploy.node(),
                        deploy.path("replicas") + " can only be used with the replicated and replicated-job modes");
            }
            service.setReplicas(replicas);
        }
        service.setEndpointMode(literal(deploy, "endpoint_mode", EndpointMode::get, EndpointMode.VIP, "vip or dnsrr"));
        KeyValues.read(source, deploy, "labels", "=", service.getLabels());
        YamlMap placement = deploy.map("placement");
        if (placement != null) {
            readPlacement(placement, service);
        }
        YamlMap resources = deploy.map("resources");
        if (resources != null) {
            service.setLimits(resources(resources.map("limits")));
            service.setReservations(resources(resources.map("reservations")));
            resources.finish(Map.of());
        }
        YamlMap restart = deploy.map("restart_policy");
        if (restart != null) {
            service.setRestartPolicy(restartPolicy(restart));
        }
        YamlMap update = deploy.map("update_config");
        if (update != null) {
            service.setUpdateConfig(updateConfig(update));
        }
        YamlMap rollback = deploy.map("rollback_config");
        if (rollback != null) {
            service.setRollbackConfig(updateConfig(rollback));
        }
        deploy.finish(Map.of());
    }

    private void readPlacement(YamlMap placement, Service service) throws ComposeException {
        for (ComposeSource.Item item : placement.items("constraints")) {
            service.getConstraints().add(constraint(item.node(), item.path()));
        }
        for (ComposeSource.Item item : placement.items("preferences")) {
            YamlMap preference = source.map(item.node(), item.path());
            String spread = preference.string("spread");
            if (spread == null) {
                throw source.error(item.node(), item.path() + " needs spread: node.labels.NAME");
            }
            PlacementPreference result = FACTORY.createPlacementPreference();
            result.setSpread(spread);
            service.getPreferences().add(result);
            preference.finish(Map.of());
        }
        ifPresent(placement.integer("max_replicas_per_node"), service::setMaxReplicasPerNode);
        placement.finish(Map.of());
    }

    private Constraint constraint(Node node, String path) throws ComposeException {
        String expression = source.string(node, path);
        try {
            ConstraintParser.parse(expression);
        } catch (ConstraintSyntaxException exception) {
            boolean plain = node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN
                    && scalar.getValue().equals(expression);
            Location location = plain ? Location.of(node).plus(exception.column() - 1) : Location.of(node);
            throw source.error(location,
                    path + ": '" + expression + "' is not a placement constraint: " + exception.problem());
        }
        Constraint constraint = FACTORY.createConstraint();
        constraint.setExpression(expression);
        return constraint;
    }

    private Resources resources(YamlMap definition) throws ComposeException {
        if (definition == null) {
            return null;
        }
        Resources resources = FACTORY.createResources();
        Long cpus = definition.nanoCPUs("cpus");
        resources.setNanoCPUs(cpus == null ? 0 : cpus);
        Long memory = definition.bytes("memory");
        resources.setMemoryBytes(memory == null ? 0 : memory);
        ifPresent(definition.read("pids", source::integer), pids -> resources.setPids(pids));
        for (ComposeSource.Item item : definition.items("generic_resources")) {
            YamlMap generic = source.map(item.node(), item.path());
            YamlMap discrete = generic.map("discrete_resource_spec");
            if (discrete != null) {
                GenericResource resource = FACTORY.createGenericResource();
                resource.setKind(discrete.string("kind"));
                ifPresent(discrete.read("value", source::integer), value -> resource.setValue(value));
                discrete.finish(Map.of());
                resources.getGenericResources().add(resource);
            }
            generic.finish(Map.of());
        }
        definition.finish(Map.of());
        return resources;
    }

    private RestartPolicy restartPolicy(YamlMap definition) throws ComposeException {
        RestartPolicy policy = FACTORY.createRestartPolicy();
        policy.setCondition(literal(definition, "condition", RestartCondition::get,
                RestartCondition.get(SwarmDefaults.RESTART_CONDITION), "none, on-failure or any"));
        ifPresent(definition.duration("delay"), policy::setDelay);
        Integer attempts = definition.integer("max_attempts");
        policy.setMaxAttempts(attempts == null ? SwarmDefaults.RESTART_MAX_ATTEMPTS : attempts);
        Long window = definition.duration("window");
        policy.setWindow(window == null ? SwarmDefaults.RESTART_WINDOW.toNanos() : window);
        definition.finish(Map.of());
        return policy;
    }

    private UpdateConfig updateConfig(YamlMap definition) throws ComposeException {
        UpdateConfig config = FACTORY.createUpdateConfig();
        ifPresent(definition.integer("parallelism"), config::setParallelism);
        Long delay = definition.duration("delay");
        config.setDelay(delay == null ? SwarmDefaults.UPDATE_DELAY.toNanos() : delay);
        config.setFailureAction(literal(definition, "failure_action", FailureAction::get,
                FailureAction.get(SwarmDefaults.UPDATE_FAILURE_ACTION), "pause, continue or rollback"));
        ifPresent(definition.duration("monitor"), config::setMonitor);
        Double ratio = definition.decimal("max_failure_ratio");
        config.setMaxFailureRatio(ratio == null ? SwarmDefaults.UPDATE_MAX_FAILURE_RATIO : ratio);
        config.setOrder(literal(definition, "order", UpdateOrder::get, UpdateOrder.get(SwarmDefaults.UPDATE_ORDER),
                "stop-first or start-first"));
        definition.finish(Map.of());
        return config;
    }

    /** Sets what the file says; leaves the model's default, which is swarm's, when it says nothing. */
    private static <T> void ifPresent(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** An enumeration's value by its compose spelling, {@code absent} when the key is missing. */
    private <E> E literal(YamlMap definition, String key, Function<String, E> byLiteral, E absent, String expected)
            throws ComposeException {
        Node node = definition.get(key);
        if (node == null) {
            return absent;
        }
        String text = source.string(node, definition.path(key));
        E value = byLiteral.apply(text);
        if (value == null) {
            throw source.error(node, definition.path(key) + " is '" + text + "'; expected " + expected);
        }
        return value;
    }
}
