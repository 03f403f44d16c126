package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the property of {@link AnalysisAgreesWithSimProperties} inside the normal test build. */
class AnalysisAgreesWithSimTest {

    @TempDir
    Path folder;

    @Test
    void onRandomModelsTheAnalysisAndTheSimulatorAgree() {
        JqwikRun.Outcome run = JqwikRun.properties(AnalysisAgreesWithSimProperties.class,
                folder.resolve("jqwik-database"));
        assertEquals(1, run.summary().getTestsFoundCount(), "the property was found");
        assertEquals(1, run.summary().getTestsSucceededCount(), run::failures);
    }
}
