package flotilla.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import net.jqwik.engine.JqwikTestEngine;

/**
 * Runs a class of jqwik properties inside the normal test build. The test runtime is OSGi, where neither the JUnit
 * Platform nor jqwik's own facades find jqwik by the service loader, so the engine is given to a launcher by hand
 * and the context class loader is jqwik's while it runs.
 */
final class JqwikRun {

    /** What a run found: the summary, and its failures as text for an assertion message. */
    record Outcome(TestExecutionSummary summary, String failures, long seconds) {
    }

    private JqwikRun() {
    }

    static Outcome properties(Class<?> properties, Path database) {
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
                    .selectors(DiscoverySelectors.selectClass(properties))
                    .configurationParameter("jqwik.database", database.toString())
                    .configurationParameter("jqwik.reporting.onlyfailures", "true")
                    .build(), listener);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            TestExecutionSummary summary = listener.getSummary();
            StringWriter failures = new StringWriter();
            summary.printFailuresTo(new PrintWriter(failures), 30);
            return new Outcome(summary, failures.toString(), seconds);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
