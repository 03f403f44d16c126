package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the jqwik properties of {@link Issue15FuzzProperties} inside the normal test build ({@link JqwikRun}). */
class Issue15FuzzTest {

    @TempDir
    Path folder;

    @Test
    void generatedModelsComposeFilesAndScriptsNeverTraceFailOddlyOrTouchTheirInputs() {
        JqwikRun.Outcome run = JqwikRun.properties(Issue15FuzzProperties.class, folder.resolve("jqwik-database"));
        assertEquals(3, run.summary().getTestsFoundCount(), "the three properties were found");
        assertEquals(3, run.summary().getTestsSucceededCount(), run::failures);
        assertTrue(run.seconds() < 60, "the fuzz took " + run.seconds() + " s");
    }
}
