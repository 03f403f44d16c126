package flotilla.deploy.tests;

import static flotilla.deploy.tests.DeployCli.flotilla;
import static flotilla.deploy.tests.DeployCli.label;
import static flotilla.deploy.tests.DeployCli.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.ContainerSpecConfig;
import com.github.dockerjava.api.model.EndpointResolutionMode;
import com.github.dockerjava.api.model.EndpointSpec;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceReplicatedModeOptions;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.api.model.TaskSpec;
import com.github.dockerjava.api.model.TaskState;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.tests.DeployCli.Run;
import flotilla.deploy.live.LiveSwarm;
import flotilla.deploy.live.ServiceSpecs;
import flotilla.deploy.plan.Applier;
import flotilla.deploy.plan.Change;
import flotilla.deploy.plan.Plan;
import flotilla.deploy.plan.Planner;
import flotilla.model.Cluster;
import flotilla.model.Config;
import flotilla.model.ConfigReference;
import flotilla.model.Constraint;
import flotilla.model.EndpointMode;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.NetworkScope;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.PlacementPreference;
import flotilla.model.PublishMode;
import flotilla.model.PublishedPort;
import flotilla.model.Secret;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.persistence.Models;
import flotilla.observed.ClusterState;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;

/**
 * Deploy, redeploy, edit, drift, live import and a dead node, on the real 3-node swarm the build
 * starts (tests/lab). One model goes through the steps in order, as an operator would; the last
 * step deploys an empty model, which removes everything the model deployed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealSwarmDeployTest {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;
    private static final long PLACEMENT_TIMEOUT_MILLIS = 60_000;

    @TempDir
    static Path folder;

    private Lab lab;
    private Engine engine;
    private Path modelFile;

    @BeforeAll
    void connect() throws Exception {
        lab = Lab.get();
        engine = Engine.connect(lab.manager(), null);
        modelFile = folder.resolve("lab.flotilla");
    }

    @AfterAll
    void disconnect() {
        if (engine != null) {
            engine.close();
        }
    }

    /** The example stack: a spread web tier with a host port, a constrained service, a global agent. */
    private Cluster example() throws Exception {
        Cluster cluster = Models.newCluster("lab");
        for (int i = 1; i <= lab.nodes(); i++) {
            Node node = FACTORY.createNode();
            node.setHostname(lab.hostname(i));
            node.setRole(i == 1 ? NodeRole.MANAGER : NodeRole.WORKER);
            cluster.getNodes().add(node);
        }
        cluster.getNodes().get(1).getLabels().add(label("zone", "east"));
        cluster.getNodes().get(2).getLabels().add(label("zone", "west"));
        Network front = FACTORY.createNetwork();
        front.setName("front");
        front.setDriver(NetworkDriver.OVERLAY);
        front.setScope(NetworkScope.SWARM);
        front.setAttachable(true);
        front.getLabels().add(label("tier", "front"));
        front.getDriverOptions().add(label("com.docker.network.driver.mtu", "1400"));
        cluster.getNetworks().add(front);
        Secret token = FACTORY.createSecret();
        token.setName("flotilla-test-token");
        token.setFile("token.txt");
        token.getLabels().add(label("rotate", "monthly"));
        Files.writeString(folder.resolve("token.txt"), "s3cr3t\n");
        cluster.getSecrets().add(token);

        Service web = service(cluster, "web", ServiceMode.REPLICATED, 3);
        PublishedPort port = FACTORY.createPublishedPort();
        port.setTarget(8080);
        port.setPublished(18080);
        port.setMode(PublishMode.HOST);
        web.getPorts().add(port);
        NetworkAttachment attachment = FACTORY.createNetworkAttachment();
        attachment.setNetwork(front);
        web.getNetworks().add(attachment);
        SecretReference reference = FACTORY.createSecretReference();
        reference.setSecret(token);
        web.getSecrets().add(reference);
        web.getLabels().add(label("tier", "front"));

        Service east = service(cluster, "east", ServiceMode.REPLICATED, 2);
        Constraint constraint = FACTORY.createConstraint();
        constraint.setExpression("node.labels.zone == east");
        east.getConstraints().add(constraint);

        service(cluster, "agent", ServiceMode.GLOBAL, 0);
        return cluster;
    }

    private Service service(Cluster cluster, String name, ServiceMode mode, int replicas) {
        Service service = FACTORY.createService();
        service.setName(name);
        service.setImage(lab.image());
        service.getCommand().addAll(List.of("sleep", "3600"));
        service.setMode(mode);
        if (mode == ServiceMode.REPLICATED) {
            service.setReplicas(replicas);
        }
        service.setEndpointMode(EndpointMode.DNSRR);
        cluster.getServices().add(service);
        return service;
    }

    private static Service find(Cluster cluster, String name) {
        return cluster.getServices().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private Run deploy(Path model) {
        return flotilla("deploy", model.toString(), "--host", lab.manager());
    }

    /** Running tasks per node hostname, for a service. */
    private Map<String, Integer> placement(String service) {
        Map<String, String> hostnames = engine.docker().listSwarmNodesCmd().exec().stream()
                .collect(Collectors.toMap(SwarmNode::getId, node -> node.getDescription().getHostname()));
        Map<String, Integer> counts = new TreeMap<>();
        for (Task task : engine.docker().listTasksCmd().withServiceFilter(service).exec()) {
            if (task.getDesiredState() == TaskState.RUNNING && task.getStatus() != null
                    && task.getStatus().getState() == TaskState.RUNNING && task.getNodeId() != null) {
                counts.merge(hostnames.get(task.getNodeId()), 1, Integer::sum);
            }
        }
        return counts;
    }

    private void awaitPlacement(String service, Map<String, Integer> expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PLACEMENT_TIMEOUT_MILLIS;
        Map<String, Integer> actual = placement(service);
        while (!actual.equals(new TreeMap<>(expected)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            actual = placement(service);
        }
        assertEquals(new TreeMap<>(expected), actual, "running tasks of " + service + " per node");
    }

    private long version(String service) {
        return engine.docker().inspectServiceCmd(service).exec().getVersion().getIndex();
    }

    private Map<String, Integer> onEveryNode(int count) {
        Map<String, Integer> all = new TreeMap<>();
        for (int i = 1; i <= lab.nodes(); i++) {
            all.put(lab.hostname(i), count);
        }
        return all;
    }

    @Test
    @Order(1)
    void deployPrintsThePlanThenPlacesTasksAsSwarmDecides() throws Exception {
        Models.save(example(), modelFile);

        Run dryRun = flotilla("deploy", modelFile.toString(), "--host", lab.manager(), "--dry-run");
        assertEquals(0, dryRun.status(), dryRun.out() + dryRun.err());
        assertTrue(dryRun.out().contains("Plan: 5 to create, 2 to update, 0 to remove."), dryRun.out());
        assertTrue(dryRun.out().contains("Dry run: nothing was changed."), dryRun.out());
        assertTrue(engine.docker().listServicesCmd().withNameFilter(List.of("web")).exec().isEmpty(),
                "a dry run deployed");

        Run run = deploy(modelFile);
        assertEquals(0, run.status(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("  + secret flotilla-test-token: from token.txt"), out);
        assertTrue(out.contains("  + network front: overlay; attachable"), out);
        assertTrue(out.contains("  ~ node " + lab.hostname(2) + ": labels: {} -> {zone=east}"), out);
        assertTrue(out.contains("  + service web: replicated 3, image " + lab.image()), out);
        assertTrue(out.contains("  + service agent: global"), out);
        // The plan first, then Docker's own words while applying, in dependency order.
        assertTrue(out.indexOf("Plan:") < out.indexOf("Creating secret flotilla-test-token"), out);
        assertTrue(out.indexOf("Creating network front") < out.indexOf("Creating service web"), out);
        assertTrue(out.indexOf("Updating node " + lab.hostname(2)) < out.indexOf("Creating service east"), out);
        assertTrue(out.contains("Deployed: 5 created, 2 updated, 0 removed."), out);

        // One web task per node (the host port allows no more), east only where zone==east, agent everywhere.
        awaitPlacement("web", onEveryNode(1));
        awaitPlacement("east", Map.of(lab.hostname(2), 2));
        awaitPlacement("agent", onEveryNode(1));
        ServiceSpec web = engine.docker().inspectServiceCmd("web").exec().getSpec();
        assertEquals(EndpointResolutionMode.DNSRR, web.getEndpointSpec().getMode());
        assertEquals(Models.load(modelFile).getId(), web.getLabels().get(ServiceSpecs.MODEL_LABEL));
        assertEquals("flotilla-test-token",
                web.getTaskTemplate().getContainerSpec().getSecrets().get(0).getSecretName());
    }

    @Test
    @Order(2)
    void aSecondDeployChangesNothingAndSaysSo() {
        Map<String, Long> before = Map.of("web", version("web"), "east", version("east"), "agent", version("agent"));
        Run run = deploy(modelFile);
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals("No changes. The swarm matches the model.\n", run.out());
        before.forEach((service, version) -> assertEquals(version, version(service), service + " was updated"));
        Run diff = flotilla("diff", modelFile.toString(), "--host", lab.manager());
        assertEquals(0, diff.status(), diff.out() + diff.err());
    }

    @Test
    @Order(3)
    void anEditedModelUpdatesOnlyWhatChanged() throws Exception {
        Cluster model = Models.load(modelFile);
        find(model, "east").setReplicas(1);
        model.getNodes().get(2).getLabels().get(0).setValue("south");
        Models.save(model, modelFile);
        long web = version("web");
        long agent = version("agent");
        long east = version("east");

        Run run = deploy(modelFile);
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("Plan: 0 to create, 2 to update, 0 to remove.\n"
                + "  ~ node " + lab.hostname(3) + ": labels: {zone=west} -> {zone=south}\n"
                + "  ~ service east: replicas: 2 -> 1\n"), run.out());
        assertEquals(web, version("web"));
        assertEquals(agent, version("agent"));
        assertNotEquals(east, version("east"));
        awaitPlacement("east", Map.of(lab.hostname(2), 1));
    }

    @Test
    @Order(4)
    void driftIsThePlanDeployWouldApply() throws Exception {
        // Someone scales web by hand, and creates a service of their own.
        com.github.dockerjava.api.model.Service web = engine.docker().inspectServiceCmd("web").exec();
        ServiceSpec scaled = web.getSpec()
                .withMode(new ServiceModeConfig().withReplicated(new ServiceReplicatedModeOptions().withReplicas(2)));
        engine.docker().updateServiceCmd(web.getId(), scaled).withVersion(web.getVersion().getIndex()).exec();
        engine.docker().createServiceCmd(new ServiceSpec().withName("handmade")
                .withTaskTemplate(new TaskSpec().withContainerSpec(
                        new ContainerSpec().withImage(lab.image()).withCommand(List.of("sleep", "3600"))))
                .withEndpointSpec(new EndpointSpec().withMode(EndpointResolutionMode.DNSRR))
                .withMode(new ServiceModeConfig().withReplicated(new ServiceReplicatedModeOptions().withReplicas(1))))
                .exec();
        try {
            Run diff = flotilla("diff", modelFile.toString(), "--host", lab.manager());
            assertEquals(1, diff.status(), diff.out() + diff.err());
            // Only web: a service the model did not deploy is none of its business.
            assertEquals("Plan: 0 to create, 1 to update, 0 to remove.\n  ~ service web: replicas: 2 -> 3\n",
                    diff.out());

            Run run = deploy(modelFile);
            assertEquals(0, run.status(), run.out() + run.err());
            awaitPlacement("web", onEveryNode(1));
            assertEquals(0, flotilla("diff", modelFile.toString(), "--host", lab.manager()).status());
        } finally {
            engine.docker().removeServiceCmd("handmade").exec();
        }
    }

    @Test
    @Order(5)
    void liveImportGivesBackTheDeployedModel() throws Exception {
        Path imported = folder.resolve("imported.flotilla");
        Run run = flotilla("import", "--host", lab.manager(), "-o", imported.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("Imported 3 nodes (0 not ready), 1 networks, 3 services, 1 secrets"),
                run.out());

        Cluster deployed = Models.load(modelFile);
        Cluster live = Models.load(imported);
        assertEquals(deployed.getId(), live.getId(), "the import takes over the id the services carry");
        for (Node node : deployed.getNodes()) {
            Node twin = live.getNodes().stream().filter(n -> n.getHostname().equals(node.getHostname())).findFirst()
                    .orElseThrow();
            assertEquals(node.getRole(), twin.getRole(), node.getHostname());
            assertEquals(node.getAvailability(), twin.getAvailability(), node.getHostname());
            assertEquals(labels(node.getLabels()), labels(twin.getLabels()), node.getHostname());
            assertTrue(twin.getResources().getNanoCPUs() > 0 && twin.getResources().getMemoryBytes() > 0);
        }
        assertEquals(List.of("front"),
                live.getNetworks().stream().filter(n -> !n.isImplicit()).map(Network::getName).toList());
        assertEquals(List.of("flotilla-test-token"), live.getSecrets().stream().map(Secret::getName).toList());
        // Labels and driver options come back as deployed, without what Flotilla and swarm add themselves.
        Network front = live.getNetworks().stream().filter(n -> n.getName().equals("front")).findFirst().orElseThrow();
        Network deployedFront = deployed.getNetworks().stream().filter(n -> n.getName().equals("front")).findFirst()
                .orElseThrow();
        assertEquals(labels(deployedFront.getLabels()), labels(front.getLabels()));
        assertEquals(labels(deployedFront.getDriverOptions()), labels(front.getDriverOptions()));
        assertFalse(front.isExternal(), "the model created front");
        assertEquals(labels(deployed.getSecrets().get(0).getLabels()), labels(live.getSecrets().get(0).getLabels()));
        for (Service service : deployed.getServices()) {
            Service twin = live.getServices().stream().filter(s -> s.getName().equals(service.getName())).findFirst()
                    .orElseThrow();
            assertEquals(
                    ServiceSpecs.shape(ServiceSpecs.toEngine(service, deployed.getId(), null), Function.identity()),
                    ServiceSpecs.shape(ServiceSpecs.toEngine(twin, live.getId(), null), Function.identity()),
                    service.getName());
        }
        // The strongest equality: the imported model, deployed, changes nothing.
        Run diff = flotilla("diff", imported.toString(), "--host", lab.manager());
        assertEquals(0, diff.status(), diff.out() + diff.err());

        ClusterState state = (ClusterState) Models
                .load(Models.newResourceSet(), folder.resolve("imported.flotillastate")).getContents().get(0);
        assertEquals(3, state.getNodes().size());
        assertTrue(state.getNodes().stream().allMatch(status -> status.getState() == NodeState.READY));
        // Tasks being shut down (desired shutdown, still running) are observed too; count those meant to run.
        long running = state.getTasks().stream()
                .filter(task -> task.getDesiredState() == flotilla.observed.TaskState.RUNNING
                        && task.getCurrentState() == flotilla.observed.TaskState.RUNNING)
                .count();
        assertEquals(3 + 1 + 3, running, "web 3, east 1, agent 3");
    }

    @Test
    @Order(6)
    void aHandMadeServiceIsTakenOverAndAModeChangeReplacesTheService() throws Exception {
        engine.docker().createServiceCmd(new ServiceSpec().withName("adopted")
                .withTaskTemplate(new TaskSpec().withContainerSpec(
                        new ContainerSpec().withImage(lab.image()).withCommand(List.of("sleep", "3600"))))
                .withEndpointSpec(new EndpointSpec().withMode(EndpointResolutionMode.DNSRR))
                .withMode(new ServiceModeConfig().withReplicated(new ServiceReplicatedModeOptions().withReplicas(1))))
                .exec();
        Cluster model = Models.load(modelFile);
        service(model, "adopted", ServiceMode.REPLICATED, 1);
        Models.save(model, modelFile);
        // The swarm runs what the model says: taking the service over is listed, but is no drift.
        Run diff = flotilla("diff", modelFile.toString(), "--host", lab.manager());
        assertEquals(0, diff.status(), diff.out() + diff.err());
        assertEquals("Plan: 0 to create, 1 to update, 0 to remove.\n  ~ service adopted: " + Change.TAKE_OVER + "\n",
                diff.out());

        // Swarm cannot change a service's mode in place: the plan replaces it.
        Service agent = find(model, "agent");
        agent.setMode(ServiceMode.REPLICATED);
        agent.setReplicas(2);
        Models.save(model, modelFile);
        Run run = deploy(modelFile);
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("  -/+ service agent: mode: global -> replicated;"), run.out());
        assertTrue(run.out().contains("Replacing service agent\n"), run.out());
        assertTrue(run.out().contains("Deployed: 0 created, 1 updated, 1 replaced, 0 removed."), run.out());
        long deadline = System.currentTimeMillis() + PLACEMENT_TIMEOUT_MILLIS;
        while (placement("agent").values().stream().mapToInt(Integer::intValue).sum() != 2
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(2, placement("agent").values().stream().mapToInt(Integer::intValue).sum(),
                placement("agent").toString());
        assertEquals(Models.load(modelFile).getId(),
                engine.docker().inspectServiceCmd("adopted").exec().getSpec().getLabels()
                        .get(ServiceSpecs.MODEL_LABEL));
        assertEquals("No changes. The swarm matches the model.\n", deploy(modelFile).out());
    }

    @Test
    @Order(7)
    void aDeployCutShortIsCompletedByTheNext() throws Exception {
        Cluster model = Models.load(modelFile);
        service(model, "batch", ServiceMode.REPLICATED, 1);
        service(model, "cache", ServiceMode.REPLICATED, 1);
        find(model, "east").setReplicas(2);
        Models.save(model, modelFile);

        // The daemon "dies" after the first change: the applier stops there.
        Plan plan = Planner.plan(model, LiveSwarm.read(engine), folder);
        assertEquals(3, plan.changes().size(), plan.describe());
        List<Change> applied = new ArrayList<>();
        IllegalStateException cut = assertThrows(IllegalStateException.class,
                () -> new Applier(engine, model, folder).apply(plan, new Applier.Listener() {
                    @Override
                    public void applying(Change change, int index, int total) {
                        if (index == 1) {
                            throw new IllegalStateException("connection reset");
                        }
                    }

                    @Override
                    public void applied(Change change, int index, int total) {
                        applied.add(change);
                    }
                }));
        assertEquals("connection reset", cut.getMessage());
        assertEquals(1, applied.size());

        Run run = deploy(modelFile);
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("Plan: "
                + (plan.count(Change.Action.CREATE) - (applied.get(0).action() == Change.Action.CREATE ? 1 : 0))),
                run.out());
        assertFalse(run.out().contains(applied.get(0).line()), run.out());
        assertEquals("No changes. The swarm matches the model.\n", deploy(modelFile).out());
    }

    @Test
    @Order(8)
    void aKilledDockerdIsADownNodeInTheLiveImport() throws Exception {
        lab.killNode(3);
        try {
            Path imported = folder.resolve("down.flotilla");
            long deadline = System.currentTimeMillis() + 60_000;
            NodeState state = null;
            while (System.currentTimeMillis() < deadline) {
                Run run = flotilla("import", "--host", lab.manager(), "-o", imported.toString(), "--force");
                assertEquals(0, run.status(), run.out() + run.err());
                ClusterState observed = (ClusterState) Models
                        .load(Models.newResourceSet(), folder.resolve("down.flotillastate"))
                        .getContents().get(0);
                state = observed.getNodes().stream()
                        .filter(status -> lab.hostname(3).equals(status.getNode().getHostname()))
                        .map(NodeStatus::getState).findFirst().orElseThrow();
                if (state == NodeState.DOWN) {
                    assertTrue(run.out().startsWith("Imported 3 nodes (1 not ready)"), run.out());
                    break;
                }
                Thread.sleep(1000);
            }
            assertEquals(NodeState.DOWN, state);
        } finally {
            lab.startNode(3);
        }
    }

    @Test
    @Order(9)
    void anEmptyModelRemovesWhatTheModelDeployedAndNothingElse() throws Exception {
        Cluster model = Models.load(modelFile);
        model.getServices().clear();
        model.getSecrets().clear();
        model.getNetworks().removeIf(network -> !network.isImplicit());
        Models.save(model, modelFile);
        engine.docker().createServiceCmd(new ServiceSpec().withName("bystander")
                .withTaskTemplate(new TaskSpec().withContainerSpec(
                        new ContainerSpec().withImage(lab.image()).withCommand(List.of("sleep", "3600"))))
                .withEndpointSpec(new EndpointSpec().withMode(EndpointResolutionMode.DNSRR))
                .withMode(new ServiceModeConfig().withReplicated(new ServiceReplicatedModeOptions().withReplicas(1))))
                .exec();
        try {
            Run run = deploy(modelFile);
            assertEquals(0, run.status(), run.out() + run.err());
            assertTrue(run.out().contains("Plan: 0 to create, 0 to update, 8 to remove."), run.out());
            assertTrue(run.out().indexOf("Removing service web") < run.out().indexOf("Removing network front"),
                    run.out());
            assertTrue(run.out().indexOf("Removing network front") < run.out()
                    .indexOf("Removing secret flotilla-test-token"), run.out());
            List<String> left = engine.docker().listServicesCmd().exec().stream().map(s -> s.getSpec().getName())
                    .toList();
            assertEquals(List.of("bystander"), left);
            // The manager keeps its local instance of the overlay until its last task has left it.
            long deadline = System.currentTimeMillis() + 30_000;
            while (LiveSwarm.read(engine).network("front") != null && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            assertNull(LiveSwarm.read(engine).network("front"));
            assertEquals("No changes. The swarm matches the model.\n", deploy(modelFile).out());
        } finally {
            engine.docker().removeServiceCmd("bystander").exec();
        }
    }

    @Test
    @Order(10)
    void preferencesJobsAndConfigsDeployForRealRedeployAsNoOpAndImportBack() throws Exception {
        Cluster model = Models.load(modelFile);
        // Zones: south on nodes 1 and 3, east on node 2; spread puts one task in each.
        model.getNodes().get(0).getLabels().add(label("zone", "south"));
        Config config = FACTORY.createConfig();
        config.setName("flotilla-test-conf");
        config.setFile("app.conf");
        Files.writeString(folder.resolve("app.conf"), "greeting=hello\n");
        model.getConfigs().add(config);
        Service spread = service(model, "spread", ServiceMode.REPLICATED, 2);
        PlacementPreference preference = FACTORY.createPlacementPreference();
        preference.setSpread("node.labels.zone");
        spread.getPreferences().add(preference);
        ConfigReference reference = FACTORY.createConfigReference();
        reference.setConfig(config);
        reference.setTarget("/etc/app.conf");
        spread.getConfigs().add(reference);
        Service once = service(model, "once", ServiceMode.REPLICATED_JOB, 3);
        once.setReplicas(3);
        once.getCommand().clear();
        once.getCommand().add("true");
        Models.save(model, modelFile);
        try {
            deployPreferencesJobsAndConfigs(model);
        } finally {
            // Leave the lab as the other lab tests expect it: no services, node 1 unlabelled.
            model.getServices().clear();
            model.getConfigs().clear();
            model.getNodes().get(0).getLabels().clear();
            Models.save(model, modelFile);
            Run cleanup = deploy(modelFile);
            assertEquals(0, cleanup.status(), cleanup.out() + cleanup.err());
            assertTrue(cleanup.out().contains("  - config flotilla-test-conf"), cleanup.out());
        }
    }

    private void deployPreferencesJobsAndConfigs(Cluster model) throws Exception {
        Run run = deploy(modelFile);
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("  + config flotilla-test-conf: from app.conf"), run.out());
        assertTrue(run.out().contains("  + service once: replicated-job 3, image " + lab.image()), run.out());
        assertFalse(run.out().contains("not deployed"), run.out());

        Map<String, String> zones = Map.of(lab.hostname(1), "south", lab.hostname(2), "east", lab.hostname(3), "south");
        long deadline = System.currentTimeMillis() + PLACEMENT_TIMEOUT_MILLIS;
        Map<String, Integer> perZone = Map.of();
        while (System.currentTimeMillis() < deadline) {
            perZone = new TreeMap<>();
            for (Map.Entry<String, Integer> entry : placement("spread").entrySet()) {
                perZone.merge(zones.get(entry.getKey()), entry.getValue(), Integer::sum);
            }
            if (perZone.equals(Map.of("east", 1, "south", 1))) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(Map.of("east", 1, "south", 1), perZone, "running tasks of spread per zone");
        long completed = 0;
        while (System.currentTimeMillis() < deadline) {
            completed = engine.docker().listTasksCmd().withServiceFilter("once").exec().stream()
                    .filter(task -> task.getStatus() != null && task.getStatus().getState() == TaskState.COMPLETE)
                    .count();
            if (completed >= 3) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(3, completed, "completed tasks of the job");
        ContainerSpecConfig mounted = engine.docker().inspectServiceCmd("spread").exec().getSpec().getTaskTemplate()
                .getContainerSpec().getConfigs().get(0);
        assertEquals("flotilla-test-conf", mounted.getConfigName());
        assertEquals("/etc/app.conf", mounted.getFile().getName());
        JsonNode created = engine.get("/configs/flotilla-test-conf");
        assertEquals(model.getId(), created.path("Spec").path("Labels").path(ServiceSpecs.MODEL_LABEL).asText());

        // A second deploy touches none of them (a job updated would run again).
        Map<String, Long> before = Map.of("spread", version("spread"), "once", version("once"));
        assertEquals("No changes. The swarm matches the model.\n", deploy(modelFile).out());
        before.forEach((service, version) -> assertEquals(version, version(service), service + " was updated"));

        Path imported = folder.resolve("extras.flotilla");
        Run importRun = flotilla("import", "--host", lab.manager(), "-o", imported.toString());
        assertEquals(0, importRun.status(), importRun.out() + importRun.err());
        Cluster live = Models.load(imported);
        Service liveSpread = find(live, "spread");
        assertEquals(List.of("node.labels.zone"),
                liveSpread.getPreferences().stream().map(PlacementPreference::getSpread).toList());
        assertEquals("flotilla-test-conf", liveSpread.getConfigs().get(0).getConfig().getName());
        assertEquals("/etc/app.conf", liveSpread.getConfigs().get(0).getTarget());
        Service liveOnce = find(live, "once");
        assertEquals(ServiceMode.REPLICATED_JOB, liveOnce.getMode());
        assertEquals(3, liveOnce.getReplicas());
        Run diff = flotilla("diff", imported.toString(), "--host", lab.manager());
        assertEquals(0, diff.status(), diff.out() + diff.err());
    }
}
