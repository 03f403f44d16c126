package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static flotilla.cli.Reliability.assertFailsCleanly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.PublishedPort;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

/** Issue 15, item 6: bad values that passed silently into exports, and an import that grew super-linearly. */
class Issue15SilentValuesTest {

    @TempDir
    Path folder;

    @Test
    void port70000IsRefusedByValidateAndExport() throws Exception {
        Cluster cluster = ExampleClusters.swarmTutorial();
        PublishedPort port = ModelFactory.eINSTANCE.createPublishedPort();
        port.setPublished(70000);
        port.setTarget(80);
        cluster.getServices().get(0).getPorts().add(port);
        Path model = folder.resolve("ports.flotilla");
        Models.save(cluster, model);

        assertTrue(flotilla("validate", model.toString()).out()
                .contains("error: port 70000:80 is out of range: ports are 1-65535"));
        Path stack = folder.resolve("stack.yml");
        assertFailsCleanly(flotilla("export", model.toString(), "--format", "stack", "-o", stack.toString()));
        assertFalse(Files.exists(stack));
    }

    @Test
    void negativeReplicasAreNeverWrittenIntoAnExport() throws Exception {
        Cluster cluster = ExampleClusters.swarmTutorial();
        cluster.getServices().get(0).setReplicas(-3);
        Path model = folder.resolve("negative.flotilla");
        Models.save(cluster, model);

        Cli.Run stack = flotilla("export", model.toString(), "--format", "stack");
        assertFailsCleanly(stack);
        assertEquals("", stack.out());
        Path k8s = folder.resolve("k8s");
        assertFailsCleanly(flotilla("export", model.toString(), "--format", "k8s", "-o", k8s.toString()));
        assertFalse(Files.exists(k8s));
    }

    @Test
    void aSecretFileThatDoesNotExistIsAWarning() throws Exception {
        Path model = folder.resolve("db.flotilla");
        Models.save(ExampleClusters.stackWithDatabase(), model);

        Cli.Run run = flotilla("validate", model.toString());

        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains(model
                + ": secret db_password: warning: its file ./secrets/db_password.txt does not exist (deploy reads it from "
                + folder.resolve("secrets/db_password.txt") + ")"), run.out());
        Files.createDirectories(folder.resolve("secrets"));
        Files.writeString(folder.resolve("secrets/db_password.txt"), "s3cret");
        assertFalse(flotilla("validate", model.toString()).out().contains("does not exist"));
    }

    @Test
    void sixtyThousandServicesImportInLinearTime() throws Exception {
        long small = importMillis(6_000);
        long large = importMillis(60_000);
        // Ten times the services may take about ten times as long, not a hundred (97 s before the fix).
        assertTrue(large < 60_000, "60,000 services took " + large + " ms");
        assertTrue(large < 25 * Math.max(small, 200), "6,000 services: " + small + " ms, 60,000: " + large + " ms");
    }

    private long importMillis(int services) throws Exception {
        StringBuilder compose = new StringBuilder("services:\n");
        for (int i = 0; i < services; i++) {
            compose.append("  s").append(i).append(":\n    image: nginx\n");
        }
        Path file = Files.writeString(folder.resolve("many-" + services + ".yml"), compose);
        long start = System.nanoTime();
        Cli.Run run = flotilla("import", file.toString(), "-o",
                folder.resolve("many-" + services + ".flotilla").toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, run.exitCode(), run.err());
        return millis;
    }
}
