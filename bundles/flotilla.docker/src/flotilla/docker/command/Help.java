package flotilla.docker.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A command's {@code --help} text, laid out as the docker CLI lays it out (its Cobra usage template and
 * pflag's flag table, wrapped for an 80-column terminal), from the command's declaration alone.
 */
public final class Help {
    /** pflag wraps to one column less than the terminal; docker assumes 80 columns without a terminal. */
    private static final int COLUMNS = 79;
    /** Cobra pads command names to at least this width. */
    private static final int MIN_NAME_PADDING = 11;
    private static final List<String> HEADINGS = List.of(Command.MANAGEMENT, Command.SWARM, "Commands");

    private Help() {
    }

    /** The help text, without a final newline. */
    public static String of(Command command) {
        StringBuilder text = new StringBuilder("Usage:  ").append(command.useLine()).append("\n\n")
                .append(command.description());
        if (!command.aliases().isEmpty()) {
            String prefix = command.parent() == null ? "" : command.parent().path() + " ";
            List<String> names = new ArrayList<>();
            names.add(prefix + command.name());
            command.aliases().forEach(alias -> names.add(prefix + alias));
            text.append("\n\nAliases:\n  ").append(String.join(", ", names));
        }
        if (!command.flags().isEmpty() && command.parent() != null) {
            text.append("\n\nOptions:\n").append(flagTable(command.flags()));
        }
        if (!command.subcommands().isEmpty()) {
            int padding = MIN_NAME_PADDING;
            for (Command c : command.subcommands()) {
                padding = Math.max(padding, c.name().length());
            }
            List<Command> sorted = new ArrayList<>(command.subcommands());
            sorted.sort(Comparator.comparing(Command::name));
            for (String heading : HEADINGS) {
                List<Command> listed = sorted.stream().filter(c -> c.category().equals(heading)).toList();
                if (!listed.isEmpty()) {
                    text.append("\n\n").append(heading).append(':');
                    for (Command c : listed) {
                        text.append("\n  ").append(pad(c.name(), padding)).append(' ').append(c.description());
                    }
                }
            }
            text.append("\n\nRun '").append(command.path())
                    .append(" COMMAND --help' for more information on a command.");
        }
        return text.toString();
    }

    /** pflag's table: flags by name, usage aligned two columns after the widest flag, wrapped. */
    static String flagTable(List<Flag> flags) {
        List<Flag> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparing(Flag::name));
        List<String> heads = new ArrayList<>();
        int width = 0;
        for (Flag f : sorted) {
            String head = (f.shorthand() == null ? "      --" : "  -" + f.shorthand() + ", --") + f.name()
                    + (f.takesValue() ? " " + f.type() : "");
            heads.add(head);
            width = Math.max(width, head.length());
        }
        int column = width + 3;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            lines.add(pad(heads.get(i), column - 1) + " " + wrap(column, usage(sorted.get(i))));
        }
        return String.join("\n", lines).stripTrailing();
    }

    private static String usage(Flag f) {
        String value = f.defaultValue();
        if (value == null || value.isEmpty() || value.equals("false")) {
            return f.usage();
        }
        return f.usage() + (f.type().equals("string") ? " (default \"" + value + "\")" : " (default " + value + ")");
    }

    /**
     * Wraps {@code text} to the terminal, continuation lines indented to {@code indent}; breaks at the
     * last blank before the width, or at a newline the text has, and lets the last few characters of a
     * line run over rather than leave a short word alone on the next line (pflag's rule).
     */
    private static String wrap(int indent, String text) {
        final int slop = 5;
        int width = COLUMNS - indent - slop;
        String newline = "\n" + " ".repeat(indent);
        StringBuilder out = new StringBuilder();
        String rest = text;
        boolean first = true;
        while (first || !rest.isEmpty()) {
            String line;
            if (width + slop > rest.length()) {
                line = rest;
                rest = "";
            } else {
                String window = rest.substring(0, width);
                int blank = Math.max(window.lastIndexOf(' '), Math.max(window.lastIndexOf('\t'),
                        window.lastIndexOf('\n')));
                int lineBreak = window.lastIndexOf('\n');
                if (blank <= 0) {
                    line = rest;
                    rest = "";
                } else {
                    int cut = lineBreak > 0 && lineBreak < blank ? lineBreak : blank;
                    line = rest.substring(0, cut);
                    rest = rest.substring(cut + 1);
                }
            }
            out.append(first ? "" : newline).append(line.replace("\n", newline));
            first = false;
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
