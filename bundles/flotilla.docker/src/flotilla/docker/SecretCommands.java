package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `docker secret ...`. */
final class SecretCommands {
    private static final String SECRET_LS = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}";
    private static final Map<String, String> SECRET_LS_HEADERS = Map.of("ID", "ID", "Name", "NAME",
            "Driver", "DRIVER", "CreatedAt", "CREATED", "UpdatedAt", "UPDATED");

    private final Simulator sim;
    private final Interpreter shell;
    private final Path baseDir;

    /** @param baseDir where secret files named relatively are read */
    SecretCommands(Simulator sim, Interpreter shell, Path baseDir) {
        this.sim = sim;
        this.shell = shell;
        this.baseDir = baseDir;
    }

    Command command() {
        return Command.group("secret", "Manage Swarm secrets").listedUnder(Command.SWARM)
                .requires(shell::requireManager).add(
                        Command.of("create [OPTIONS] SECRET [file|-]", "Create a secret from a file or STDIN as content",
                                this::create).flags(Flag.value("driver", "string", "Secret driver").shorthand('d'),
                                        Flag.value("label", "list", "Secret labels").shorthand('l'))
                                .arity(new Arity(1, 2)),
                        Command.of("ls [OPTIONS]", "List secrets", this::ls).aliases("list")
                                .flags(CommonFlags.FILTER, CommonFlags.FORMAT, CommonFlags.QUIET_IDS).arity(Arity.NONE),
                        Command.of("rm SECRET [SECRET...]", "Remove one or more secrets", this::rm).aliases("remove")
                                .arity(Arity.atLeast(1)));
    }

    private void create(Flags f) {
        String name = f.positional().get(0);
        if (f.positional().size() < 2 || f.positional().get(1).equals("-")) {
            throw new CommandException("the simulator has no standard input: give the secret's content as a file");
        }
        String file = f.positional().get(1);
        int size;
        try {
            size = (int) Files.size(baseDir.resolve(file));
        } catch (IOException e) {
            throw new CommandException("open " + file + ": no such file or directory");
        }
        try {
            Secret s = sim.createSecret(name, size, SpecFlags.labels(f.values("label")));
            shell.say(s.id());
        } catch (IllegalStateException e) {
            throw CommandException.daemon("rpc error: code = AlreadyExists desc = " + e.getMessage());
        }
    }

    private void ls(Flags f) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Secret s : sim.state().secrets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", s.id());
            row.put("Name", s.name());
            row.put("Driver", "");
            String age = Units.humanDuration(sim.now() - s.createdAt()) + " ago";
            row.put("CreatedAt", age);
            row.put("UpdatedAt", age);
            rows.add(row);
        }
        rows.sort((a, b) -> Views.NATURAL.compare((String) a.get("Name"), (String) b.get("Name")));
        Listing.print(shell.out(), Listing.format(f, SECRET_LS), SECRET_LS_HEADERS, rows);
    }

    private void rm(Flags f) {
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            Secret s = sim.state().findSecret(ref);
            if (s == null) {
                errors.add("Error: No such secret: " + ref);
                continue;
            }
            try {
                sim.removeSecret(s);
                shell.say(ref);
            } catch (IllegalStateException e) {
                errors.add("Error response from daemon: rpc error: code = InvalidArgument desc = " + e.getMessage());
            }
        }
        Interpreter.failIfAny(errors);
    }
}
