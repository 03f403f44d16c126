package flotilla.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import flotilla.docker.PlacementReport;
import flotilla.model.Cluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flotilla schedule MODEL}: where swarm would place every task, and why a task stays pending. */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Show where swarm would place each task of a model, and why any task stays pending.")
final class ScheduleCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "The .flotilla file.")
    private Path model;

    @Option(names = "--json", description = "Print JSON for machines.")
    private boolean json;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for ids and tie-breaking (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Cluster cluster = ModelFiles.loadValid(model, spec.commandLine().getErr());
        if (cluster == null) {
            return 1;
        }
        PlacementReport.print(Simulations.start(cluster, seed), spec.commandLine().getOut(), json);
        return 0;
    }
}
