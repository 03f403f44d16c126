package flotilla.docker;

import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Completion;
import flotilla.engine.sim.Simulator;
import flotilla.model.text.ShellWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The `flotilla sim` script language: docker commands against the simulated swarm, node-local commands
 * ({@code @NODE docker ps}), simulation verbs ({@code sim ...}) and {@code echo}. One instance keeps its
 * swarm across lines, so a console can feed it line by line and a script runner a whole file.
 */
public final class Interpreter {
    /** What a manager answers while the swarm has no leader (quorum lost, or an election under way). */
    static final String NO_LEADER = "rpc error: code = Unknown desc = The swarm does not have a leader. It's "
            + "possible that too few managers are online. Make sure more than half of the managers are online.";
    static final String NOT_A_MANAGER = "This node is not a swarm manager. Use \"docker swarm init\" or "
            + "\"docker swarm join\" to connect this node to swarm and try again.";

    private static final Pattern REDIRECTION = Pattern.compile("\\d*>>?(&\\d+|\\S+)");

    private final Simulator sim;
    private final Appendable out;
    private final Appendable err;
    private final Command docker;
    private final Command simulation;
    private final Command echo;
    private final NodeLocalCommands nodeLocal;
    private int failedLines;
    /** The script's name for error places, or null: errors then say "line N". */
    private String source;

    /**
     * @param stackFiles reads compose files for `docker stack deploy` (null: stack deploy reports it is
     *                   unavailable)
     * @param baseDir    where relative file names (stack files, secret files) are looked up
     */
    public Interpreter(Simulator sim, StackFileReader stackFiles, Path baseDir, Appendable out, Appendable err) {
        this.sim = sim;
        this.out = out;
        this.err = err;
        ServiceCommands services = new ServiceCommands(sim, this);
        NetworkCommands networks = new NetworkCommands(sim, this);
        SwarmCommands swarm = new SwarmCommands(sim, this);
        StandaloneHosts standalone = new StandaloneHosts();
        this.docker = Command.group("docker", "A self-sufficient runtime for containers").add(
                swarm.command(),
                new NodeCommands(sim, this).command(),
                services.command(),
                networks.command(),
                StoredObjectCommands.secrets(sim, this, baseDir).command(),
                StoredObjectCommands.configs(sim, this, baseDir).command(),
                new StackCommands(sim, this, services, stackFiles, baseDir).command());
        this.simulation = new SimCommands(sim, this, standalone).command();
        this.echo = Command.of("echo [WORD...]", "Print the words", f -> say(String.join(" ", f.positional())))
                .verbatim().completes(Completion.Kind.ANY);
        this.nodeLocal = new NodeLocalCommands(sim, this, networks, swarm, standalone);
    }

    /**
     * The command trees a line may start with: docker, sim and echo. Their shape does not depend on any
     * swarm, so this one has none behind it: it serves help and completion, never runs.
     */
    public static List<Command> commands() {
        return shape().roots();
    }

    /** Tab completion from the command trees, {@code @NODE docker ...} included. */
    public static Completion completion() {
        Interpreter shape = shape();
        return new Completion(shape.roots(), shape.nodeLocal.command());
    }

    private static Interpreter shape() {
        return new Interpreter(null, null, Path.of(""), new StringBuilder(), new StringBuilder());
    }

    private List<Command> roots() {
        return List.of(docker, simulation, echo);
    }

    /** Runs every line; returns the exit status: 0, or 1 when any line failed. Errors say "line N: ...". */
    public int run(Reader script) throws IOException {
        return run(script, null);
    }

    /**
     * Runs every line of the script {@code source} names (a file, or {@code <stdin>}); errors are placed as
     * compilers place them, {@code SOURCE:LINE:COLUMN: ...}, the column being where the command starts.
     */
    public int run(Reader script, String source) throws IOException {
        this.source = source;
        BufferedReader lines = new BufferedReader(script);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            execute(line, ++number);
        }
        return failedLines == 0 ? 0 : 1;
    }

    /**
     * Runs one line; on failure prints the error prefixed with the script's line number (none for a line
     * typed at a prompt, {@code number} 0, where the error reads as docker prints it) and returns false.
     */
    public boolean execute(String line, int number) {
        try {
            List<String> words = withoutRedirections(ShellWords.splitLine(line));
            if (!words.isEmpty()) {
                dispatch(words);
            }
            return true;
        } catch (CommandException | IllegalArgumentException | IllegalStateException e) {
            failedLines++;
            try {
                if (number > 0) {
                    err.append(place(line, number)).append(": ");
                }
                err.append(e.getMessage()).append('\n');
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return false;
        }
    }

    private String place(String line, int number) {
        if (source == null) {
            return "line " + number;
        }
        int column = 1;
        while (column <= line.length() && Character.isWhitespace(line.charAt(column - 1))) {
            column++;
        }
        return source + ":" + number + ":" + column;
    }

    /**
     * Scripts copied from a shell may redirect a command's output ({@code >/dev/null 2>&1}); the shell
     * would take those words away from the command, and there are no files to write here.
     */
    private static List<String> withoutRedirections(List<String> words) {
        return words.stream().filter(w -> !REDIRECTION.matcher(w).matches()).toList();
    }

    private void dispatch(List<String> words) {
        String first = words.get(0);
        List<String> rest = words.subList(1, words.size());
        if (first.startsWith(Completion.NODE_PREFIX)) {
            nodeLocal.run(first.substring(Completion.NODE_PREFIX.length()), rest);
            return;
        }
        for (Command root : roots()) {
            if (root.name().equals(first)) {
                root.execute(rest, this::say);
                return;
            }
        }
        throw new CommandException("unknown command: " + first + " (expected docker, sim, echo or @NODE)");
    }

    /** The precondition of every command that asks the managers. */
    void requireManager() {
        if (!sim.isInitialised()) {
            throw CommandException.daemon(NOT_A_MANAGER);
        }
    }

    /**
     * The precondition of every command that reads or writes raft's store: a leader backed by a quorum of
     * managers. Without one the daemon answers with raft's error.
     */
    void requireLeader() {
        requireManager();
        if (!sim.controlPlaneUp()) {
            throw CommandException.daemon(NO_LEADER);
        }
    }

    void say(String text) {
        try {
            out.append(text).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Appendable out() {
        return out;
    }

    /** Docker goes on with the other arguments after one fails; the line fails at the end. */
    static void failIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new CommandException(String.join("\n", errors));
        }
    }
}
