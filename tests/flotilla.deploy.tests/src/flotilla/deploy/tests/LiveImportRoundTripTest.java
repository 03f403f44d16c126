package flotilla.deploy.tests;

import static flotilla.deploy.tests.DeployCli.flotilla;
import static flotilla.deploy.tests.DeployCli.label;
import static flotilla.deploy.tests.DeployCli.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Config;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.NetworkScope;
import flotilla.model.Secret;
import flotilla.model.StoredData;
import flotilla.model.persistence.Models;

/**
 * What deploy sends of networks, secrets and configs (labels, driver options, external networks used and never
 * created) comes back from {@code flotilla import --host}: deploy, then live import, against a daemon that keeps
 * them as the Engine does.
 */
class LiveImportRoundTripTest {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    @TempDir
    Path folder;

    private Cluster model() throws Exception {
        Cluster cluster = Models.newCluster("shop");
        Network front = FACTORY.createNetwork();
        front.setName("front");
        front.setDriver(NetworkDriver.OVERLAY);
        front.setScope(NetworkScope.SWARM);
        front.setEncrypted(true);
        front.getLabels().addAll(List.of(label("tier", "front"), label("owner", "shop")));
        front.getDriverOptions()
                .addAll(List.of(label("encrypted", ""), label("com.docker.network.driver.mtu", "1400")));
        cluster.getNetworks().add(front);
        Network proxy = FACTORY.createNetwork();
        proxy.setName("proxy");
        proxy.setDriver(NetworkDriver.OVERLAY);
        proxy.setScope(NetworkScope.SWARM);
        proxy.setExternal(true);
        cluster.getNetworks().add(proxy);
        Secret token = FACTORY.createSecret();
        token.setName("token");
        token.setFile("token.txt");
        token.getLabels().add(label("rotate", "monthly"));
        cluster.getSecrets().add(token);
        Config conf = FACTORY.createConfig();
        conf.setName("app-conf");
        conf.setFile("app.conf");
        conf.getLabels().add(label("format", "ini"));
        cluster.getConfigs().add(conf);
        Files.writeString(folder.resolve("token.txt"), "s3cr3t\n");
        Files.writeString(folder.resolve("app.conf"), "greeting=hello\n");
        return cluster;
    }

    @Test
    void networkLabelsDriverOptionsExternalAndStoredDataLabelsComeBack() throws Exception {
        try (FakeSwarm swarm = new FakeSwarm()) {
            swarm.createNetwork("proxy");
            Cluster deployed = model();
            Path modelFile = folder.resolve("shop.flotilla");
            Models.save(deployed, modelFile);

            DeployCli.Run deploy = flotilla("deploy", modelFile.toString(), "--host", swarm.host());
            assertEquals(0, deploy.status(), deploy.out() + deploy.err());
            assertEquals(List.of("proxy", "front"),
                    swarm.networks().stream().map(network -> network.path("Name").asText()).toList(),
                    "the external network is used, not created");

            Path importedFile = folder.resolve("imported.flotilla");
            DeployCli.Run imported = flotilla("import", "--host", swarm.host(), "-o", importedFile.toString());
            assertEquals(0, imported.status(), imported.out() + imported.err());
            Cluster live = Models.load(importedFile);

            Network front = network(live, "front");
            assertFalse(front.isExternal(), "the model created front");
            assertTrue(front.isEncrypted());
            assertEquals(labels(network(deployed, "front").getLabels()), labels(front.getLabels()));
            assertEquals(labels(network(deployed, "front").getDriverOptions()), labels(front.getDriverOptions()),
                    "the options the file gave, without the VXLAN id swarm adds");
            Network proxy = network(live, "proxy");
            assertTrue(proxy.isExternal(), "a network the model did not create is external");
            assertEquals(Map.of(), labels(proxy.getLabels()));

            assertStoredData(deployed.getSecrets().get(0), live.getSecrets());
            assertStoredData(deployed.getConfigs().get(0), live.getConfigs());

            // The imported model, deployed to the same swarm, changes nothing.
            DeployCli.Run diff = flotilla("diff", importedFile.toString(), "--host", swarm.host());
            assertEquals(0, diff.status(), diff.out() + diff.err());
        }
    }

    private static Network network(Cluster cluster, String name) {
        return cluster.getNetworks().stream().filter(network -> network.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no network " + name));
    }

    private static void assertStoredData(StoredData deployed, List<? extends StoredData> live) {
        StoredData twin = live.stream().filter(data -> data.getName().equals(deployed.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + deployed.getName() + " in the import"));
        assertEquals(labels(deployed.getLabels()), labels(twin.getLabels()), deployed.getName());
        assertTrue(twin.isExternal(), "swarm never gives the value back: " + deployed.getName());
    }
}
