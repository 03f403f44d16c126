package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void aValidModelPassesQuietlyOrWithNotesOnly() throws Exception {
        Path file = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), file);

        Cli.Run run = flotilla("validate", file.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().lines().noneMatch(line -> line.contains(": error: ")), run.out());
    }

    @Test
    void errorsArePrintedLikeACompilerAndFailTheCommand() throws Exception {
        Cluster cluster = ExampleClusters.swarmTutorial();
        Service copy = cluster.getServices().get(0);
        Service duplicate = ModelFactory.eINSTANCE.createService();
        duplicate.setName(copy.getName());
        duplicate.setImage("alpine");
        cluster.getServices().add(duplicate);
        Path file = folder.resolve("duplicate.flotilla");
        Models.save(cluster, file);

        Cli.Run run = flotilla("validate", file.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith(file + ": ") && line.contains(": error: ")
                && line.contains(copy.getName())), run.out());
    }

    @Test
    void anUnreadableModelNamesTheFileAndLine() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.flotilla"), "<?xml version=\"1.0\"?>\n<flotilla:Cluster");

        Cli.Run run = flotilla("validate", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(file.toString() + ":"), run.out());
        assertTrue(run.out().contains("error"), run.out());
    }

    @Test
    void validateWithoutAModelIsAUsageError() {
        Cli.Run run = flotilla("validate");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertTrue(run.err().contains("MODEL"), run.err());
    }
}
