package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static flotilla.cli.Reliability.assertFailsCleanly;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.AtomicFile;
import flotilla.model.persistence.Models;

/** Issue 15, item 1: commands that lost a model's content or wrote where they should not. */
class Issue15DataLossTest {

    private static final String STACK = """
            services:
              web:
                image: nginx
                secrets: [db_password]
            secrets:
              db_password:
                file: ./db_password.txt
            """;

    @TempDir
    Path folder;

    private Path importedModel() throws Exception {
        Files.writeString(folder.resolve("db_password.txt"), "s3cret");
        Path compose = Files.writeString(folder.resolve("stack.yml"), STACK);
        Path model = folder.resolve("shop.flotilla");
        assertEquals(0, flotilla("import", compose.toString(), "-o", model.toString()).exitCode());
        return model;
    }

    @Test
    void simSaveOnAModelFreshFromImportKeepsItsServicesAndSecrets() throws Exception {
        Path model = importedModel();
        Path script = Files.writeString(folder.resolve("empty.sh"), "# nothing\n");

        Cli.Run run = flotilla("sim", script.toString(), "--model", model.toString(), "--save", model.toString());

        assertEquals(0, run.exitCode(), run.err());
        Cluster saved = Models.load(model);
        assertEquals(List.of("web"), saved.getServices().stream().map(Service::getName).toList());
        assertEquals("db_password", saved.getSecrets().get(0).getName());
        assertEquals(saved.getSecrets().get(0), saved.getServices().get(0).getSecrets().get(0).getSecret());
    }

    @Test
    void simSaveAfterTheScriptBuiltASwarmStillKeepsTheModelsServices() throws Exception {
        Path model = importedModel();
        Path script = Files.writeString(folder.resolve("init.sh"), "docker swarm init\nsim add-node worker1\n");

        assertEquals(0,
                flotilla("sim", script.toString(), "--model", model.toString(), "--save", model.toString()).exitCode());

        Cluster saved = Models.load(model);
        assertEquals(2, saved.getNodes().size());
        assertEquals(1, saved.getServices().size());
        assertEquals(1, saved.getSecrets().size());
    }

    @Test
    void simWritesNothingAfterAFailedScript() throws Exception {
        Path script = Files.writeString(folder.resolve("broken.sh"),
                "docker swarm init\ndocker service inspect nope\n");
        Path out = folder.resolve("out.flotilla");

        Cli.Run run = flotilla("sim", script.toString(), "--save", out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("flotilla sim: " + out + " not saved: the script failed"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void simSaveNeedsForceToOverwriteAnotherFile() throws Exception {
        Path script = Files.writeString(folder.resolve("init.sh"), "docker swarm init\n");
        Path other = Files.writeString(folder.resolve("other.flotilla"), "precious");

        Cli.Run refused = flotilla("sim", script.toString(), "--save", other.toString());
        assertFailsCleanly(refused);
        assertEquals("flotilla sim: " + other + " exists; use --force to overwrite it\n", refused.err());
        assertEquals("precious", Files.readString(other));

        assertEquals(0, flotilla("sim", script.toString(), "--save", other.toString(), "--force").exitCode());
        assertEquals("precious", Files.readString(AtomicFile.backupOf(other)));
        assertEquals(1, Models.load(other).getNodes().size());
    }

    @Test
    void simSaveNeverWritesOverItsScript() throws Exception {
        Path script = Files.writeString(folder.resolve("init.sh"), "docker swarm init\n");
        Cli.Run run = flotilla("sim", script.toString(), "--save", script.toString(), "--force");
        assertFailsCleanly(run);
        assertEquals("docker swarm init\n", Files.readString(script));
    }

    @Test
    void exportNeverWritesOntoItsOwnModelEvenWithForce() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        byte[] before = Files.readAllBytes(model);

        Cli.Run run = flotilla("export", model.toString(), "--format", "stack", "-o", model.toString(), "--force");

        assertFailsCleanly(run);
        assertTrue(run.err().contains("the command's input"), run.err());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void exportNeedsForceToOverwriteAFile() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        Path stack = Files.writeString(folder.resolve("stack.yml"), "mine");

        assertFailsCleanly(flotilla("export", model.toString(), "--format", "stack", "-o", stack.toString()));
        assertEquals("mine", Files.readString(stack));
        assertEquals(0, flotilla("export", model.toString(), "--format", "stack", "-o", stack.toString(), "--force")
                .exitCode());
        assertEquals("mine", Files.readString(AtomicFile.backupOf(stack)));

        Path k8s = folder.resolve("k8s");
        assertEquals(0, flotilla("export", model.toString(), "--format", "k8s", "-o", k8s.toString()).exitCode());
        assertFailsCleanly(flotilla("export", model.toString(), "--format", "k8s", "-o", k8s.toString()));
        assertEquals(0,
                flotilla("export", model.toString(), "--format", "k8s", "-o", k8s.toString(), "--force").exitCode());
    }

    @Test
    void twoSavesInARowLeaveTheOriginalInTheBackup() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        byte[] original = Files.readAllBytes(model);
        Path noop = Files.writeString(folder.resolve("noop.sh"), "# nothing\n");

        for (int save = 1; save <= 3; save++) {
            assertEquals(0, flotilla("sim", noop.toString(), "--model", model.toString(), "--save", model.toString())
                    .exitCode());
            if (!java.util.Arrays.equals(original, Files.readAllBytes(model))) {
                assertArrayEquals(original, Files.readAllBytes(AtomicFile.backupOf(model)),
                        "save " + save + ": a save that changes nothing new keeps the backup of the original");
            }
        }
    }
}
