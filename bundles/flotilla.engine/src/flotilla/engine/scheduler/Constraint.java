package flotilla.engine.scheduler;

import flotilla.engine.state.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One placement constraint, {@code key==value} or {@code key!=value}. Values compare case-insensitively;
 * a label the node lacks reads as the empty string, so it equals nothing and differs from everything.
 * A key swarm does not know never matches (swarm accepts it, then places nothing).
 */
public final class Constraint {
    /** swarmkit's accepted shapes; values exclude characters that could become future operators. */
    private static final Pattern KEY = Pattern.compile("(?i)^[a-z_][a-z0-9\\-_.]+$");
    private static final Pattern VALUE = Pattern.compile("(?i)^[a-z0-9:\\-_\\s.*()?+\\[\\]\\\\^$|/]+$");

    private final String key;
    private final boolean equal;
    private final String value;
    private final NodeAttribute attribute;

    private Constraint(String key, boolean equal, String value) {
        this.key = key;
        this.equal = equal;
        this.value = value;
        this.attribute = NodeAttribute.of(key);
    }

    public String key() {
        return key;
    }

    /** true for {@code ==}, false for {@code !=}. */
    public boolean equal() {
        return equal;
    }

    public String value() {
        return value;
    }

    /** Parses every expression or fails with swarm's message for the first bad one. */
    public static List<Constraint> parse(List<String> expressions) {
        List<Constraint> result = new ArrayList<>(expressions.size());
        for (String e : expressions) {
            result.add(parse(e));
        }
        return result;
    }

    public static Constraint parse(String expression) {
        for (String op : new String[] {"==", "!="}) {
            int at = expression.indexOf(op);
            if (at < 0) {
                continue;
            }
            String key = expression.substring(0, at).strip();
            String value = expression.substring(at + 2).strip();
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("key '" + key + "' is invalid");
            }
            if (!VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("value '" + value + "' is invalid");
            }
            return new Constraint(key, op.equals("=="), value);
        }
        throw new IllegalArgumentException("constraint expected one operator from ==, !=");
    }

    public boolean matches(Node node) {
        String actual = attribute == null ? null : attribute.read(node);
        return actual != null && equal == value.equalsIgnoreCase(actual);
    }

    @Override
    public String toString() {
        return key + (equal ? "==" : "!=") + value;
    }

    /** What a constraint or spread descriptor reads from a node, resolved once rather than per node. */
    record NodeAttribute(String kind, String label) {
        private static final String NODE_LABEL_PREFIX = "node.labels.";
        private static final String ENGINE_LABEL_PREFIX = "engine.labels.";

        /** null for a key swarm does not know. */
        static NodeAttribute of(String key) {
            if (hasPrefix(key, NODE_LABEL_PREFIX)) {
                return new NodeAttribute(NODE_LABEL_PREFIX, key.substring(NODE_LABEL_PREFIX.length()));
            }
            if (hasPrefix(key, ENGINE_LABEL_PREFIX)) {
                return new NodeAttribute(ENGINE_LABEL_PREFIX, key.substring(ENGINE_LABEL_PREFIX.length()));
            }
            String lower = key.toLowerCase(Locale.ROOT);
            return switch (lower) {
                case "node.id", "node.hostname", "node.role", "node.platform.os", "node.platform.arch" ->
                    new NodeAttribute(lower, null);
                default -> null;
            };
        }

        /** Spread preferences only look at labels; swarm ignores any other descriptor. */
        static NodeAttribute ofSpread(String descriptor) {
            NodeAttribute a = of(descriptor);
            return a != null && a.label != null ? a : null;
        }

        private static boolean hasPrefix(String key, String prefix) {
            return key.length() > prefix.length() && key.regionMatches(true, 0, prefix, 0, prefix.length());
        }

        /** The node's value; "" for a missing label. */
        String read(Node node) {
            return switch (kind) {
                case NODE_LABEL_PREFIX -> node.labels().getOrDefault(label, "");
                case ENGINE_LABEL_PREFIX -> node.engineLabels().getOrDefault(label, "");
                case "node.id" -> node.id();
                case "node.hostname" -> node.hostname();
                case "node.role" -> node.role().dockerName();
                case "node.platform.os" -> node.platform().os();
                default -> node.platform().arch();
            };
        }
    }
}
