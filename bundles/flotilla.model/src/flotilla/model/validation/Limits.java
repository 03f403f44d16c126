package flotilla.model.validation;

/**
 * The quantities a model may hold: the ranges swarm accepts (ports), and how many tasks the simulator keeps in memory,
 * so that a model every command can run never exhausts the heap half way. Validation and the simulator both read them.
 */
public final class Limits {
    /** Ports are 16-bit, as in swarm's API: published 1-65535 (0: not published), target 1-65535. */
    public static final int MAX_PORT = 65535;

    /**
     * The tasks the simulator holds at once, every service together: the largest workload of swarmkit's scheduler
     * benchmarks (1,000,000 tasks), which fits the product's default heap.
     */
    public static final long MAX_TASKS = 1_000_000L;

    private Limits() {
    }

    /** {@code 1,000,000}: the figure as a message gives it. */
    public static String format(long quantity) {
        return String.format(java.util.Locale.ROOT, "%,d", quantity);
    }
}
