package flotilla.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import flotilla.engine.bench.SchedulerBench;
import flotilla.engine.bench.SimulationBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flotilla bench scheduler|simulation}: the engine's benchmark workloads, with their timings. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Run the engine's benchmarks and print their timings.",
                "scheduler: swarmkit's scheduler workloads (1k x 1k .. 100k x 1k) and a realistic one "
                        + "(10k nodes, 1k services, 1M tasks).",
                "simulation: 10k nodes, 1M tasks, 1k nodes failing, to convergence." })
final class BenchCommand implements Callable<Integer> {

    /** The benchmark suites. */
    enum Suite { scheduler, simulation }

    @Parameters(paramLabel = "SUITE", description = "scheduler or simulation")
    private Suite suite;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (suite) {
            case scheduler -> SchedulerBench.runAll(result -> {
                out.println(result);
                out.flush();
            });
            case simulation -> out.println(SimulationBench.run(10_000, 1_000, 1_000, 1_000));
        }
        out.flush();
        return 0;
    }
}
