package flotilla.docker;

import flotilla.model.text.Quantities;
import java.time.Duration;

/**
 * Docker's notations as the command emulator needs them: read by the one parser in
 * {@link Quantities}, durations converted to the engine's milliseconds.
 */
final class Units {
    private Units() {
    }

    /** Milliseconds in a Go duration such as 10s, 1m30s or 500ms. */
    static long duration(String text) {
        return Duration.ofNanos(Quantities.parseDuration(text)).toMillis();
    }

    /** Bytes in a RAM size as Docker reads it: binary multiples, unit letter case-insensitive. */
    static long bytes(String text) {
        return Quantities.parseBytes(text);
    }

    static long nanoCpus(String text) {
        try {
            return Quantities.parseNanoCpus(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid argument \"" + text + "\": " + e.getMessage());
        }
    }

    /** Go's units.HumanDuration, as `docker service ps` uses it for "Running 5 seconds ago". */
    static String humanDuration(long millis) {
        return Quantities.humanDuration(millis);
    }
}
