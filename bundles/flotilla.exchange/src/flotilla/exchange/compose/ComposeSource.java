package flotilla.exchange.compose;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import flotilla.model.text.ShellWords;

/**
 * One compose file being read: turns YAML nodes into typed values, substituting variables in every scalar, and
 * collects warnings. Every error and warning carries the node's line and column.
 */
final class ComposeSource {
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "on", "1", "t");

    private static final Set<String> FALSE = Set.of("false", "no", "n", "off", "0", "f");

    private final Path file;

    private final Interpolation interpolation;

    private final List<ComposeWarning> warnings = new ArrayList<>();

    ComposeSource(Path file, Interpolation interpolation) {
        this.file = file;
        this.interpolation = interpolation;
    }

    Path file() {
        return file;
    }

    List<ComposeWarning> warnings() {
        return warnings;
    }

    String variable(String name) {
        return interpolation.variable(name);
    }

    ComposeException error(Node node, String reason) {
        return error(Location.of(node), reason);
    }

    ComposeException error(Location location, String reason) {
        return new ComposeException(file, location.line(), location.column(), reason);
    }

    void warn(Node node, String message) {
        Location location = Location.of(node);
        warnings.add(new ComposeWarning(file, location.line(), location.column(), message));
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** A mapping, or an empty one for {@code key:} left empty. */
    YamlMap map(Node node, String path) throws ComposeException {
        if (node instanceof MappingNode || isNull(node)) {
            return new YamlMap(this, node, path);
        }
        throw error(node, path + " must be a mapping, not " + kind(node));
    }

    /** An item of a list, with its path for messages, such as {@code services.web.ports[0]}. */
    record Item(Node node, String path) {
    }

    List<Item> items(Node node, String path) throws ComposeException {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, path + " must be a list, not " + kind(node));
        }
        List<Item> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new Item(item, path + "[" + items.size() + "]"));
        }
        return items;
    }

    /** The scalar's text with variables substituted. */
    String string(Node node, String path) throws ComposeException {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            throw error(node, path + " must be a string, not " + kind(node));
        }
        Interpolation.Result result = substitute(scalar, path);
        for (String name : result.unset()) {
            warn(node, "the " + name + " variable is not set; defaulting to a blank string");
        }
        return result.value();
    }

    /** The scalar's text with variables substituted, without warning about unset ones. */
    String interpolated(ScalarNode scalar, String path) throws ComposeException {
        return substitute(scalar, path).value();
    }

    private Interpolation.Result substitute(ScalarNode scalar, String path) throws ComposeException {
        try {
            return interpolation.apply(scalar.getValue());
        } catch (Interpolation.Failure failure) {
            boolean singleLine = scalar.getScalarStyle() == ScalarStyle.PLAIN && scalar.getValue().indexOf('\n') < 0;
            // docker's words, and its path: list items are ".[]" there.
            throw error(singleLine ? Location.of(scalar).plus(failure.offset) : Location.of(scalar),
                    "invalid interpolation format for "
                            + path.replaceAll("\\[\\d+\\]", ".[]") + ": \"" + failure.getMessage()
                            + "\"; you may need to escape any $ with another $");
        }
    }

    /** An integer as docker's YAML parser reads it: {@code 0x10} is 16, and {@code 2.0} has no fraction. */
    int integer(Node node, String path) throws ComposeException {
        return number(node, path, text -> {
            BigDecimal number = SchemaCheck.number(text);
            if (number == null) {
                throw new NumberFormatException(text);
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException fraction) {
                throw new NumberFormatException(text);
            }
        }, "an integer");
    }

    double decimal(Node node, String path) throws ComposeException {
        return number(node, path, Double::valueOf, "a number");
    }

    private <T> T number(Node node, String path, Function<String, T> parser, String expected) throws ComposeException {
        String text = string(node, path);
        try {
            return parser.apply(text.trim());
        } catch (NumberFormatException exception) {
            throw error(node, path + " must be " + expected + ", not '" + text + "'");
        }
    }

    /** A file mode: like the docker CLI's YAML 1.1 parser, a plain {@code 0440} is octal. */
    int fileMode(Node node, String path) throws ComposeException {
        String text = string(node, path).trim();
        boolean plain = node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN;
        try {
            if (text.startsWith("0o")) {
                return Integer.parseInt(text.substring(2), 8);
            }
            return plain && text.length() > 1 && text.startsWith("0")
                    ? Integer.parseInt(text, 8)
                    : Integer.parseInt(text);
        } catch (NumberFormatException exception) {
            throw error(node, path + " must be a file mode such as 0444, not '" + text + "'");
        }
    }

    boolean bool(Node node, String path) throws ComposeException {
        String text = string(node, path).trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return true;
        }
        if (FALSE.contains(text)) {
            return false;
        }
        throw error(node, path + " must be true or false, not '" + text + "'");
    }

    long duration(Node node, String path) throws ComposeException {
        return quantity(node, path, Units::duration);
    }

    long bytes(Node node, String path) throws ComposeException {
        return quantity(node, path, Units::bytes);
    }

    long nanoCPUs(Node node, String path) throws ComposeException {
        return quantity(node, path, Units::nanoCPUs);
    }

    private long quantity(Node node, String path, ToLongFunction<String> parser) throws ComposeException {
        String text = string(node, path);
        try {
            return parser.applyAsLong(text.trim());
        } catch (IllegalArgumentException exception) {
            throw error(node, path + ": " + exception.getMessage());
        }
    }

    /** A list of strings; a single string where {@code splitString} allows it, split like a shell does. */
    List<String> strings(Node node, String path, boolean splitString) throws ComposeException {
        if (splitString && node instanceof ScalarNode) {
            try {
                return ShellWords.split(string(node, path));
            } catch (IllegalArgumentException exception) {
                throw error(node, path + ": " + exception.getMessage());
            }
        }
        List<String> result = new ArrayList<>();
        for (Item item : items(node, path)) {
            result.add(string(item.node(), item.path()));
        }
        return result;
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull(node) ? "empty" : "'" + ((ScalarNode) node).getValue() + "'";
    }
}
