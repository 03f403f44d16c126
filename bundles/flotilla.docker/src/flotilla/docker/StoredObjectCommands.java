package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Config;
import flotilla.engine.state.Secret;
import flotilla.engine.state.StoredObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * `docker secret ...` and `docker config ...`: the same commands over two stores the managers keep,
 * differing only in their names and docker's texts.
 */
final class StoredObjectCommands {
    private static final String SECRET_LS = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}";
    private static final String CONFIG_LS = "table {{.ID}}\t{{.Name}}\t{{.CreatedAt}}\t{{.UpdatedAt}}";
    private static final Map<String, String> LS_HEADERS = Map.of("ID", "ID", "Name", "NAME", "Driver", "DRIVER",
            "CreatedAt", "CREATED", "UpdatedAt", "UPDATED");

    /** Creates an object in the swarm: name, size, labels. */
    private interface Creator {
        StoredObject create(String name, int size, Map<String, String> labels);
    }

    private final Simulator sim;
    private final Interpreter shell;
    private final Path baseDir;
    private final String kind;
    private final String lsFormat;
    private final Supplier<Collection<? extends StoredObject>> all;
    private final Function<String, StoredObject> find;
    private final Creator creator;
    private final Consumer<StoredObject> remover;

    private StoredObjectCommands(Simulator sim, Interpreter shell, Path baseDir, String kind, String lsFormat,
            Supplier<Collection<? extends StoredObject>> all, Function<String, StoredObject> find, Creator creator,
            Consumer<StoredObject> remover) {
        this.sim = sim;
        this.shell = shell;
        this.baseDir = baseDir;
        this.kind = kind;
        this.lsFormat = lsFormat;
        this.all = all;
        this.find = find;
        this.creator = creator;
        this.remover = remover;
    }

    /** @param baseDir where files named relatively are read */
    static StoredObjectCommands secrets(Simulator sim, Interpreter shell, Path baseDir) {
        return new StoredObjectCommands(sim, shell, baseDir, "secret", SECRET_LS, () -> sim.state().secrets(),
                ref -> sim.state().findSecret(ref), (name, size, labels) -> sim.createSecret(name, size, labels),
                secret -> sim.removeSecret((Secret) secret));
    }

    /** @param baseDir where files named relatively are read */
    static StoredObjectCommands configs(Simulator sim, Interpreter shell, Path baseDir) {
        return new StoredObjectCommands(sim, shell, baseDir, "config", CONFIG_LS, () -> sim.state().configs(),
                ref -> sim.state().findConfig(ref), (name, size, labels) -> sim.createConfig(name, size, labels),
                config -> sim.removeConfig((Config) config));
    }

    Command command() {
        String upper = kind.toUpperCase(java.util.Locale.ROOT);
        boolean secret = kind.equals("secret");
        Flag labels = Flag.value("label", "list", secret ? "Secret labels" : "Config labels").shorthand('l');
        Command create = secret
                ? Command.of("create [OPTIONS] SECRET [file|-]", "Create a secret from a file or STDIN as content",
                        this::create).flags(Flag.value("driver", "string", "Secret driver").shorthand('d'), labels)
                        .arity(new Arity(1, 2))
                : Command.of("create [OPTIONS] CONFIG file|-", "Create a config from a file or STDIN", this::create)
                        .flags(labels).arity(Arity.exactly(2));
        return Command.group(kind, "Manage Swarm " + kind + "s").listedUnder(Command.SWARM)
                .requires(shell::requireLeader).add(create,
                        Command.of("ls [OPTIONS]", "List " + kind + "s", this::ls).aliases("list")
                                .flags(CommonFlags.LIST).arity(Arity.NONE),
                        Command.of("rm " + upper + " [" + upper + "...]", "Remove one or more " + kind + "s", this::rm)
                                .aliases("remove").arity(Arity.atLeast(1)));
    }

    private void create(Flags f) {
        String name = f.positional().get(0);
        if (f.positional().size() < 2 || f.positional().get(1).equals("-")) {
            throw new CommandException(
                    "the simulator has no standard input: give the " + kind + "'s content as a file");
        }
        String file = f.positional().get(1);
        int size;
        try {
            size = (int) Files.size(baseDir.resolve(file));
        } catch (IOException e) {
            throw new CommandException("open " + file + ": no such file or directory");
        }
        try {
            shell.say(creator.create(name, size, SpecFlags.labels(f.values("label"))).id());
        } catch (IllegalStateException e) {
            throw CommandException.daemon("rpc error: code = AlreadyExists desc = " + e.getMessage());
        }
    }

    private void ls(Flags f) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredObject o : all.get()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", o.id());
            row.put("Name", o.name());
            row.put("Driver", "");
            String age = Units.humanDuration(sim.now() - o.createdAt()) + " ago";
            row.put("CreatedAt", age);
            row.put("UpdatedAt", age);
            rows.add(row);
        }
        rows.sort((a, b) -> Views.NATURAL.compare((String) a.get("Name"), (String) b.get("Name")));
        Listing.print(shell.out(), Listing.format(f, lsFormat), LS_HEADERS, rows);
    }

    private void rm(Flags f) {
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            StoredObject o = find.apply(ref);
            if (o == null) {
                errors.add("Error: No such " + kind + ": " + ref);
                continue;
            }
            try {
                remover.accept(o);
                shell.say(ref);
            } catch (IllegalStateException e) {
                errors.add("Error response from daemon: rpc error: code = InvalidArgument desc = " + e.getMessage());
            }
        }
        Interpreter.failIfAny(errors);
    }
}
