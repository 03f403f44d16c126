package flotilla.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a UI test when, while it ran, the workspace log ({@code .metadata/.log}) got an error or warning
 * entry, or stderr got an exception or error: what a user would find there after the same steps. A
 * test expecting one (a broken file the user opens) names it with {@link #expect(String)}.
 */
public final class WorkspaceLogGuard implements BeforeEachCallback, AfterEachCallback {

    /** An entry the platform log writes at ERROR severity (4), or any entry carrying a stack trace. */
    private static final Pattern BAD_ENTRY = Pattern.compile("(?m)^!ENTRY \\S+ 4 |^!STACK");
    private static final Pattern BAD_STDERR = Pattern.compile("Exception|Error\\b|\\bat [\\w$.]+\\(");

    private static final List<String> expected = new ArrayList<>();

    private long logStart;
    private PrintStream originalErr;
    private ByteArrayOutputStream err;

    /** Tolerates, for the running test only, log and stderr text containing {@code fragment}. */
    public static void expect(String fragment) {
        expected.add(fragment);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        expected.clear();
        logStart = logSize();
        originalErr = System.err;
        err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new Tee(originalErr, err), true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Display display = Display.getCurrent();
        if (display != null) {
            while (display.readAndDispatch()) {
                // what the test left queued runs now, so its errors are the test's
            }
        }
        System.setErr(originalErr);
        List<String> problems = new ArrayList<>();
        String logged = logSince(logStart);
        for (String entry : logged.split("(?m)^(?=!ENTRY )")) {
            if (BAD_ENTRY.matcher(entry).find() && !isExpected(entry)) {
                problems.add(".metadata/.log:\n" + entry.strip());
            }
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        if (BAD_STDERR.matcher(printed).find() && !isExpected(printed)) {
            problems.add("stderr:\n" + printed.strip());
        }
        expected.clear();
        if (!problems.isEmpty() && context.getExecutionException().isEmpty()) {
            fail("the test left errors where a user would find them:\n"
                    + String.join("\n", problems));
        }
    }

    private static boolean isExpected(String text) {
        return expected.stream().anyMatch(text::contains);
    }

    private static Path logFile() {
        return Path.of(Platform.getLogFileLocation().toOSString());
    }

    private static long logSize() {
        try {
            Path log = logFile();
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String logSince(long start) {
        Path log = logFile();
        if (!Files.exists(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = file.length() < start ? 0 : start; // rotated: read the new file whole
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(the workspace log could not be read: " + e.getMessage() + ")";
        }
    }

    /** Writes to the real stderr and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
        }
    }
}
