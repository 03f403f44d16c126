package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static flotilla.cli.Reliability.assertFailsCleanly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

/** Issue 15, item 4: quantities that crashed the engine now meet a limit with a message naming it. */
class Issue15CrashTest {

    @TempDir
    Path folder;

    private Path modelWithReplicas(int replicas) throws Exception {
        Cluster cluster = ExampleClusters.swarmTutorial();
        cluster.getServices().get(0).setReplicas(replicas);
        Path model = folder.resolve("huge.flotilla");
        Models.save(cluster, model);
        return model;
    }

    @Test
    void replicas2147483647AreRefusedByValidateScheduleAndSim() throws Exception {
        Path model = modelWithReplicas(Integer.MAX_VALUE);
        String limit = "replicas 2,147,483,647 exceed the limit of 1,000,000 tasks the simulator holds";

        Cli.Run validate = flotilla("validate", model.toString());
        assertEquals(1, validate.exitCode());
        assertTrue(validate.out().contains(": error: " + limit), validate.out());
        for (String[] command : new String[][]{{"schedule", model.toString()}, {"sim", "--model", model.toString()},
                {"export", model.toString(), "--format", "stack"}}) {
            Cli.Run run = flotilla(command);
            assertFailsCleanly(run);
            assertTrue(run.err().startsWith(model + ": service "), run.err());
            assertTrue(run.err().contains(": error: " + limit), run.err());
        }
    }

    @Test
    void threeMillionReplicasInAScriptMeetTheLimit() throws Exception {
        Path script = Files.writeString(folder.resolve("big.sh"), """
                docker swarm init
                docker service create --name big --replicas 3000000 nginx
                docker service create --name small --replicas 1 nginx
                docker service scale small=1000001
                docker service update --replicas 1000001 small
                """);

        Cli.Run run = flotilla("sim", script.toString());

        assertFailsCleanly(run);
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        assertTrue(
                lines.get(0).startsWith(script + ":2:1: ") && lines.get(0)
                        .endsWith("replicas 3,000,000 exceed the limit of 1,000,000 tasks the simulator holds"),
                run.err());
        assertTrue(
                lines.get(1).startsWith(script + ":4:1: ") && lines.get(1)
                        .endsWith("replicas 1,000,001 exceed the limit of 1,000,000 tasks the simulator holds"),
                run.err());
        assertTrue(
                lines.get(2).startsWith(script + ":5:1: ") && lines.get(2)
                        .endsWith("replicas 1,000,001 exceed the limit of 1,000,000 tasks the simulator holds"),
                run.err());
    }

    @Test
    void composeNested2000LevelsDeepIsRefusedAtItsPlace() throws Exception {
        Path compose = Files.writeString(folder.resolve("deep.yml"),
                "services:\n  web:\n    image: nginx\n    labels: " + "[".repeat(2000) + "]".repeat(2000) + "\n");

        Cli.Run run = flotilla("import", compose.toString(), "-o", folder.resolve("deep.flotilla").toString());

        assertFailsCleanly(run);
        assertTrue(run.err().matches("\\Q" + compose
                + "\\E:4:2\\d\\d: error: collections nested deeper than 200 levels; a compose file needs a handful\n"),
                run.err());
    }
}
