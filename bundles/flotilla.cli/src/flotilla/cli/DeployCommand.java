package flotilla.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;
import flotilla.deploy.live.LiveSwarm;
import flotilla.deploy.plan.Applier;
import flotilla.deploy.plan.Change;
import flotilla.deploy.plan.Plan;
import flotilla.deploy.plan.Planner;
import flotilla.model.Cluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flotilla deploy MODEL --host URL}: print the plan, then apply it. */
@Command(name = "deploy", mixinStandardHelpOptions = true, description = {
        "Deploy a model to a real swarm through the Engine API.",
        "First prints the plan (networks, secrets, node labels and availability, services to create, "
                + "update or remove), then applies it. Only what this model deployed is ever removed.",
        "Images are referenced, never resolved or pulled by deploy. Exits 1 when the plan cannot be applied."})
final class DeployCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "The .flotilla file to deploy.")
    private Path model;

    @Mixin
    private EngineOptions engine;

    @Option(names = "--dry-run", description = "Print the plan and change nothing.")
    private boolean dryRun;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Cluster cluster = ModelFiles.loadValid(model, err);
        if (cluster == null) {
            return 1;
        }
        Path baseDir = ModelFiles.folder(model);
        try (Engine connection = engine.connect()) {
            Plan plan = Planner.plan(cluster, LiveSwarm.read(connection), baseDir);
            out.print(plan.describe());
            if (!plan.problems().isEmpty()) {
                err.println("Error: the plan cannot be applied: " + plan.problems().get(0));
                return 1;
            }
            if (plan.isEmpty()) {
                return 0;
            }
            if (dryRun) {
                out.println("Dry run: nothing was changed.");
                return 0;
            }
            new Applier(connection, cluster, baseDir).apply(plan, new Applier.Listener() {
                @Override
                public void applying(Change change, int index, int total) {
                    out.println(change.action().verb + " " + change.kind().noun() + " " + change.name());
                    out.flush();
                }
            });
            out.println("Deployed: " + plan.count(Change.Action.CREATE) + " created, "
                    + plan.count(Change.Action.UPDATE)
                    + " updated, "
                    + (plan.count(Change.Action.REPLACE) > 0 ? plan.count(Change.Action.REPLACE) + " replaced, " : "")
                    + plan.count(Change.Action.REMOVE) + " removed.");
            return 0;
        } catch (EngineException e) {
            out.flush();
            err.println("Error: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            out.flush();
            err.println("Error: deploy stopped: " + e.getMessage());
            return 1;
        }
    }
}
