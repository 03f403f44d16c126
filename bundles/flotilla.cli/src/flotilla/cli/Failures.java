package flotilla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import flotilla.model.errors.ErrorMessages;
import flotilla.model.persistence.AtomicFile;

/**
 * What reaches the user when a command fails: one line, {@code flotilla: FILE:LINE:COL: message} or the operation and
 * its cause, never a stack trace. The trace goes to a log file in {@value #LOG_FOLDER} under the home folder (or
 * {@value #LOG_DIR_PROPERTY}), only with {@code --debug} or when the failure is a bug, and the line says where.
 */
final class Failures {

    static final String LOG_FOLDER = ".flotilla/log";

    /** Where the log files go instead of ~/.flotilla/log (also FLOTILLA_LOG_DIR). */
    static final String LOG_DIR_PROPERTY = "flotilla.log.dir";

    private Failures() {
    }

    /** Prints what went wrong, logs the trace when asked or when it is a bug, and returns the exit code, 1. */
    static int report(Throwable failure, PrintWriter err, boolean debug, String[] args) {
        boolean internal = ErrorMessages.isInternal(failure);
        String message = ErrorMessages.describe(failure);
        err.println("flotilla: " + (internal ? "internal error: " : "") + message);
        if (internal || debug) {
            try {
                Path log = writeLog(failure, args);
                err.println(
                        "flotilla: " + (internal ? "this is a bug; the details are in " : "the trace is in ") + log);
            } catch (IOException | RuntimeException e) {
                err.println("flotilla: the trace could not be written to the log: " + ErrorMessages.describe(e));
            }
        }
        err.flush();
        return 1;
    }

    static Path logFolder() {
        String configured = System.getProperty(LOG_DIR_PROPERTY, System.getenv("FLOTILLA_LOG_DIR"));
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), LOG_FOLDER);
    }

    /** The trace of {@code failure} and its causes, as the JVM prints it, written to the log only. */
    static void trace(Throwable failure, PrintWriter out) {
        String heading = "";
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            out.println(heading + cause);
            for (StackTraceElement frame : cause.getStackTrace()) {
                out.println("\tat " + frame);
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                out.println("\tSuppressed: " + suppressed);
            }
            heading = "Caused by: ";
        }
    }

    private static String version() {
        try {
            return new FlotillaVersion().getVersion()[0];
        } catch (IOException | RuntimeException unreadableManifest) {
            return "Flotilla version unknown";
        }
    }

    private static Path writeLog(Throwable failure, String[] args) throws IOException {
        Path folder = logFolder();
        Files.createDirectories(folder);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path log = folder.resolve("flotilla-" + stamp + "-" + ProcessHandle.current().pid() + ".log");
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("flotilla " + String.join(" ", args));
        out.println(version() + ", Java " + Runtime.version() + ", " + System.getProperty("os.name")
                + ", heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        trace(failure, out);
        out.flush();
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(log, stream -> stream.write(bytes));
        return log;
    }
}
