package flotilla.docker.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * One command of a command tree, declared once as docker/cli declares a Cobra command: its use line,
 * one-line description, aliases, flags, how many arguments it takes, what Tab offers for them, and the
 * handler that runs it; a group ({@code docker service}) has subcommands instead of a handler. Dispatch,
 * usage errors, {@code --help} and completion all read this declaration.
 */
public final class Command {
    /** Runs a command once its flags and arguments passed the declared checks. */
    @FunctionalInterface
    public interface Handler {
        void run(Flags flags);
    }

    /** The heading under which a command is listed in its parent's help; plain "Commands" by default. */
    public static final String MANAGEMENT = "Management Commands";
    public static final String SWARM = "Swarm Commands";
    private static final String COMMANDS = "Commands";

    private final String name;
    private final String use;
    private final String description;
    private final Handler handler;
    private final List<String> aliases = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();
    private final List<Command> children = new ArrayList<>();
    private Arity arity = Arity.ANY;
    private boolean interspersed = true;
    private boolean verbatim;
    private Completion.Kind argumentNames;
    private Runnable precondition;
    private String category = COMMANDS;
    private Command parent;

    private Command(String use, String description, Handler handler) {
        int space = use.indexOf(' ');
        this.name = space < 0 ? use : use.substring(0, space);
        this.use = use;
        this.description = description;
        this.handler = handler;
    }

    /** A command with subcommands, such as {@code docker service}. */
    public static Command group(String name, String description) {
        return new Command(name, description, null);
    }

    /** A command that runs: {@code use} is its name and arguments, e.g. "ps [OPTIONS] SERVICE [SERVICE...]". */
    public static Command of(String use, String description, Handler handler) {
        return new Command(use, description, handler);
    }

    public Command aliases(String... names) {
        aliases.addAll(List.of(names));
        return this;
    }

    public Command flags(Flag... declared) {
        return flags(List.of(declared));
    }

    public Command flags(List<Flag> declared) {
        flags.addAll(declared);
        return this;
    }

    public Command arity(Arity taken) {
        arity = taken;
        return this;
    }

    /** Flags end at the first argument, the rest belongs to it (as the image's command in `service create`). */
    public Command flagsBeforeArguments() {
        interspersed = false;
        return this;
    }

    /** Every word is an argument, none a flag (as for {@code echo}). */
    public Command verbatim() {
        verbatim = true;
        return this;
    }

    /** Tab offers these names for the command's arguments. */
    public Command completes(Completion.Kind kind) {
        argumentNames = kind;
        return this;
    }

    /** Checked before this command or any below it runs, after its own usage checks. */
    public Command requires(Runnable check) {
        precondition = check;
        return this;
    }

    public Command listedUnder(String heading) {
        category = heading;
        return this;
    }

    public Command add(Command... subcommands) {
        for (Command c : subcommands) {
            c.parent = this;
            children.add(c);
        }
        return this;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> aliases() {
        return Collections.unmodifiableList(aliases);
    }

    public List<Flag> flags() {
        return Collections.unmodifiableList(flags);
    }

    public List<Command> subcommands() {
        return Collections.unmodifiableList(children);
    }

    public Command parent() {
        return parent;
    }

    String category() {
        return category;
    }

    boolean interspersed() {
        return interspersed;
    }

    boolean isVerbatim() {
        return verbatim;
    }

    Completion.Kind argumentNames() {
        return argumentNames;
    }

    /** The words that call it: "docker service ps". */
    public String path() {
        return parent == null ? name : parent.path() + " " + name;
    }

    /** Cobra's use line: the path and the arguments, or "PATH [OPTIONS] COMMAND" for a group. */
    public String useLine() {
        if (!children.isEmpty()) {
            return path() + (flags.isEmpty() ? "" : " [OPTIONS]") + " COMMAND";
        }
        return parent == null ? use : parent.path() + " " + use;
    }

    /** The subcommand called {@code word} by its name or an alias, or null. */
    public Command subcommand(String word) {
        for (Command c : children) {
            if (c.name.equals(word) || c.aliases.contains(word)) {
                return c;
            }
        }
        return null;
    }

    /** The declared flag {@code word} ({@code --name} or {@code -s}) names, or null. */
    public Flag flag(String word) {
        for (Flag f : flags) {
            if (f.isNamedBy(word)) {
                return f;
            }
        }
        return null;
    }

    /** The command at {@code path} below this one ("service ps"), or null. */
    public Command find(String path) {
        Command c = this;
        for (String word : path.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            c = c.subcommand(word);
            if (c == null) {
                return null;
            }
        }
        return c;
    }

    /**
     * Runs the command {@code words} (the words after this command's own name) name: walks down the tree,
     * parses the flags, prints help when asked (or when a group is called without a subcommand, as docker
     * does), checks the arguments and the preconditions, then runs the handler.
     */
    public void execute(List<String> words, Consumer<String> print) {
        Command command = this;
        int next = 0;
        while (!command.children.isEmpty()) {
            if (next == words.size()) {
                print.accept(Help.of(command));
                return;
            }
            String word = words.get(next++);
            if (word.equals("--help") || word.equals("-h")) {
                print.accept(Help.of(command));
                return;
            }
            Command sub = command.subcommand(word);
            if (sub == null) {
                throw command.unknown(word);
            }
            command = sub;
        }
        Flags parsed = Flags.parse(command, words.subList(next, words.size()));
        if (parsed.helpRequested()) {
            print.accept(Help.of(command));
            return;
        }
        command.arity.check(command, parsed.positional());
        command.checkPreconditions();
        command.handler.run(parsed);
    }

    private void checkPreconditions() {
        if (parent != null) {
            parent.checkPreconditions();
        }
        if (precondition != null) {
            precondition.run();
        }
    }

    private CommandException unknown(String word) {
        if (parent == null) {
            return new CommandException(name + ": '" + word + "' is not a " + name + " command.\nSee '" + name
                    + " --help'");
        }
        Command root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        return new CommandException(root.name + ": unknown command: " + path() + " " + word + "\n\nRun '" + path()
                + " --help' for more information");
    }
}
