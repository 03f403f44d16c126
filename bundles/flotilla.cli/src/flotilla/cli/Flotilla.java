package flotilla.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code flotilla} command: one picocli command per subcommand, usable in-process
 * (tests, the workbench) as well as from {@link FlotillaApplication}.
 */
@Command(name = "flotilla",
        mixinStandardHelpOptions = true,
        versionProvider = FlotillaVersion.class,
        description = "Model, simulate and deploy Docker Swarm clusters.",
        customSynopsis = "flotilla [OPTIONS] COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = "%nRun 'flotilla COMMAND --help' for more information on a command.",
        subcommands = { ValidateCommand.class, SimCommand.class, ScheduleCommand.class, AnalyzeCommand.class,
                BenchCommand.class, ImportCommand.class, ExportCommand.class, DeployCommand.class, DiffCommand.class,
                HostsCommand.class,
                CommandLine.HelpCommand.class })
public final class Flotilla implements Runnable {

    /** Exit code for a command line that could not be understood, as picocli (and Docker's CLI) use. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // `flotilla` alone: nothing to do but say how to use it.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Flotilla());
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setParameterExceptionHandler(Flotilla::reportUsageError);
        try {
            return commandLine.execute(args);
        } finally {
            // Commands write through Appendable too, which autoflush does not cover.
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Reports a command line that could not be understood the way Docker's CLI does, with the usage line. */
    private static int reportUsageError(CommandLine.ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched
                && command.getParent() == null
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            err.println("flotilla: '" + unmatched.getUnmatched().get(0) + "' is not a flotilla command.");
        } else {
            err.println("flotilla: " + problem.getMessage());
        }
        err.print("Usage: " + command.getHelp().synopsis(0).stripLeading());
        err.println("See '" + name + " --help'.");
        return USAGE_ERROR;
    }
}
