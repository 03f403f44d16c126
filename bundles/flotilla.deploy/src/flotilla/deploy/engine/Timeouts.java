package flotilla.deploy.engine;

import java.time.Duration;

/**
 * How long Flotilla waits for a Docker daemon. The defaults are Docker's own: its client gives up connecting after 32
 * seconds (the dial timeout of docker/go-connections), and compose gives up waiting for an answer after 60 seconds
 * ({@code COMPOSE_HTTP_TIMEOUT}). {@code --connect-timeout} and {@code --timeout}, or the environment variables
 * {@value #CONNECT_VARIABLE} and {@value #READ_VARIABLE}, change them.
 */
public record Timeouts(Duration connect, Duration read) {

    public static final String CONNECT_VARIABLE = "FLOTILLA_CONNECT_TIMEOUT";
    public static final String READ_VARIABLE = "FLOTILLA_TIMEOUT";

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(32), Duration.ofSeconds(60));

    public Timeouts {
        if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
            throw new IllegalArgumentException("a timeout must be longer than 0s");
        }
    }

    /** The defaults, changed by the environment variables where they are set. */
    public static Timeouts fromEnvironment() {
        String connect = System.getenv(CONNECT_VARIABLE);
        String read = System.getenv(READ_VARIABLE);
        return new Timeouts(connect == null || connect.isBlank() ? DEFAULT.connect() : parse(connect),
                read == null || read.isBlank() ? DEFAULT.read() : parse(read));
    }

    /** These timeouts with the ones given (not null) instead. */
    public Timeouts with(Duration connect, Duration read) {
        return new Timeouts(connect != null ? connect : this.connect, read != null ? read : this.read);
    }

    /** {@code 30}, {@code 30s}, {@code 500ms}, {@code 2m}: a plain number is seconds, as compose's. */
    public static Duration parse(String text) {
        String value = text.strip();
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    "invalid timeout '" + text + "': expected seconds, or a number with ms, s or m");
        }
    }

    /** {@code 60s}, {@code 500ms}: as {@link #parse} reads it. */
    public static String format(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
