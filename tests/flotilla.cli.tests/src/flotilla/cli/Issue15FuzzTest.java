package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import net.jqwik.engine.JqwikTestEngine;

/**
 * Runs the jqwik properties of {@link Issue15FuzzProperties} inside the normal test build. The test runtime is OSGi,
 * where neither the JUnit Platform nor jqwik's own facades find jqwik by the service loader, so the engine is given
 * to a launcher by hand and the context class loader is jqwik's while it runs.
 */
class Issue15FuzzTest {

    @TempDir
    Path folder;

    @Test
    void generatedModelsComposeFilesAndScriptsNeverTraceFailOddlyOrTouchTheirInputs() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JqwikTestEngine.class.getClassLoader());
        try {
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
                    .enableLauncherSessionListenerAutoRegistration(false)
                    .enableLauncherDiscoveryListenerAutoRegistration(false)
                    .enablePostDiscoveryFilterAutoRegistration(false).enableTestExecutionListenerAutoRegistration(false)
                    .addTestEngines(new JqwikTestEngine()).build());
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            long start = System.nanoTime();
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(Issue15FuzzProperties.class))
                    .configurationParameter("jqwik.database", folder.resolve("jqwik-database").toString())
                    .configurationParameter("jqwik.reporting.onlyfailures", "true")
                    .build(), listener);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            TestExecutionSummary summary = listener.getSummary();
            StringWriter failures = new StringWriter();
            summary.printFailuresTo(new PrintWriter(failures), 30);
            assertEquals(3, summary.getTestsFoundCount(), "the three properties were found");
            assertEquals(3, summary.getTestsSucceededCount(), failures::toString);
            assertTrue(seconds < 60, "the fuzz took " + seconds + " s");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
