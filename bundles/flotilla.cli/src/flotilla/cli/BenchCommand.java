package flotilla.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import flotilla.engine.bench.AnalysisBench;
import flotilla.engine.bench.Benchmark;
import flotilla.engine.bench.SchedulerBench;
import flotilla.engine.bench.SimulationBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flotilla bench scheduler|simulation|analysis}: the engine's benchmark workloads, with their timings. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Run the engine's benchmarks and print their timings: min, median and max wall time of "
                + "the runs after the warm-up, the median CPU time of the thread (of the process for the "
                + "analysis, which runs on threads of its own), and the heap's peak.",
        "scheduler: swarmkit's scheduler benchmarks under their names (Scheduler1kNodes1kTasks .. "
                + "SchedulerConstraints5kNodes100kTasks), timed from the pending tasks reaching the store "
                + "to every assignment delivered; and a realistic one (10k nodes, 1k services, 1M tasks, "
                + "constraints and spread).",
        "simulation: the failure storm, 10k nodes and 1M tasks, 1k hosts stopping, to convergence.",
        "analysis: `flotilla analyze --scenario node` (every single node lost) of the large example and of "
                + "the same generator at 1,000 nodes and about 10k tasks, from the model to every verdict."})
final class BenchCommand implements Callable<Integer> {

    /** The benchmark suites. */
    enum Suite { scheduler, simulation, analysis }

    @Parameters(index = "0", paramLabel = "SUITE", description = "scheduler, simulation or analysis")
    private Suite suite;

    @Parameters(index = "1..*", paramLabel = "NAME", description = "Run only these benchmarks of the suite.")
    private List<String> names = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs of each benchmark (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "1", description = "Runs before the timed ones, not counted: at least this many (default: ${DEFAULT-VALUE}).")
    private int warmups;

    @Option(names = "--warmup-ms", paramLabel = "MS", defaultValue = "1000", description = "and for at least this long, so the JIT has compiled the work of a short benchmark (default: ${DEFAULT-VALUE}).")
    private long warmupMillis;

    @Option(names = "--json", description = "Print the results as JSON: [{name, nodes, tasks, runs_ms, median_ms, "
            + "median_cpu_ms, peak_heap_mb}].")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Benchmark> suiteBenchmarks = switch (suite) {
        case scheduler -> SchedulerBench.all();
        case simulation -> SimulationBench.all();
        case analysis -> AnalysisBench.all();
        };
        List<Benchmark> chosen = new ArrayList<>();
        for (Benchmark b : suiteBenchmarks) {
            if (names.isEmpty() || names.contains(b.name())) {
                chosen.add(b);
            }
        }
        List<String> known = suiteBenchmarks.stream().map(Benchmark::name).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                spec.commandLine().getErr().println("Error: no benchmark " + name + " in " + suite + "; it has "
                        + String.join(", ", known));
                return Flotilla.USAGE_ERROR;
            }
        }
        if (runs < 1 || warmups < 0 || warmupMillis < 0) {
            spec.commandLine().getErr()
                    .println("Error: --runs must be at least 1, --warmups and --warmup-ms at least 0");
            return Flotilla.USAGE_ERROR;
        }
        if (!json) {
            out.println(Benchmark.Result.header());
            out.flush();
        }
        List<Benchmark.Result> results = new ArrayList<>();
        for (Benchmark b : chosen) {
            Benchmark.Result result = b.measure(warmups, warmupMillis, runs);
            results.add(result);
            if (!json) {
                out.println(result.row());
                out.flush();
            }
        }
        if (json) {
            out.println(Benchmark.Result.toJson(results));
        }
        out.flush();
        return 0;
    }
}
