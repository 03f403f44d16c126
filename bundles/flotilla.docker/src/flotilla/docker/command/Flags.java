package flotilla.docker.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments parsed against its declared flags, as Cobra parses them: {@code --name value},
 * {@code --name=value}, {@code -d}, {@code -p 80:80}, repeated flags, and {@code --} ending the flags.
 * Errors carry Docker's wording and its "See 'docker ... --help'." hint.
 */
public final class Flags {
    private final Command command;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private boolean help;

    private Flags(Command command) {
        this.command = command;
    }

    /** Stops at the first positional unless the command takes flags anywhere (Cobra's interspersed). */
    static Flags parse(Command command, List<String> args) {
        Flags flags = new Flags(command);
        if (command.isVerbatim()) {
            flags.positional.addAll(args);
            return flags;
        }
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                flags.positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                if (!command.interspersed()) {
                    flags.positional.addAll(args.subList(i, args.size()));
                    break;
                }
                flags.positional.add(a);
                continue;
            }
            boolean isLong = a.startsWith("--");
            String body = a.substring(isLong ? 2 : 1);
            String inline = null;
            int eq = body.indexOf('=');
            if (eq >= 0) {
                inline = body.substring(eq + 1);
                body = body.substring(0, eq);
            } else if (!isLong && body.length() > 1) {
                inline = body.substring(1);
                body = body.substring(0, 1);
            }
            if (body.equals("help") && isLong || body.equals("h") && !isLong) {
                flags.help = true;
                continue;
            }
            Flag flag = command.flag((isLong ? "--" : "-") + body);
            if (flag == null) {
                throw flags.usageError(isLong
                        ? "unknown flag: --" + body
                        : "unknown shorthand flag: '" + body + "' in " + a);
            }
            String value;
            if (flag.takesValue()) {
                if (inline != null) {
                    value = inline;
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw flags.usageError("flag needs an argument: " + (isLong ? "--" : "-") + body);
                }
            } else {
                value = inline == null ? "true" : inline;
            }
            flags.values.computeIfAbsent(flag.name(), k -> new ArrayList<>()).add(value);
        }
        return flags;
    }

    /** Docker's complaint about how the command was called, with its hint to ask for help. */
    public CommandException usageError(String problem) {
        return new CommandException(problem + "\nSee '" + command.path() + " --help'.");
    }

    /** Whether {@code --help} or {@code -h} was among the flags. */
    boolean helpRequested() {
        return help;
    }

    /** Whether the flag was given (its default does not count). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean bool(String name) {
        String value = value(name);
        return value != null && !value.equals("false");
    }

    /** The last value given, else the declared default, else null. */
    public String value(String name) {
        List<String> all = values.get(name);
        if (all != null) {
            return all.get(all.size() - 1);
        }
        Flag flag = command.flag("--" + name);
        return flag == null ? null : flag.defaultValue();
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    public List<String> positional() {
        return positional;
    }
}
