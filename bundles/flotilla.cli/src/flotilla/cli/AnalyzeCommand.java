package flotilla.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import flotilla.docker.ResilienceReport;
import flotilla.engine.analysis.ResilienceAnalysis;
import flotilla.engine.analysis.Scenario;
import flotilla.engine.analysis.ScenarioResult;
import flotilla.engine.analysis.Scenarios;
import flotilla.engine.analysis.Verdict;
import flotilla.engine.model.ModelImporter;
import flotilla.engine.sim.Simulator;
import flotilla.model.Cluster;
import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flotilla analyze MODEL}: what happens to each service if a node, a zone, some managers or k random nodes
 * are lost, a node is drained, or a service is updated, each replayed on the engine to convergence.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = {
        "Replay failures on the model's swarm and report what each does to every service.",
        "Each scenario is judged against the swarm before any failure: a service already short there "
                + "counts as whole while the failure costs it nothing more.",
        "Exit status: 0 every service survives every scenario (perhaps degraded), 1 some scenario (or the "
                + "swarm before any failure) leaves a service down, 3 the model cannot be read."})
final class AnalyzeCommand implements Callable<Integer> {

    /** Exit status when a scenario leaves a service with no running task: lets a pipeline gate a change. */
    static final int SERVICE_DOWN = 1;
    static final int MODEL_UNREADABLE = 3;

    @Parameters(paramLabel = "MODEL", description = "The .flotilla file.")
    private Path model;

    @Option(names = "--scenario", paramLabel = "KIND", split = ",", description = "node, zone, random, manager, drain, update (default: node, manager, drain, update; zone "
            + "with --by, random with --random).")
    private List<String> kinds = new ArrayList<>();

    @Option(names = "--by", paramLabel = "LABEL", description = "Lose every node with one value of this label at once, e.g. node.labels.zone.")
    private String by;

    @Option(names = "--random", paramLabel = "K", description = "Lose K random nodes at once, --runs times.")
    private Integer random;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100", description = "Draws of random losses (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for ids, tie-breaking and random draws (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Scenarios replayed at once (default: one per core).")
    private Integer threads;

    @Option(names = "--all", description = "Also list the services a scenario leaves whole.")
    private boolean all;

    @Option(names = "--json", description = "Print JSON for machines.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Cluster cluster;
        try {
            cluster = Models.load(model);
        } catch (ModelLoadException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return MODEL_UNREADABLE;
        }
        if (cluster.getNodes().isEmpty()) {
            spec.commandLine().getErr().println("Error: " + model + " has no nodes: there is nothing to lose yet");
            return MODEL_UNREADABLE;
        }
        Simulator baseline = ModelImporter.start(cluster, seed);
        int parallel = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<Scenario> scenarios;
        ResilienceAnalysis analysis;
        try {
            scenarios = scenarios(baseline);
            analysis = new ResilienceAnalysis(baseline, parallel);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return Flotilla.USAGE_ERROR;
        }
        List<ScenarioResult> results;
        try {
            results = analysis.run(scenarios, r -> {
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        ResilienceReport.print(analysis.baseline(), results, spec.commandLine().getOut(), json, all);
        // A service down before any failure is down in every scenario too.
        boolean down = results.stream().anyMatch(r -> r.verdict() == Verdict.DOWN)
                || analysis.baseline().stream().anyMatch(o -> o.verdict() == Verdict.DOWN);
        return down ? SERVICE_DOWN : 0;
    }

    private List<Scenario> scenarios(Simulator baseline) {
        Set<Scenario.Kind> wanted = EnumSet.noneOf(Scenario.Kind.class);
        kinds.forEach(kind -> wanted.add(Scenario.Kind.parse(kind)));
        if (wanted.isEmpty()) {
            wanted.addAll(EnumSet.of(Scenario.Kind.NODE, Scenario.Kind.MANAGER, Scenario.Kind.DRAIN,
                    Scenario.Kind.UPDATE));
            if (by != null) {
                wanted.add(Scenario.Kind.ZONE);
            }
            if (random != null) {
                wanted.add(Scenario.Kind.RANDOM);
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario.Kind kind : wanted) {
            scenarios.addAll(switch (kind) {
            case NODE -> Scenarios.nodeLosses(baseline.state());
            case ZONE -> {
                if (by == null) {
                    throw new IllegalArgumentException("--scenario zone needs --by LABEL (e.g. node.labels.zone)");
                }
                List<Scenario> zones = Scenarios.labelLosses(baseline.state(), by);
                if (zones.isEmpty()) {
                    throw new IllegalArgumentException("no node has the label " + by);
                }
                yield zones;
            }
            case RANDOM -> Scenarios.randomLosses(baseline.state(), random == null ? 2 : random, runs, seed);
            case MANAGER -> Scenarios.managerLosses(baseline.state());
            case DRAIN -> Scenarios.drains(baseline.state());
            case UPDATE -> Scenarios.updates(baseline.state());
            });
        }
        return scenarios;
    }
}
