package flotilla.engine.bench;

import java.util.List;

import flotilla.engine.analysis.ResilienceAnalysis;
import flotilla.engine.analysis.ScenarioResult;
import flotilla.engine.analysis.Scenarios;
import flotilla.engine.model.ModelImporter;
import flotilla.engine.sim.Simulator;
import flotilla.model.Cluster;
import flotilla.model.examples.ExampleClusters;

/**
 * What `flotilla analyze` costs: the N-1 analysis (every node lost on its own) of a model, timed from the model to
 * every scenario judged, the baseline's import and settling included, scenarios on all cores. The large example
 * (examples/large.flotilla) and the same generator at 1,000 nodes and about 10,000 tasks.
 */
public final class AnalysisBench {
    private static final long SEED = 1;

    private AnalysisBench() {
    }

    public static List<Benchmark> all() {
        return List.of(nodeLosses("AnalysisNMinus1LargeExample", ExampleClusters.large(50, 3, 30)),
                nodeLosses("AnalysisNMinus1OneThousandNodes", ExampleClusters.large(1000, 3, 64)));
    }

    public static Benchmark nodeLosses(String name, Cluster cluster) {
        Simulator sample = ModelImporter.start(cluster, SEED);
        int tasks = (int) sample.state().tasks().stream()
                .filter(t -> t.desiredState() == flotilla.engine.state.TaskState.RUNNING).count();
        return new Benchmark(name, cluster.getNodes().size(), tasks) {
            @Override
            protected boolean parallel() {
                return true;
            }

            @Override
            protected Step prepare() {
                return () -> {
                    Simulator baseline = ModelImporter.start(cluster, SEED);
                    List<ScenarioResult> results;
                    try {
                        results = new ResilienceAnalysis(baseline, Runtime.getRuntime().availableProcessors())
                                .run(Scenarios.nodeLosses(baseline.state()), result -> {
                                });
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                    return () -> {
                        if (results.size() != cluster.getNodes().size()) {
                            throw new IllegalStateException(results.size() + " scenarios for "
                                    + cluster.getNodes().size() + " nodes");
                        }
                    };
                };
            }
        };
    }
}
