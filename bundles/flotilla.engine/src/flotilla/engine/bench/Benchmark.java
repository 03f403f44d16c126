package flotilla.engine.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark workload: a cluster built untimed, then the timed work on it. {@link #measure} runs it
 * several times after warm-up runs, each on a freshly built cluster, as Go's benchmarks rebuild theirs.
 */
public abstract class Benchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String name;
    private final int nodes;
    private final int tasks;

    protected Benchmark(String name, int nodes, int tasks) {
        this.name = name;
        this.nodes = nodes;
        this.tasks = tasks;
    }

    public String name() {
        return name;
    }

    /**
     * The timed work on a cluster built by {@link #prepare}: returns when it is all done, with the check
     * (not timed) that it did what it should; the check throws when it did not.
     */
    @FunctionalInterface
    protected interface Step {
        Runnable run();
    }

    /** Builds the cluster (not timed) and returns the work to time. */
    protected abstract Step prepare();

    /**
     * Whether the work runs on threads of its own: then its CPU time is the whole process's (its threads end with
     * it, and the calling thread only waits), garbage collection included; otherwise the calling thread's.
     */
    protected boolean parallel() {
        return false;
    }

    private long cpuNanos() {
        return parallel()
                ? ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L)
                : THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Wall times of the runs in milliseconds (to the microsecond: a 1k-task run takes about one), and the heap's
     * peak during the timed work: the sum of the heap pools' peaks, an upper bound of what was in use at once (the
     * cluster itself included).
     */
    public record Result(String name, int nodes, int tasks, double[] runsMillis, double[] runsCpuMillis,
            long peakHeapMb) {
        public double minMillis() {
            return Arrays.stream(runsMillis).min().orElse(0);
        }

        public double maxMillis() {
            return Arrays.stream(runsMillis).max().orElse(0);
        }

        public double medianMillis() {
            return median(runsMillis);
        }

        public double medianCpuMillis() {
            return median(runsCpuMillis);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        /** Milliseconds as a person reads them: a tenth where it matters (under 100), whole ones above. */
        private static String ms(double millis) {
            return millis < 100 ? String.format(Locale.ROOT, "%.1f", millis) : String.valueOf(Math.round(millis));
        }

        /** Milliseconds for JSON, to the microsecond. */
        private static String jsonMs(double millis) {
            return BigDecimal.valueOf(millis).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }

        /** One line of the table {@link #header} starts. */
        public String row() {
            return String.format(Locale.ROOT, "%-38s %7d %8d %8s %8s %8s %8s %7d", name, nodes, tasks, ms(minMillis()),
                    ms(medianMillis()), ms(maxMillis()), ms(medianCpuMillis()), peakHeapMb);
        }

        public static String header() {
            return String.format(Locale.ROOT, "%-38s %7s %8s %8s %8s %8s %8s %7s", "BENCHMARK", "NODES", "TASKS",
                    "MIN ms", "MEDIAN", "MAX", "CPU ms", "HEAP MB");
        }

        public String toJson() {
            StringBuilder runs = new StringBuilder();
            for (double r : runsMillis) {
                runs.append(runs.isEmpty() ? "" : ", ").append(jsonMs(r));
            }
            return String.format(Locale.ROOT, "{\"name\": \"%s\", \"nodes\": %d, \"tasks\": %d, \"runs_ms\": [%s], "
                    + "\"median_ms\": %s, \"median_cpu_ms\": %s, \"peak_heap_mb\": %d}", name, nodes, tasks, runs,
                    jsonMs(medianMillis()), jsonMs(medianCpuMillis()), peakHeapMb);
        }

        public static String toJson(List<Result> results) {
            StringBuilder json = new StringBuilder("[");
            for (Result r : results) {
                json.append(json.length() == 1 ? "\n  " : ",\n  ").append(r.toJson());
            }
            return json.append(results.isEmpty() ? "]" : "\n]").toString();
        }
    }

    /**
     * Discarded runs, at least {@code warmups} of them and for at least {@code warmupMillis} of wall time, then
     * {@code runs} timed ones. The time matters for the short workloads: one run of 1k tasks is too short for the
     * JIT to compile the scheduler, so a count alone would time interpreted code (JMH and Go's harness likewise
     * repeat a benchmark until it has run for a while).
     */
    public Result measure(int warmups, long warmupMillis, int runs) {
        long warmupStart = System.nanoTime();
        for (int i = 0; i < warmups || (System.nanoTime() - warmupStart) / 1_000_000 < warmupMillis; i++) {
            prepare().run().run();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        long peak = 0;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        for (int i = 0; i < runs; i++) {
            Step step = prepare();
            // The set-up's garbage goes first, so the figures are the work's own.
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            Runnable check = step.run();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (cpuNanos() - cpuStart) / 1e6;
            long used = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            peak = Math.max(peak, used >> 20);
            check.run();
        }
        return new Result(name, nodes, tasks, wall, cpu, peak);
    }
}
