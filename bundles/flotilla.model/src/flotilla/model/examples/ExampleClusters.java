package flotilla.model.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Element;
import flotilla.model.EngineEndpoint;
import flotilla.model.FailureAction;
import flotilla.model.Healthcheck;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Mount;
import flotilla.model.MountType;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.NetworkScope;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.PlacementPreference;
import flotilla.model.PublishMode;
import flotilla.model.PublishedPort;
import flotilla.model.Resources;
import flotilla.model.RestartCondition;
import flotilla.model.RestartPolicy;
import flotilla.model.Secret;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.SshEndpoint;
import flotilla.model.Stack;
import flotilla.model.TcpEndpoint;
import flotilla.model.UpdateConfig;
import flotilla.model.UpdateOrder;
import flotilla.model.persistence.Models;

/**
 * The example clusters in {@code examples/}, built in code so they can be regenerated and so tests and benchmarks
 * can build larger ones. Ids are derived from the example's name, so the same example is saved byte for byte the same.
 * <p>
 * {@code main(DIRECTORY)} writes swarm-tutorial.flotilla, stack-db.flotilla and large.flotilla into DIRECTORY.
 */
public final class ExampleClusters {
    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private static final long CPU = 1_000_000_000L;

    private static final long GIB = 1L << 30;

    private static final long MIB = 1L << 20;

    private static final long SECOND = 1_000_000_000L;

    private ExampleClusters() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExampleClusters DIRECTORY");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        Models.save(swarmTutorial(), directory.resolve("swarm-tutorial.flotilla"));
        Models.save(stackWithDatabase(), directory.resolve("stack-db.flotilla"));
        Models.save(large(50, 3, 30), directory.resolve("large.flotilla"));
    }

    /**
     * Docker's swarm mode tutorial: manager1 with worker1 and worker2, the services it creates (helloworld, redis
     * with a rolling update policy, my-web behind the routing mesh) and a replicated frontier service on the overlay
     * mynet.
     */
    public static Cluster swarmTutorial() {
        Cluster cluster = Models.newCluster("swarm-tutorial");
        Node manager = node("manager1", NodeRole.MANAGER, "192.168.99.100", 1, 2);
        manager.setEngine(tls("192.168.99.100", "manager1"));
        cluster.getNodes().add(manager);
        for (int i = 1; i <= 2; i++) {
            Node worker = node("worker" + i, NodeRole.WORKER, "192.168.99.10" + i, 1, 2);
            worker.setEngine(ssh("docker", "192.168.99.10" + i));
            cluster.getNodes().add(worker);
        }
        Network mynet = overlay("mynet", "10.0.9.0/24");
        cluster.getNetworks().add(mynet);

        Service helloworld = service("helloworld", "alpine", 1);
        helloworld.getCommand().add("ping");
        helloworld.getArgs().add("docker.com");
        cluster.getServices().add(helloworld);

        Service redis = service("redis", "redis:3.0.6", 3);
        redis.setUpdateConfig(update(1, 10 * SECOND, FailureAction.PAUSE, UpdateOrder.STOP_FIRST));
        cluster.getServices().add(redis);

        Service web = service("my-web", "nginx", 2);
        web.getPorts().add(port(80, 8080, PublishMode.INGRESS));
        cluster.getServices().add(web);

        Service frontier = service("frontier", "nginx", 3);
        frontier.getNetworks().add(attach(mynet));
        frontier.getPorts().add(port(80, 80, PublishMode.INGRESS));
        cluster.getServices().add(frontier);
        return withStableIds(cluster, "swarm-tutorial");
    }

    /**
     * A stack on an overlay: a PostgreSQL database pinned to the node with SSD storage, a server publishing a port
     * with health check and update/rollback policy, and a global agent on every Linux node.
     */
    public static Cluster stackWithDatabase() {
        Cluster cluster = Models.newCluster("shop");
        Node manager = node("manager1", NodeRole.MANAGER, "10.10.0.10", 2, 4);
        manager.setEngine(FACTORY.createUnixSocketEndpoint());
        cluster.getNodes().add(manager);
        Node storage = node("worker1", NodeRole.WORKER, "10.10.0.11", 4, 16);
        storage.getLabels().add(label("storage", "ssd"));
        storage.setEngine(tls("10.10.0.11", "worker1"));
        cluster.getNodes().add(storage);
        Node worker = node("worker2", NodeRole.WORKER, "10.10.0.12", 4, 8);
        worker.setEngine(tls("10.10.0.12", "worker2"));
        cluster.getNodes().add(worker);

        Secret password = FACTORY.createSecret();
        password.setName("db_password");
        password.setFile("./secrets/db_password.txt");
        cluster.getSecrets().add(password);

        Stack stack = FACTORY.createStack();
        stack.setName("shop");
        cluster.getStacks().add(stack);
        Network backend = overlay("backend", "10.0.10.0/24");
        stack.getNetworks().add(backend);

        Service db = service("db", "postgres:16", 1);
        db.getEnv().add("POSTGRES_PASSWORD_FILE=/run/secrets/db_password");
        db.getNetworks().add(attach(backend, "database"));
        db.getConstraints().add(constraint("node.labels.storage == ssd"));
        db.setReservations(resources(1 * CPU, 1 * GIB));
        db.getMounts().add(mount(MountType.VOLUME, "db-data", "/var/lib/postgresql/data"));
        SecretReference secret = FACTORY.createSecretReference();
        secret.setSecret(password);
        db.getSecrets().add(secret);
        stack.getServices().add(db);

        Service server = service("server", "shop/server:1.4", 3);
        server.getNetworks().add(attach(backend, "api"));
        server.getPorts().add(port(80, 8080, PublishMode.INGRESS));
        server.setReservations(resources(CPU / 2, 256 * MIB));
        server.setLimits(resources(1 * CPU, 512 * MIB));
        server.setRestartPolicy(restart(RestartCondition.ON_FAILURE, 5 * SECOND, 3));
        server.setUpdateConfig(update(1, 10 * SECOND, FailureAction.ROLLBACK, UpdateOrder.START_FIRST));
        server.setRollbackConfig(update(1, 0, FailureAction.PAUSE, UpdateOrder.STOP_FIRST));
        Healthcheck health = FACTORY.createHealthcheck();
        health.getTest().add("CMD");
        health.getTest().add("curl");
        health.getTest().add("-f");
        health.getTest().add("http://localhost/health");
        health.setInterval(10 * SECOND);
        health.setTimeout(3 * SECOND);
        server.setHealthcheck(health);
        stack.getServices().add(server);

        Service agent = service("agent", "shop/agent:2.0", 0);
        agent.setMode(ServiceMode.GLOBAL);
        agent.unsetReplicas();
        agent.getNetworks().add(attach(backend));
        agent.getConstraints().add(constraint("node.platform.os == linux"));
        agent.getMounts().add(mount(MountType.BIND, "/var/run/docker.sock", "/var/run/docker.sock"));
        stack.getServices().add(agent);
        return withStableIds(cluster, "stack-db");
    }

    /**
     * A cluster for exercising the UI and the engine at scale: {@code nodes} nodes (three managers) labelled with
     * {@code zones} zones round robin, {@code services} services on three overlays, a third of them pinned to a
     * zone, a third spread over zones, every fifth one global, every fourth one publishing a port. Seeded, so always
     * the same.
     */
    public static Cluster large(int nodes, int zones, int services) {
        Random random = new Random(nodes * 31L + zones * 17L + services);
        Cluster cluster = Models.newCluster("large");
        for (int i = 1; i <= nodes; i++) {
            Node node = node(String.format("node%03d", i), i <= 3 ? NodeRole.MANAGER : NodeRole.WORKER,
                    "10.20." + (i / 250) + "." + (i % 250 + 1),
                    2 + random.nextInt(3) * 2, 4 + random.nextInt(4) * 4);
            node.getLabels().add(label("zone", zone(i % zones)));
            node.setEngine(tls(node.getAddress(), node.getHostname()));
            cluster.getNodes().add(node);
        }
        Network[] overlays = {overlay("frontend", "10.1.0.0/20"), overlay("backend", "10.1.16.0/20"),
                overlay("monitoring", "10.1.32.0/20")};
        for (Network overlay : overlays) {
            cluster.getNetworks().add(overlay);
        }
        for (int i = 1; i <= services; i++) {
            Service service = service(String.format("svc%03d", i), "registry.example/app" + i % 7 + ":1." + i % 4,
                    1 + random.nextInt(6));
            if (i % 5 == 0) {
                service.setMode(ServiceMode.GLOBAL);
                service.unsetReplicas();
            }
            service.getNetworks().add(attach(overlays[i % overlays.length]));
            if (i % 4 == 0) {
                service.getPorts().add(port(80, 20000 + i, PublishMode.INGRESS));
            }
            if (i % 3 == 1) {
                service.getConstraints().add(constraint("node.labels.zone == " + zone(i % zones)));
            } else if (i % 3 == 2 && service.getMode() != ServiceMode.GLOBAL) {
                PlacementPreference preference = FACTORY.createPlacementPreference();
                preference.setSpread("node.labels.zone");
                service.getPreferences().add(preference);
            }
            service.setReservations(resources(CPU / 4, 128 * MIB * (1 + random.nextInt(4))));
            service.setRestartPolicy(restart(RestartCondition.ANY, 5 * SECOND, 0));
            cluster.getServices().add(service);
        }
        return withStableIds(cluster, "large-" + nodes + "-" + zones + "-" + services);
    }

    private static String zone(int index) {
        return switch (index) {
        case 0 -> "east";
        case 1 -> "west";
        case 2 -> "central";
        default -> "zone" + index;
        };
    }

    /** Replaces the random ids by ones derived from the example's name and the element's position. */
    private static Cluster withStableIds(Cluster cluster, String example) {
        int index = 0;
        cluster.setId(stableId(example, index++));
        for (Iterator<EObject> contents = cluster.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element) {
                element.setId(stableId(example, index++));
            }
        }
        return cluster;
    }

    private static String stableId(String example, int index) {
        return UUID.nameUUIDFromBytes((example + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Node node(String hostname, NodeRole role, String address, int cpus, int memoryGiB) {
        Node node = FACTORY.createNode();
        node.setHostname(hostname);
        node.setRole(role);
        node.setAddress(address);
        node.setResources(resources(cpus * CPU, memoryGiB * GIB));
        return node;
    }

    private static EngineEndpoint tls(String host, String machine) {
        TcpEndpoint endpoint = FACTORY.createTcpEndpoint();
        endpoint.setHost(host);
        String directory = "~/.docker/machine/machines/" + machine + "/";
        endpoint.setCaCertPath(directory + "ca.pem");
        endpoint.setCertPath(directory + "cert.pem");
        endpoint.setKeyPath(directory + "key.pem");
        return endpoint;
    }

    private static EngineEndpoint ssh(String user, String host) {
        SshEndpoint endpoint = FACTORY.createSshEndpoint();
        endpoint.setUser(user);
        endpoint.setHost(host);
        return endpoint;
    }

    private static Label label(String key, String value) {
        Label label = FACTORY.createLabel();
        label.setKey(key);
        label.setValue(value);
        return label;
    }

    private static Network overlay(String name, String subnet) {
        Network network = FACTORY.createNetwork();
        network.setName(name);
        network.setDriver(NetworkDriver.OVERLAY);
        network.setScope(NetworkScope.SWARM);
        network.setAttachable(true);
        network.setSubnet(subnet);
        return network;
    }

    private static Service service(String name, String image, int replicas) {
        Service service = FACTORY.createService();
        service.setName(name);
        service.setImage(image);
        service.setReplicas(replicas);
        return service;
    }

    private static NetworkAttachment attach(Network network, String... aliases) {
        NetworkAttachment attachment = FACTORY.createNetworkAttachment();
        attachment.setNetwork(network);
        attachment.getAliases().addAll(List.of(aliases));
        return attachment;
    }

    private static PublishedPort port(int target, int published, PublishMode mode) {
        PublishedPort port = FACTORY.createPublishedPort();
        port.setTarget(target);
        port.setPublished(published);
        port.setMode(mode);
        return port;
    }

    private static Constraint constraint(String expression) {
        Constraint constraint = FACTORY.createConstraint();
        constraint.setExpression(expression);
        return constraint;
    }

    private static Resources resources(long nanoCPUs, long memoryBytes) {
        Resources resources = FACTORY.createResources();
        resources.setNanoCPUs(nanoCPUs);
        resources.setMemoryBytes(memoryBytes);
        return resources;
    }

    private static RestartPolicy restart(RestartCondition condition, long delay, int maxAttempts) {
        RestartPolicy policy = FACTORY.createRestartPolicy();
        policy.setCondition(condition);
        policy.setDelay(delay);
        policy.setMaxAttempts(maxAttempts);
        return policy;
    }

    private static UpdateConfig update(int parallelism, long delay, FailureAction failureAction, UpdateOrder order) {
        UpdateConfig config = FACTORY.createUpdateConfig();
        config.setParallelism(parallelism);
        config.setDelay(delay);
        config.setFailureAction(failureAction);
        config.setOrder(order);
        return config;
    }

    private static Mount mount(MountType type, String source, String target) {
        Mount mount = FACTORY.createMount();
        mount.setType(type);
        mount.setSource(source);
        mount.setTarget(target);
        return mount;
    }
}
