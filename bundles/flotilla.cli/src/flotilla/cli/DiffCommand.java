package flotilla.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;
import flotilla.deploy.live.LiveSwarm;
import flotilla.deploy.plan.Plan;
import flotilla.deploy.plan.Planner;
import flotilla.model.Cluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flotilla diff MODEL --host URL}: the drift between a model and a swarm, as the plan deploy would apply. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = {
        "Show how a running swarm has drifted from a model: the plan deploy would apply.",
        "Exit status: 0 no drift, 1 drift, 2 usage error, 3 the swarm or the model could not be read.",
        "Services the model names but did not deploy are listed as taken over, which is not drift."})
final class DiffCommand implements Callable<Integer> {

    static final int DRIFT = 1;
    static final int CANNOT_COMPARE = 3;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The .flotilla file to compare with the swarm.")
    private Path model;

    @Mixin
    private EngineOptions engine;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Cluster cluster = ModelFiles.loadValid(model, err);
        if (cluster == null) {
            return CANNOT_COMPARE;
        }
        try (Engine connection = engine.connect()) {
            Plan plan = Planner.plan(cluster, LiveSwarm.read(connection), ModelFiles.folder(model));
            out.print(plan.describe());
            // Taking over a same-named service only adds Flotilla's label: the swarm already runs what the model says.
            return plan.hasDrift() ? DRIFT : 0;
        } catch (EngineException e) {
            err.println("Error: " + e.getMessage());
            return CANNOT_COMPARE;
        }
    }
}
