package flotilla.model.constraint;

/**
 * The node attribute a constraint key or a spread descriptor names, resolved as swarm resolves it: attribute
 * names and label prefixes in any case ({@code NODE.Labels.zone}), the label name after the prefix
 * case-sensitive. A key swarm does not know resolves to {@link Attribute#UNKNOWN}: swarm accepts it and never
 * places a task with it.
 *
 * @param attribute what is read
 * @param label     the label name for {@link Attribute#NODE_LABEL} and {@link Attribute#ENGINE_LABEL}, else null
 */
public record ConstraintKey(Attribute attribute, String label) {
    public static final String NODE_LABEL_PREFIX = "node.labels.";

    public static final String ENGINE_LABEL_PREFIX = "engine.labels.";

    /** The keys swarm's constraint filter knows; labels are named by their prefix. */
    public enum Attribute {
        ID("node.id"), HOSTNAME("node.hostname"), IP("node.ip"), ROLE("node.role"), OS("node.platform.os"), ARCH(
                "node.platform.arch"), NODE_LABEL(NODE_LABEL_PREFIX), ENGINE_LABEL(ENGINE_LABEL_PREFIX), UNKNOWN(null);

        private final String key;

        Attribute(String key) {
            this.key = key;
        }

        /** The key as swarm's documentation writes it; for labels, the prefix. */
        public String key() {
            return key;
        }
    }

    private static final ConstraintKey UNKNOWN = new ConstraintKey(Attribute.UNKNOWN, null);

    public static ConstraintKey of(String key) {
        for (Attribute attribute : Attribute.values()) {
            if (attribute.key == null) {
                continue;
            }
            if (attribute == Attribute.NODE_LABEL || attribute == Attribute.ENGINE_LABEL) {
                // A bare prefix names no label: swarm's filter falls through to "unknown key".
                if (key.length() > attribute.key.length()
                        && key.regionMatches(true, 0, attribute.key, 0, attribute.key.length())) {
                    return new ConstraintKey(attribute, key.substring(attribute.key.length()));
                }
            } else if (attribute.key.equalsIgnoreCase(key)) {
                return new ConstraintKey(attribute, null);
            }
        }
        return UNKNOWN;
    }

    /** A spread preference's descriptor: only labels spread, swarm ignores any other descriptor (null). */
    public static ConstraintKey ofSpread(String descriptor) {
        ConstraintKey key = of(descriptor);
        return key.label != null ? key : null;
    }

    public boolean known() {
        return attribute != Attribute.UNKNOWN;
    }

    /** The node's value for this key, "" when it has none (swarm compares a missing value as the empty string). */
    public String read(NodeDescription node) {
        String value = switch (attribute) {
        case ID -> node.id();
        case HOSTNAME -> node.hostname();
        case IP -> node.address();
        case ROLE -> node.role();
        case OS -> node.os();
        case ARCH -> node.arch();
        case NODE_LABEL -> node.nodeLabel(label);
        case ENGINE_LABEL -> node.engineLabel(label);
        case UNKNOWN -> null;
        };
        return value == null ? "" : value;
    }
}
