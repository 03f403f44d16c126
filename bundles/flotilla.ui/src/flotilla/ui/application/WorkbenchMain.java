package flotilla.ui.application;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The product's launcher starts the window with this class on the JDK's class path beside the framework's jar, in
 * place of Equinox's Java launcher ({@code org.eclipse.equinox.launcher}): that launcher is a signed jar, which the JDK
 * checks before it runs, and it loads the framework through a class loader of its own, which the JDK's AOT cache does
 * not link ahead of time. Like that launcher, it runs the framework (which runs the application) and then exits with
 * the exit code the framework left; {@code EclipseStarter.main} would instead leave the JVM running after the window
 * closed. The framework is found by name: this class runs on the class path, outside OSGi.
 */
public final class WorkbenchMain {

    private WorkbenchMain() {
    }

    /** The launcher's exit code when the platform could not be started or failed. */
    private static final int FAILED = 13;

    public static void main(String[] args) {
        if (System.getProperty("eclipse.startTime") == null) {
            System.setProperty("eclipse.startTime", Long.toString(System.currentTimeMillis()));
        }
        // The product does not start SPI Fly (flotilla.product says why), so slf4j (the Engine API client's logging)
        // finds no provider in OSGi and falls back to no-op, as slf4j-nop would; its warning about that stays off the
        // terminal, as in the CLI.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int code;
        try {
            Class<?> starter = Class.forName("org.eclipse.core.runtime.adaptor.EclipseStarter");
            // The display is made while the framework starts its bundles (EarlyDisplay says how).
            starter.getMethod("run", String[].class, Runnable.class).invoke(null, args, new EarlyDisplay());
            code = Integer.getInteger("eclipse.exitcode", 0);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
            System.err.println("flotilla: the platform failed to start: " + cause);
            logTrace(cause, args);
            code = FAILED;
        }
        if (code == FAILED && System.getProperty("osgi.logfile") != null) {
            // The framework wrote what failed to its log, as the launcher says.
            System.err.println("An error has occurred. See the log file\n" + System.getProperty("osgi.logfile") + ".");
        }
        // As the launcher: a framework asked to stay (osgi.noShutdown, e.g. for its console) keeps the JVM running.
        if (!Boolean.getBoolean("osgi.noShutdown")) {
            System.exit(code);
        }
    }

    /**
     * The trace goes to the workspace's log (the framework's own log when it got that far): the user reads one line
     * and where to look, not a trace.
     */
    private static void logTrace(Throwable cause, String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-data")) {
                Path log = Path.of(args[i + 1], ".metadata", ".log");
                try {
                    Files.createDirectories(log.getParent());
                    StringBuilder trace = new StringBuilder();
                    for (Throwable t = cause; t != null; t = t.getCause()) {
                        trace.append(t == cause ? "" : "Caused by: ").append(t).append('\n');
                        for (StackTraceElement frame : t.getStackTrace()) {
                            trace.append("\tat ").append(frame).append('\n');
                        }
                    }
                    Files.writeString(log,
                            "!ENTRY flotilla 4 0 " + Instant.now() + "\n!MESSAGE the platform failed to start\n"
                                    + trace,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    System.err.println("See the log file\n" + log + ".");
                } catch (IOException unwritable) {
                    System.err
                            .println("flotilla: the log " + log + " could not be written: " + unwritable.getMessage());
                }
                return;
            }
        }
    }
}
