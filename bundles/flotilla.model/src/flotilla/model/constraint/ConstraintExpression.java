package flotilla.model.constraint;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import flotilla.model.ConstraintOperator;
import flotilla.model.Node;
import flotilla.model.text.Cidr;

/**
 * A parsed placement constraint: {@code key operator value}, such as {@code node.labels.zone == east}. Matching is
 * swarm's constraint filter: values compare case-insensitively, a missing value reads as the empty string (so
 * {@code !=} holds for a missing label), a key swarm does not know never matches, and {@code node.ip} compares an
 * address or a CIDR prefix.
 *
 * <p>The key is resolved once, when the expression is made: the scheduler matches it against every node.
 */
public final class ConstraintExpression {
    /** The node attributes a constraint can name, besides labels, as swarm's documentation lists them. */
    public static final List<String> NODE_KEYS = Arrays.stream(ConstraintKey.Attribute.values())
            .map(ConstraintKey.Attribute::key)
            .filter(key -> key != null && !key.endsWith("."))
            .toList();

    public static final String NODE_LABEL_PREFIX = ConstraintKey.NODE_LABEL_PREFIX;

    public static final String ENGINE_LABEL_PREFIX = ConstraintKey.ENGINE_LABEL_PREFIX;

    private final String key;

    private final ConstraintOperator operator;

    private final String value;

    private final ConstraintKey resolvedKey;

    /**
     * @param key      the attribute of the node as written, see {@link ConstraintKey}
     * @param operator {@code ==} or {@code !=}
     * @param value    what the attribute is compared with
     */
    public ConstraintExpression(String key, ConstraintOperator operator, String value) {
        this.key = Objects.requireNonNull(key);
        this.operator = Objects.requireNonNull(operator);
        this.value = Objects.requireNonNull(value);
        this.resolvedKey = ConstraintKey.of(key);
    }

    public String key() {
        return key;
    }

    public ConstraintOperator operator() {
        return operator;
    }

    public String value() {
        return value;
    }

    public ConstraintKey resolvedKey() {
        return resolvedKey;
    }

    /** Whether swarm's constraint filter lets a task onto this node. */
    public boolean matches(NodeDescription node) {
        ConstraintKey resolved = resolvedKey;
        return switch (resolved.attribute()) {
        case UNKNOWN -> false;
        case IP -> addressMatches(node.address());
        default -> holds(value.equalsIgnoreCase(resolved.read(node)));
        };
    }

    public boolean matches(Node node) {
        return matches(NodeDescription.of(node));
    }

    /**
     * Why swarm would never place a task under this constraint, whatever the nodes: an unknown key, a role that is
     * neither manager nor worker, a node.ip value that is neither an address nor a prefix. Null when it can match.
     * Swarm accepts all of these; an editor shows them as warnings.
     */
    public String neverMatchesBecause() {
        return switch (resolvedKey.attribute()) {
        case UNKNOWN -> "swarm knows no key '" + key + "', so no node ever satisfies it; keys are "
                + String.join(", ", NODE_KEYS) + ", " + NODE_LABEL_PREFIX + "NAME and " + ENGINE_LABEL_PREFIX + "NAME";
        case ROLE -> operator == ConstraintOperator.NOT_EQUAL || value.equalsIgnoreCase("manager")
                || value.equalsIgnoreCase("worker")
                        ? null
                        : "node.role is manager or worker, so '" + value + "' matches no node";
        case IP -> Cidr.address(value) != null || Cidr.parseOrNull(value) != null
                ? null
                : "'" + value + "' is neither an IP address nor a CIDR prefix, so node.ip never matches it";
        default -> null;
        };
    }

    private boolean addressMatches(String nodeAddress) {
        byte[] address = nodeAddress == null ? null : Cidr.address(stripPrefixLength(nodeAddress));
        byte[] wanted = Cidr.address(value);
        if (wanted != null) {
            return holds(Arrays.equals(wanted, address));
        }
        Cidr prefix = Cidr.parseOrNull(value);
        // Swarm rejects every node for a value that is neither an address nor a prefix, whatever the operator.
        return prefix != null && holds(prefix.contains(address));
    }

    private static String stripPrefixLength(String address) {
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    private boolean holds(boolean equal) {
        return operator == ConstraintOperator.EQUAL ? equal : !equal;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConstraintExpression that && key.equals(that.key) && operator == that.operator
                && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, operator, value);
    }

    @Override
    public String toString() {
        return key + " " + operator.getLiteral() + " " + value;
    }
}
