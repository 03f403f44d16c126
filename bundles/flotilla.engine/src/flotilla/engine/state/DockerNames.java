package flotilla.engine.state;

import java.util.function.Function;

/** Looks an enumeration's constant up by the name docker gives it (its dockerName). */
final class DockerNames {
    private DockerNames() {
    }

    /** The constant named {@code value}, or IllegalArgumentException("invalid WHAT: VALUE") as swarm says it. */
    static <E extends Enum<E>> E parse(E[] values, Function<E, String> dockerName, String value, String what) {
        for (E e : values) {
            if (dockerName.apply(e).equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("invalid " + what + ": " + value);
    }
}
