package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the issue 15 suite checks on every run, and the real faults it needs (a full or read-only tmpfs). */
final class Reliability {

    /** A frame of a Java stack trace, or an exception's class name where a message belongs. */
    private static final Pattern TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|\\b(java|javax|jdk|sun|org\\.eclipse|com\\.github|picocli)\\.[\\w.$]+(Exception|Error)\\b|\\b[A-Z]\\w*Exception\\b");

    private Reliability() {
    }

    /** No stack trace, no exception class and no internal error in what the user saw. */
    static void assertNoTrace(Cli.Run run) {
        String all = run.out() + run.err();
        assertFalse(TRACE.matcher(all).find(), () -> "a trace or an exception's name reached the user:\n" + all);
        assertFalse(all.contains("internal error"), () -> "an internal error:\n" + all);
    }

    /** A failure the user is told about: exit 1 (or 2 for usage), a message, and no trace. */
    static void assertFailsCleanly(Cli.Run run) {
        assertTrue(run.exitCode() == 1 || run.exitCode() == 2, () -> "exit " + run.exitCode() + "\n" + run.err());
        assertFalse(run.err().isBlank(), "a failure says why");
        assertNoTrace(run);
    }

    /** Every file under {@code folder} with its bytes, to prove a command left its inputs alone. */
    static Map<Path, byte[]> snapshot(Path folder) throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** Temporary files a save left behind in {@code folder}: {@code .NAME.*.tmp}. */
    static List<String> temporaries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(".") && name.endsWith(".tmp")).toList();
        }
    }

    /**
     * A tmpfs of {@code kilobytes} mounted on a new folder, for a real full or read-only disk. Needs root (CI runs as
     * root); null where mounting is not allowed, and the tests then inject the fault (see AtomicFile.CAPACITY_PROPERTY).
     */
    static Path mountTmpfs(Path under, int kilobytes) throws IOException, InterruptedException {
        Path mountPoint = Files.createDirectory(under.resolve("tmpfs"));
        return run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", mountPoint.toString())
                ? mountPoint
                : null;
    }

    static void remountReadOnly(Path mountPoint) throws IOException, InterruptedException {
        assertTrue(run("mount", "-o", "remount,ro", mountPoint.toString()), "remount read-only");
    }

    static void unmount(Path mountPoint) throws IOException, InterruptedException {
        if (mountPoint != null) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    /** Fills a file system until it has no space left. */
    static void fill(Path folder) throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(folder.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: what the test wants
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
