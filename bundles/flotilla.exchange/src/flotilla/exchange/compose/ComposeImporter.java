package flotilla.exchange.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

import flotilla.model.Cluster;
import flotilla.model.Config;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.NetworkScope;
import flotilla.model.Secret;
import flotilla.model.Service;
import flotilla.model.Stack;
import flotilla.model.StoredData;
import flotilla.model.Volume;
import flotilla.model.errors.Utf8Files;
import flotilla.model.persistence.Models;
import flotilla.model.text.FileException;

/**
 * Reads a compose file the way {@code docker stack deploy -c FILE} reads it into a Flotilla model: the services with
 * their whole {@code deploy} section, and the networks, volumes, secrets and configs they use.
 * <p>
 * Variables are substituted from the environment given to the constructor. A compose file imported as it is (no
 * stack) takes them as {@code docker compose} does, completed by a {@code .env} file next to it; one imported as a
 * stack takes them as {@code docker stack deploy} does, from the environment alone ({@link #asStackDeploy}). Keys Flotilla cannot keep, and unknown keys, become {@link ComposeWarning}s; a file that cannot
 * be read fails with a {@link ComposeException} naming the line and column, and then the model is left as it was.
 * The compose file itself is only read.
 */
public final class ComposeImporter {
    /** What an import produced: the cluster it filled and what it could not keep. */
    public record Result(Cluster cluster, List<ComposeWarning> warnings) {
    }

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    /** The network docker stack deploy attaches services to when they name none. */
    static final String DEFAULT_NETWORK = "default";

    private static final Map<String, String> NETWORK_REASONS = Map.of();

    /**
     * Where the export keeps a network's gateway: docker stack deploy's version 3 schema allows only {@code subnet} in
     * an IPAM pool, but extension fields in a network's definition.
     */
    static final String GATEWAY_EXTENSION = "x-flotilla-gateway";

    private static final Map<String, String> STORED_DATA_REASONS = Map.of();

    private final Map<String, String> environment;

    private final boolean readsDotEnv;

    /** @param environment the variables for substitution, usually {@code System.getenv()} */
    public ComposeImporter(Map<String, String> environment) {
        this(environment, true);
    }

    private ComposeImporter(Map<String, String> environment, boolean readsDotEnv) {
        this.environment = Map.copyOf(environment);
        this.readsDotEnv = readsDotEnv;
    }

    /** An importer that substitutes from the environment alone, as {@code docker stack deploy} does: no {@code .env}. */
    public static ComposeImporter asStackDeploy(Map<String, String> environment) {
        return new ComposeImporter(environment, false);
    }

    /**
     * The importer whose variables match what the user compares the import with: as a stack ({@code stackName} given)
     * the file is what {@code docker stack deploy} deploys, so no {@code .env}; as it is, the file is a compose project
     * and {@code docker compose} completes the environment with the {@code .env} beside it.
     */
    public static ComposeImporter of(Map<String, String> environment, String stackName) {
        return new ComposeImporter(environment, stackName == null);
    }

    /** Where the model of a compose file goes by default: beside it, {@code stack.yml} as {@code stack.flotilla}. */
    public static Path modelFileFor(Path composeFile) {
        String name = composeFile.getFileName() == null ? "cluster" : composeFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return composeFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".flotilla");
    }

    /**
     * Reads {@code file} into a new cluster: into a stack named {@code stackName}, or at the cluster's top level when it
     * is null. The cluster is named after the stack, or else after the file's folder, as compose names projects.
     */
    public Result importNew(Path file, String stackName) throws ComposeException, IOException {
        Path folder = file.toAbsolutePath().getParent();
        String name = stackName != null
                ? stackName
                : folder == null || folder.getFileName() == null ? "cluster" : folder.getFileName().toString();
        Cluster cluster = Models.newCluster(name);
        return new Result(cluster, importInto(cluster, file, stackName));
    }

    /**
     * Reads {@code file} into {@code cluster}: into a new stack named {@code stackName}, or at the cluster's top level
     * when it is null. External networks, secrets and configs are looked up in the cluster by name and added to it when
     * missing. Nothing is changed when this throws.
     */
    public List<ComposeWarning> importInto(Cluster cluster, Path file, String stackName)
            throws ComposeException, IOException {
        Node root = parse(file);
        Map<String, String> variables = new HashMap<>(
                readsDotEnv ? DotEnv.read(file.toAbsolutePath().resolveSibling(".env")) : Map.of());
        variables.putAll(environment);
        ComposeSource source = new ComposeSource(file, new Interpolation(variables, readsDotEnv));
        Staging staging = new Staging(cluster, stackName);
        YamlMap top = source.map(root, "");
        String version = version(source, top);
        checkForbidden(source, top);
        SchemaCheck.check(source, root, version);
        if (stackName != null && cluster.getStacks().stream().anyMatch(stack -> stackName.equals(stack.getName()))) {
            throw new ComposeException(file, 0, 0, "the model already has a stack named " + stackName);
        }
        YamlMap networks = top.map("networks");
        Map<String, Network> networksByKey = networks == null
                ? new LinkedHashMap<>()
                : readNetworks(source, networks, staging);
        Map<String, Volume> volumes = readVolumes(source, top.map("volumes"), staging);
        Map<String, Secret> secrets = readStoredData(source, top.map("secrets"), staging, cluster.getSecrets(),
                FACTORY::createSecret);
        Map<String, Config> configs = readStoredData(source, top.map("configs"), staging, cluster.getConfigs(),
                FACTORY::createConfig);
        YamlMap services = top.map("services");
        if (services != null) {
            ServiceReader reader = new ServiceReader(source, networksByKey, volumes.keySet(), secrets, configs,
                    () -> defaultNetwork(networksByKey, staging));
            for (YamlMap.Entry entry : services.entries()) {
                Service service = reader.read(entry.key(), source.map(entry.value(), "services." + entry.key()));
                if (staging.hasService(entry.key())) {
                    throw source.error(entry.keyNode(), "the model already has a service named " + entry.key());
                }
                staging.services.add(service);
            }
        }
        top.finish(Map.of());
        staging.commit();
        return List.copyOf(source.warnings());
    }

    /** How deep collections may nest in a compose file; real ones stay under ten. */
    static final int MAX_NESTING = 200;

    /** The text of {@code file} (the compose file or its {@code .env}); a byte that is not UTF-8 is a compose error. */
    static String readUtf8(Path file) throws ComposeException, IOException {
        try {
            return Utf8Files.read(file);
        } catch (FileException notUtf8) {
            throw new ComposeException(notUtf8);
        }
    }

    private static Node parse(Path file) throws ComposeException, IOException {
        String text = readUtf8(file);
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(true).build();
        try {
            checkNesting(file, settings, text);
            Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
            if (!documents.hasNext()) {
                throw new ComposeException(file, 0, 0, "the file is empty; expected a compose file with services");
            }
            Node root = documents.next();
            if (documents.hasNext()) {
                Location second = Location.of(documents.next());
                throw new ComposeException(file, second.line(), second.column(),
                        "a compose file holds one YAML document, this is a second one");
            }
            return root;
        } catch (MarkedYamlEngineException exception) {
            Location location = exception.getProblemMark().or(exception::getContextMark).map(Location::of)
                    .orElse(new Location(0, 0));
            String context = exception.getContext() == null ? "" : " (" + exception.getContext() + ")";
            throw new ComposeException(file, location.line(), location.column(),
                    "invalid YAML: " + exception.getProblem() + context);
        } catch (YamlEngineException exception) {
            throw new ComposeException(file, 0, 0, "invalid YAML: " + exception.getMessage());
        }
    }

    /**
     * Refuses YAML nested deeper than {@value #MAX_NESTING} collections before it is composed: composing is recursive,
     * and a few thousand levels would exhaust the stack. The parser's events come without recursion.
     */
    private static void checkNesting(Path file, LoadSettings settings, String text) throws ComposeException {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > MAX_NESTING) {
                    Location at = event.getStartMark().map(Location::of).orElse(new Location(0, 0));
                    throw new ComposeException(file, at.line(), at.column(),
                            "collections nested deeper than " + MAX_NESTING
                                    + " levels; a compose file needs a handful");
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            default -> {
                // scalars, aliases and document markers do not nest
            }
            }
        }
    }

    /**
     * The schema version docker checks the file against: its {@code version:} as docker reads it (a number too), the
     * newest 3.x for none or {@code 3}; a version docker has no schema for is refused in its words.
     */
    private static String version(ComposeSource source, YamlMap top) throws ComposeException {
        Node node = top.get("version");
        if (node == null) {
            return ComposeSchema.NEWEST;
        }
        String version = SchemaCheck.versionText(node);
        version = version.isEmpty() || "3".equals(version) ? ComposeSchema.NEWEST : version;
        if (!ComposeSchema.knows(version)) {
            throw source.error(node, "unsupported Compose file version: " + version);
        }
        return version;
    }

    /** docker refuses a few service keys before anything else, naming them all with its reasons. */
    private static void checkForbidden(ComposeSource source, YamlMap top) throws ComposeException {
        Node services = top.node() instanceof MappingNode ? top.peek("services") : null;
        if (!(services instanceof MappingNode mapping)) {
            return;
        }
        Node first = null;
        Map<String, String> found = new java.util.TreeMap<>();
        for (org.snakeyaml.engine.v2.nodes.NodeTuple service : mapping.getValue()) {
            if (service.getValueNode() instanceof MappingNode definition) {
                for (org.snakeyaml.engine.v2.nodes.NodeTuple entry : definition.getValue()) {
                    String key = entry.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar
                            ? scalar.getValue()
                            : "";
                    String reason = ServiceReader.FORBIDDEN.get(key);
                    if (reason != null) {
                        first = first == null ? entry.getKeyNode() : first;
                        found.put(key, reason);
                    }
                }
            }
        }
        if (first != null) {
            StringBuilder message = new StringBuilder("Configuration contains forbidden properties:");
            found.forEach((key, reason) -> message.append(" ").append(key).append(": ").append(reason));
            throw source.error(first, message.toString());
        }
    }

    private static Map<String, Network> readNetworks(ComposeSource source, YamlMap networks, Staging staging)
            throws ComposeException {
        Map<String, Network> result = new LinkedHashMap<>();
        for (YamlMap.Entry entry : networks.entries()) {
            YamlMap definition = source.map(entry.value(), networks.path(entry.key()));
            String externalName = externalName(source, definition, entry.key());
            if (externalName != null) {
                result.put(entry.key(), staging.externalNetwork(externalName));
                definition.get("name");
            } else {
                Network network = network(source, entry.key(), definition);
                staging.networks.add(network);
                result.put(entry.key(), network);
            }
            definition.finish(NETWORK_REASONS);
        }
        return result;
    }

    /** The name of an external network, secret or config ({@code external: true} or the old {@code external: {name:}}); null when not external. */
    private static String externalName(ComposeSource source, YamlMap definition, String key) throws ComposeException {
        Node external = definition.get("external");
        if (external == null) {
            return null;
        }
        String name = key;
        if (ComposeSource.isNull(external) || external instanceof MappingNode) {
            YamlMap legacy = source.map(external, definition.path("external"));
            String legacyName = legacy.string("name");
            name = legacyName == null ? key : legacyName;
            legacy.finish(Map.of());
        } else if (!source.bool(external, definition.path("external"))) {
            return null;
        }
        String explicit = definition.string("name");
        return explicit == null ? name : explicit;
    }

    private static Network network(ComposeSource source, String name, YamlMap definition) throws ComposeException {
        Network network = FACTORY.createNetwork();
        network.setName(name);
        String driver = definition.string("driver");
        network.setDriver(driver == null ? NetworkDriver.OVERLAY : networkDriver(source, definition, driver));
        network.setScope(network.getDriver() == NetworkDriver.OVERLAY ? NetworkScope.SWARM : NetworkScope.LOCAL);
        network.setAttachable(definition.bool("attachable"));
        network.setInternal(definition.bool("internal"));
        network.setSwarmName(definition.string("name"));
        KeyValues.read(source, definition, "labels", "=", network.getLabels());
        KeyValues.read(source, definition, "driver_opts", "=", network.getDriverOptions());
        network.setEncrypted(
                network.getDriverOptions().stream().anyMatch(option -> "encrypted".equals(option.getKey())));
        network.setGateway(definition.string(GATEWAY_EXTENSION));
        YamlMap ipam = definition.map("ipam");
        if (ipam != null) {
            network.setIpamDriver(ipam.string("driver"));
            List<ComposeSource.Item> pools = ipam.items("config");
            for (ComposeSource.Item item : pools) {
                YamlMap pool = source.map(item.node(), item.path());
                if (item == pools.get(0)) {
                    network.setSubnet(pool.string("subnet"));
                } else {
                    source.warn(item.node(), "only the first IPAM pool of a network is modelled; this one is left out");
                    pool.entries();
                }
                pool.finish(Map.of());
            }
            ipam.finish(Map.of());
        }
        return network;
    }

    private static NetworkDriver networkDriver(ComposeSource source, YamlMap definition, String driver)
            throws ComposeException {
        NetworkDriver result = NetworkDriver.get(driver);
        if (result == null) {
            throw source.error(definition.node(), definition.path("driver") + ": unknown network driver '" + driver
                    + "'; expected overlay, bridge, host or none");
        }
        return result;
    }

    private static Map<String, Volume> readVolumes(ComposeSource source, YamlMap volumes, Staging staging)
            throws ComposeException {
        Map<String, Volume> result = new LinkedHashMap<>();
        if (volumes == null) {
            return result;
        }
        for (YamlMap.Entry entry : volumes.entries()) {
            YamlMap definition = source.map(entry.value(), volumes.path(entry.key()));
            String externalName = externalName(source, definition, entry.key());
            Volume volume = FACTORY.createVolume();
            volume.setName(entry.key());
            volume.setExternal(externalName != null);
            String name = externalName != null ? externalName : definition.string("name");
            volume.setSwarmName(name == null || (externalName != null && name.equals(entry.key())) ? null : name);
            volume.setDriver(definition.string("driver"));
            KeyValues.read(source, definition, "driver_opts", "=", volume.getDriverOptions());
            KeyValues.read(source, definition, "labels", "=", volume.getLabels());
            definition.finish(Map.of("x-cluster-spec", "(a cluster volume) is not modelled"));
            staging.volumes.add(volume);
            result.put(entry.key(), volume);
        }
        return result;
    }

    private static <T extends StoredData> Map<String, T> readStoredData(ComposeSource source, YamlMap section,
            Staging staging, List<T> existing,
            Supplier<T> factory) throws ComposeException {
        Map<String, T> result = new LinkedHashMap<>();
        if (section == null) {
            return result;
        }
        for (YamlMap.Entry entry : section.entries()) {
            YamlMap definition = source.map(entry.value(), section.path(entry.key()));
            String externalName = externalName(source, definition, entry.key());
            String name = externalName != null ? externalName : definition.string("name");
            T data = factory.get();
            data.setName(entry.key());
            data.setSwarmName(name == null || name.equals(entry.key()) ? null : name);
            data.setExternal(externalName != null);
            data.setFile(definition.string("file"));
            KeyValues.read(source, definition, "labels", "=", data.getLabels());
            data.setTemplateDriver(definition.string("template_driver"));
            if (data instanceof Secret) {
                data.setDriver(definition.string("driver"));
                KeyValues.read(source, definition, "driver_opts", "=", data.getDriverOptions());
            }
            if (!data.isExternal() && data.getFile() == null) {
                throw source.error(entry.keyNode(), section.path(entry.key()) + " needs a file, or external: true");
            }
            definition.finish(STORED_DATA_REASONS);
            T known = existing.stream().filter(candidate -> data.qualifiedName().equals(candidate.qualifiedName()))
                    .findFirst().orElse(null);
            if (known == null) {
                staging.storedData.add(data);
                result.put(entry.key(), data);
            } else {
                result.put(entry.key(), known);
            }
        }
        return result;
    }

    private static Network defaultNetwork(Map<String, Network> networks, Staging staging) {
        return networks.computeIfAbsent(DEFAULT_NETWORK, name -> {
            Network network = FACTORY.createNetwork();
            network.setName(name);
            network.setDriver(NetworkDriver.OVERLAY);
            network.setScope(NetworkScope.SWARM);
            staging.networks.add(network);
            return network;
        });
    }

    /** What the import adds, kept apart until the whole file has been read, so a failure changes nothing. */
    private static final class Staging {
        private final Cluster cluster;

        private final String stackName;

        final List<Service> services = new ArrayList<>();

        final List<Network> networks = new ArrayList<>();

        final List<Network> externalNetworks = new ArrayList<>();

        final List<Volume> volumes = new ArrayList<>();

        final List<StoredData> storedData = new ArrayList<>();

        Staging(Cluster cluster, String stackName) {
            this.cluster = cluster;
            this.stackName = stackName;
        }

        /** Names of the services already there and of those staged so far, indexed: a file of 60,000 services stays linear. */
        private final Set<String> serviceNames = new HashSet<>();

        private int namesIndexed = -1;

        boolean hasService(String name) {
            if (namesIndexed < 0) {
                (stackName == null ? cluster.getServices() : List.<Service>of())
                        .forEach(service -> serviceNames.add(service.getName()));
                namesIndexed = 0;
            }
            for (; namesIndexed < services.size(); namesIndexed++) {
                serviceNames.add(services.get(namesIndexed).getName());
            }
            return serviceNames.contains(name);
        }

        /** A network created outside the stack: the cluster's own by that name, or a new one at the cluster's top level. */
        Network externalNetwork(String name) {
            for (Network network : cluster.allNetworks()) {
                if (name.equals(network.qualifiedName())) {
                    return network;
                }
            }
            for (Network network : externalNetworks) {
                if (name.equals(network.getName())) {
                    return network;
                }
            }
            Network network = FACTORY.createNetwork();
            network.setName(name);
            network.setDriver(NetworkDriver.OVERLAY);
            network.setScope(NetworkScope.SWARM);
            network.setExternal(true);
            externalNetworks.add(network);
            return network;
        }

        void commit() {
            cluster.getNetworks().addAll(externalNetworks);
            for (StoredData data : storedData) {
                if (data instanceof Secret secret) {
                    cluster.getSecrets().add(secret);
                } else {
                    cluster.getConfigs().add((Config) data);
                }
            }
            if (stackName == null) {
                cluster.getNetworks().addAll(networks);
                cluster.getServices().addAll(services);
                cluster.getVolumes().addAll(volumes);
            } else {
                Stack stack = FACTORY.createStack();
                stack.setName(stackName);
                stack.getNetworks().addAll(networks);
                stack.getVolumes().addAll(volumes);
                stack.getServices().addAll(services);
                cluster.getStacks().add(stack);
            }
        }
    }
}
