package flotilla.docker;

import flotilla.engine.sim.Simulator;
import flotilla.model.text.ShellWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The `flotilla sim` script language: docker commands against the simulated swarm, node-local commands
 * ({@code @NODE docker ps}), simulation verbs ({@code sim ...}) and {@code echo}. One instance keeps its
 * swarm across lines, so a console can feed it line by line and a script runner a whole file.
 */
public final class Interpreter {
    static final String NOT_A_MANAGER = "This node is not a swarm manager. Use \"docker swarm init\" or "
            + "\"docker swarm join\" to connect this node to swarm and try again.";

    private final Simulator sim;
    private final Appendable out;
    private final Appendable err;
    private final NodeCommands nodes;
    private final ServiceCommands services;
    private final NetworkCommands networks;
    private final StackCommands stacks;
    private final SimCommands simCommands;
    private int failedLines;

    /**
     * @param stackFiles reads compose files for `docker stack deploy` (null: stack deploy reports it is
     *                   unavailable)
     * @param baseDir    where relative file names (stack files, secret files) are looked up
     */
    public Interpreter(Simulator sim, StackFileReader stackFiles, Path baseDir, Appendable out, Appendable err) {
        this.sim = sim;
        this.out = out;
        this.err = err;
        this.nodes = new NodeCommands(sim, this);
        this.services = new ServiceCommands(sim, this);
        this.networks = new NetworkCommands(sim, this, baseDir);
        this.stacks = new StackCommands(sim, this, services, stackFiles, baseDir);
        this.simCommands = new SimCommands(sim, this, networks);
    }

    /** Runs every line; returns the exit status: 0, or 1 when any line failed. */
    public int run(Reader script) throws IOException {
        BufferedReader lines = new BufferedReader(script);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            execute(line, ++number);
        }
        return failedLines == 0 ? 0 : 1;
    }

    /** Runs one line; on failure prints the error prefixed with the line number and returns false. */
    public boolean execute(String line, int number) {
        try {
            List<String> words = ShellWords.splitLine(line);
            if (!words.isEmpty()) {
                dispatch(words);
            }
            return true;
        } catch (CommandException | IllegalArgumentException | IllegalStateException e) {
            failedLines++;
            try {
                err.append("line ").append(String.valueOf(number)).append(": ").append(e.getMessage()).append('\n');
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return false;
        }
    }

    private void dispatch(List<String> words) {
        String first = words.get(0);
        if (first.startsWith("@")) {
            simCommands.nodeLocal(first.substring(1), words.subList(1, words.size()));
        } else if (first.equals("docker")) {
            docker(words.subList(1, words.size()));
        } else if (first.equals("sim")) {
            simCommands.sim(words.subList(1, words.size()));
        } else if (first.equals("echo")) {
            say(String.join(" ", words.subList(1, words.size())));
        } else {
            throw new CommandException("unknown command: " + first + " (expected docker, sim, echo or @NODE)");
        }
    }

    private void docker(List<String> words) {
        if (words.isEmpty()) {
            throw new CommandException("Usage:  docker [OPTIONS] COMMAND");
        }
        String group = words.get(0);
        List<String> rest = words.subList(1, words.size());
        if (group.equals("swarm")) {
            nodes.swarm(rest);
            return;
        }
        if (List.of("node", "service", "network", "secret", "stack").contains(group) && !sim.isInitialised()) {
            throw CommandException.daemon(NOT_A_MANAGER);
        }
        switch (group) {
            case "node" -> nodes.node(rest);
            case "service" -> services.service(rest);
            case "network" -> networks.network(rest);
            case "secret" -> networks.secret(rest);
            case "stack" -> stacks.stack(rest);
            default -> throw new CommandException("docker: '" + group + "' is not a docker command.\n"
                    + "See 'docker --help'");
        }
    }

    /** Splits a subcommand off its arguments, with Docker's message when it is missing or unknown. */
    static String subcommand(String group, List<String> words, List<String> known) {
        if (words.isEmpty()) {
            throw new CommandException("\"docker " + group + "\" requires a subcommand: "
                    + String.join(", ", known) + "\nSee 'docker " + group + " --help'.");
        }
        String sub = words.get(0);
        if (!known.contains(sub)) {
            throw new CommandException("docker: unknown command: docker " + group + " " + sub
                    + "\n\nRun 'docker " + group + " --help' for more information");
        }
        return sub;
    }

    /** Cobra's check of the positional arguments count. */
    static void requireArgs(String command, List<String> args, int min, String usage) {
        if (args.size() < min) {
            throw new CommandException("\"" + command + "\" requires at least " + min + " argument"
                    + (min == 1 ? "" : "s") + ".\nSee '" + command + " --help'.\n\nUsage:  " + usage);
        }
    }

    static void exactArgs(String command, List<String> args, int count, String usage) {
        if (args.size() != count) {
            throw new CommandException("\"" + command + "\" requires exactly " + count + " argument"
                    + (count == 1 ? "" : "s") + ".\nSee '" + command + " --help'.\n\nUsage:  " + usage);
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
