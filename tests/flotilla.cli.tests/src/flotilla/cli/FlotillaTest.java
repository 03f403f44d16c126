package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FlotillaTest {

    /** What one run of the command printed, and how it exited. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run flotilla(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Flotilla.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() {
        Run run = flotilla("--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: flotilla [OPTIONS] COMMAND"), run.out());
        assertTrue(run.out().contains("Commands:"), run.out());
        assertTrue(run.out().contains("help "), run.out());
    }

    @Test
    void versionNamesTheReleaseAndTheBuild() {
        Run run = flotilla("--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Flotilla version 0\\.1\\.0, build \\S+\\R"), run.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run run = flotilla("frobnicate");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("flotilla: 'frobnicate' is not a flotilla command.\nUsage: flotilla"),
                run.err());
        assertTrue(run.err().endsWith("See 'flotilla --help'.\n"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = flotilla("--frobnicate");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("flotilla: Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        Run run = flotilla();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: flotilla"), run.out());
    }
}
