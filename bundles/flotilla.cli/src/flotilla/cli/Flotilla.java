package flotilla.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code flotilla} command: one picocli command per subcommand, usable in-process (tests, the workbench) as well
 * as from {@link #main} (the launcher's headless path) and {@link FlotillaApplication} (inside Equinox).
 */
@Command(name = "flotilla", mixinStandardHelpOptions = true, versionProvider = FlotillaVersion.class, description = "Model, simulate and deploy Docker Swarm clusters.", customSynopsis = "flotilla [OPTIONS] COMMAND", commandListHeading = "%nCommands:%n", footer = "%nRun 'flotilla COMMAND --help' for more information on a command.")
public final class Flotilla implements Runnable {

    /** Exit code for a command line that could not be understood, as picocli (and Docker's CLI) use. */
    public static final int USAGE_ERROR = 2;

    /** The subcommands, in the order {@code flotilla --help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, SimCommand.class,
            ScheduleCommand.class, AnalyzeCommand.class, BenchCommand.class, ImportCommand.class, ExportCommand.class,
            DeployCommand.class, DiffCommand.class, HostsCommand.class, CommandLine.HelpCommand.class);

    /** The option that makes a failure leave its trace in the log; every command takes it. */
    static final String DEBUG = "--debug";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = DEBUG, scope = CommandLine.ScopeType.INHERIT, description = "On failure, also write the stack trace to a log file in ~/.flotilla/log and say which.")
    private boolean debug;

    @Override
    public void run() {
        // `flotilla` alone: nothing to do but say how to use it.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The headless launcher's entry point: the product's {@code flotilla} script runs commands on a flat class path of
     * the product's own bundles, so a command answers without starting the OSGi framework (seconds of start-up).
     */
    public static void main(String[] args) {
        System.exit(runAsProcess(args));
    }

    /** Runs a whole process's command line on the standard streams and returns its exit code. */
    static int runAsProcess(String[] args) {
        // SLF4J 2 in the product finds no provider through SPI Fly and says so on stderr at each command;
        // it then does what the bundled slf4j-nop would (nothing). Keep the output Docker's own.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int exitCode = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        return exitCode;
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = commandLine(args);
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setParameterExceptionHandler(Flotilla::reportUsageError);
        commandLine.setExecutionExceptionHandler(
                (failure, command, parsed) -> Failures.report(failure, errWriter, debug(parsed), args));
        try {
            return commandLine.execute(args);
        } catch (Throwable failure) {
            // picocli hands only Exceptions to the handler: out of memory, a stack overflow and other Errors end here.
            outWriter.flush();
            return Failures.report(failure, errWriter, debug(commandLine.getParseResult()), args);
        } finally {
            // Commands write through Appendable too, which autoflush does not cover.
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * The command line with the subcommands {@code args} can reach. picocli builds a command's model by reflection,
     * about half of a short command's start-up when done for all of them: a command line naming a command (other
     * than help) gets that one, the version alone gets none, and anything else (usage, help, a typo) gets all.
     */
    static CommandLine commandLine(String[] args) {
        String word = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
        List<Class<?>> named = COMMANDS.stream()
                .filter(command -> command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(word))
                .toList();
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        CommandLine commandLine = new CommandLine(new Flotilla());
        (named.isEmpty() ? versionOnly ? List.<Class<?>>of() : COMMANDS : named).forEach(commandLine::addSubcommand);
        return commandLine;
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
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
