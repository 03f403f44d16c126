package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static flotilla.cli.Cli.flotilla;

import java.util.List;

import org.junit.jupiter.api.Test;

class FlotillaTest {

    @Test
    void helpListsTheCommands() {
        Cli.Run run = flotilla("--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: flotilla [OPTIONS] COMMAND"), run.out());
        assertTrue(run.out().contains("Commands:"), run.out());
        assertTrue(run.out().contains("help "), run.out());
    }

    @Test
    void versionNamesTheReleaseAndTheBuild() {
        Cli.Run run = flotilla("--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Flotilla version 0\\.1\\.0, build \\S+\\R"), run.out());
    }

    @Test
    void aCommandLineNamingACommandBuildsOnlyThatOne() {
        assertEquals(List.of("validate"),
                List.copyOf(Flotilla.commandLine(new String[]{"--debug", "validate", "x.flotilla"})
                        .getSubcommands()
                        .keySet()));
        assertEquals(List.of(), List.copyOf(Flotilla.commandLine(new String[]{"--version"}).getSubcommands().keySet()));
    }

    @Test
    void helpAndUsageStillListEveryCommand() {
        List<String> all = List.of("validate", "sim", "schedule", "analyze", "bench", "import", "export", "deploy",
                "diff", "hosts", "help");
        assertEquals(all, List.copyOf(Flotilla.commandLine(new String[]{"--help"}).getSubcommands().keySet()));
        assertEquals(all,
                List.copyOf(Flotilla.commandLine(new String[]{"help", "validate"}).getSubcommands().keySet()));
        Cli.Run run = flotilla("help", "schedule");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: flotilla schedule"), run.out());
    }

    @Test
    void versionSplitsTheBundleVersionIntoReleaseAndBuild() {
        assertEquals("Flotilla version 0.1.0, build 202611300312", FlotillaVersion.describe("0.1.0.202611300312"));
        assertEquals("Flotilla version 2.0.0, build unknown", FlotillaVersion.describe("2"));
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Run run = flotilla("frobnicate");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("flotilla: 'frobnicate' is not a flotilla command.\nUsage: flotilla"),
                run.err());
        assertTrue(run.err().endsWith("See 'flotilla --help'.\n"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = flotilla("--frobnicate");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("flotilla: Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        Cli.Run run = flotilla();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: flotilla"), run.out());
    }
}
