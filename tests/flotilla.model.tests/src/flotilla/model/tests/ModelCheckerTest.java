package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.ServiceMode;
import flotilla.model.persistence.Models;
import flotilla.model.validation.ModelChecker;

class ModelCheckerTest {
    @TempDir
    Path directory;

    @Test
    void printsEachFindingLikeACompilerAndFailsOnErrors() throws Exception {
        Cluster cluster = Fixtures.cluster();
        Fixtures.web(cluster).setMode(ServiceMode.GLOBAL);
        Fixtures.web(cluster).getConstraints().add(Fixtures.constraint("node.labels.zone = east"));
        Path file = directory.resolve("bad.flotilla");
        Models.save(cluster, file);

        ModelChecker.Result result = ModelChecker.check(List.of(file));
        assertEquals(List.of(
                file + ": service web: error: sets replicas, but a global service runs one task on every eligible node",
                file + ": constraint 'node.labels.zone = east' of service web: error: column 18: constraint expected one operator from ==, !="),
                result.lines());
        assertEquals(1, result.exitCode());
    }

    @Test
    void warningsAndInfosDoNotFail() throws Exception {
        Cluster cluster = Fixtures.cluster();
        Fixtures.web(cluster).getConstraints().add(Fixtures.constraint("node.labels.zone == north"));
        Path file = directory.resolve("warned.flotilla");
        Models.save(cluster, file);

        ModelChecker.Result result = ModelChecker.check(List.of(file));
        assertEquals(List.of(file
                + ": constraint 'node.labels.zone == north' of service web: warning: no node in the model satisfies node.labels.zone == north"),
                result.lines());
        assertEquals(0, result.exitCode());
    }

    @Test
    void anUnloadableFileIsAnErrorAndTheOthersAreStillChecked() throws Exception {
        Path broken = directory.resolve("broken.flotilla");
        Files.writeString(broken, "<flotilla:Cluster xmlns:flotilla=\"http://flotilla.dev/model/1.0\">\n<nodes>");
        Path good = directory.resolve("good.flotilla");
        Models.save(Fixtures.cluster(), good);

        ModelChecker.Result result = ModelChecker.check(List.of(broken, good));
        assertEquals(1, result.lines().size(), result.lines()::toString);
        assertEquals(broken
                + ":2:8: error: not well-formed XML: XML document structures must start and end within the same entity.",
                result.lines().get(0));
        assertEquals(1, result.exitCode());
    }
}
