package flotilla.exchange.compose;

import flotilla.model.text.Quantities;

/**
 * The quantities a compose file writes as text, read by the one parser of Docker's notations ({@link Quantities}):
 * Go durations into nanoseconds, memory sizes into bytes, CPUs into nano-CPUs, and written back the same way. What
 * a stack file adds is its messages, and that swarm takes no negative delays or CPUs.
 */
final class Units {
    private static final String DURATION_EXAMPLES = " is not a duration; expected one such as 10s, 1m30s or 1h";

    private Units() {
    }

    static long duration(String text) {
        if (text.startsWith("-")) {
            throw new IllegalArgumentException("'" + text + "'" + DURATION_EXAMPLES);
        }
        try {
            return Quantities.parseDuration(text);
        } catch (IllegalArgumentException exception) {
            boolean unit = exception.getMessage().contains(" unit ");
            throw new IllegalArgumentException(
                    "'" + text + "'" + DURATION_EXAMPLES + (unit ? " (a number needs a unit)" : ""), exception);
        }
    }

    static long bytes(String text) {
        try {
            return Quantities.parseBytes(text);
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a size; expected bytes or a number with a unit such as 512M or 2G",
                    exception);
        }
    }

    static long nanoCPUs(String text) {
        long nanos;
        try {
            nanos = Quantities.parseNanoCpus(text);
        } catch (IllegalArgumentException exception) {
            String problem = exception.getMessage().contains("too precise")
                    ? "is too precise: CPUs have at most 9 decimals"
                    : "is not a number of CPUs such as 0.5 or 2";
            throw new IllegalArgumentException("'" + text + "' " + problem, exception);
        }
        if (nanos < 0) {
            throw new IllegalArgumentException("a number of CPUs cannot be negative: " + text);
        }
        return nanos;
    }

    /** CPUs as the compose file writes them: {@code 0.5}, {@code 2}. */
    static String cpus(long nanoCPUs) {
        return Quantities.cpuNumber(nanoCPUs);
    }

    /** Bytes in the largest binary unit that divides them: {@code 512M}, {@code 2G}, else the plain number. */
    static String size(long bytes) {
        return Quantities.binarySize(bytes, "K", "M", "G", "T", "P");
    }
}
