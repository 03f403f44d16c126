package flotilla.model.text;

/**
 * The one mapping between the enumerations of the model, the engine and the Engine API client: each names its
 * constants alike (ON_FAILURE, STOP_FIRST, TCP), and swarm's spelling ({@code on-failure}) is the model's literal.
 * So no layer rebuilds a name from another's by changing case or dashes.
 */
public final class EnumNames {
    private EnumNames() {
    }

    /** The constant of {@code type} named like {@code value}; null for null. */
    public static <E extends Enum<E>> E convert(Enum<?> value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.name());
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException(
                    type.getSimpleName() + " has no " + value.name() + " (from " + value.getClass().getName() + ")",
                    exception);
        }
    }

    /** The constant of {@code type} named like {@code value}, or null when {@code type} has none (or value is null). */
    public static <E extends Enum<E>> E convertOrNull(Enum<?> value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.name())) {
                return constant;
            }
        }
        return null;
    }
}
