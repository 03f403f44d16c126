package flotilla.docker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cobra-style flag parsing: {@code --name value}, {@code --name=value}, {@code -d}, {@code -p 80:80},
 * repeated flags, and {@code --} ending the flags. Declared as "publish|p=" (takes a value) or
 * "detach|d" (boolean). Errors carry Docker's wording and its "See 'docker ... --help'." hint.
 */
final class Flags {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /** {@code interspersed} false stops at the first positional, as for `docker service create IMAGE CMD...`. */
    static Flags parse(String command, List<String> args, boolean interspersed, String... declared) {
        Map<String, String> canonical = new HashMap<>();
        Map<String, Boolean> takesValue = new HashMap<>();
        for (String d : declared) {
            boolean value = d.endsWith("=");
            String[] names = (value ? d.substring(0, d.length() - 1) : d).split("\\|");
            for (String n : names) {
                canonical.put(n, names[0]);
                takesValue.put(names[0], value);
            }
        }
        Flags flags = new Flags();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                flags.positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                if (!interspersed) {
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
            String name = canonical.get(body);
            if (name == null || isLong == (body.length() == 1)) {
                throw usage(command, isLong ? "unknown flag: --" + body
                        : "unknown shorthand flag: '" + body + "' in " + a);
            }
            String value;
            if (takesValue.get(name)) {
                if (inline != null) {
                    value = inline;
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw usage(command, "flag needs an argument: " + (isLong ? "--" : "-") + body);
                }
            } else {
                value = inline == null ? "true" : inline;
            }
            flags.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return flags;
    }

    static CommandException usage(String command, String problem) {
        return new CommandException(problem + "\nSee '" + command + " --help'.");
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    boolean bool(String name) {
        return has(name) && !value(name).equals("false");
    }

    /** The last value given, or null. */
    String value(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.get(all.size() - 1);
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    List<String> positional() {
        return positional;
    }
}
