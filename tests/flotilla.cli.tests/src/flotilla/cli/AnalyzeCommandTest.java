package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.NodeRole;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

/** `flotilla analyze`: its verdicts, held against replaying the same failure with `flotilla sim`. */
class AnalyzeCommandTest {

    @TempDir
    Path folder;

    private Path save(Cluster cluster) throws Exception {
        Path model = folder.resolve(cluster.getName() + ".flotilla");
        Models.save(cluster, model);
        return model;
    }

    @Test
    void everySingleNodeLossAndDrainAgreesWithReplayingItInTheSimulator() throws Exception {
        Path model = save(ExampleClusters.stackWithDatabase());
        List<String> disagreements = AnalysisReplay.disagreements(model, folder, "node,drain");
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }

    @Test
    void everyVerdictOfTheLargeExampleAgreesWithReplayingItInTheSimulator() throws Exception {
        Path model = save(ExampleClusters.large(50, 3, 30));
        List<String> disagreements = AnalysisReplay.disagreements(model, folder, "zone");
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }

    @Test
    void aServiceShortBeforeAnyFailureIsReportedOnceAndJudgedAgainstThatBaseline() throws Exception {
        // The large example's global svc030 cannot get a task on one node (too little memory left there).
        Path model = save(ExampleClusters.large(50, 3, 30));
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", "node");
        assertTrue(run.out().startsWith("Before any failure 1 of 30 services is already short; each scenario is "
                + "judged against this baseline"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("svc030 ") && l.contains("degraded")
                && l.contains("insufficient resources")), run.out());
        List<AnalysisReplay.Row> rows = AnalysisReplay.rows(run.out());
        long svc030Hurt = rows.stream().filter(r -> r.service().equals("svc030")).count();
        assertTrue(svc030Hurt < 50, "not every node loss reads svc030 degraded any more:\n" + run.out());
        // Human sizes as docker prints them (go-units), not "345216 MiB".
        assertTrue(
                run.out().lines()
                        .anyMatch(l -> l.matches("memory\\s+\\d+(\\.\\d+)?GiB\\s+\\d+(\\.\\d+)?GiB\\s+node .*")),
                run.out());
    }

    @Test
    void losingTheOnlySsdNodeTakesTheDatabaseDownAndFailsThePipeline() throws Exception {
        Path model = save(ExampleClusters.stackWithDatabase());
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", "node");
        assertEquals(AnalyzeCommand.SERVICE_DOWN, run.exitCode(), run.out() + run.err());
        AnalysisReplay.Row db = AnalysisReplay.rows(run.out()).stream().filter(r -> r.scenario().equals("node worker1")
                && r.service().equals("shop_db")).findFirst().orElseThrow(() -> new AssertionError(run.out()));
        assertEquals("down", db.verdict());
        assertEquals(0, db.running());
        assertTrue(run.out().contains("no suitable node (scheduling constraints not satisfied on"), run.out());
        assertTrue(run.out().contains("\n3 scenarios: "), run.out());
    }

    @Test
    void aSwarmThatSurvivesEveryScenarioExitsZero() throws Exception {
        // The walkthrough swarm with three managers (one may be lost) and no single-replica service.
        Cluster cluster = ExampleClusters.swarmTutorial();
        cluster.getNodes().forEach(node -> node.setRole(NodeRole.MANAGER));
        cluster.getServices().get(0).setReplicas(3);
        Path model = save(cluster);
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", "node,drain");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains("down"), run.out());
    }

    @Test
    void zoneLossOfTheLargeExampleNamesEachZoneAndTheServicesPinnedThere() throws Exception {
        Path model = save(ExampleClusters.large(50, 3, 30));
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", "zone", "--by", "node.labels.zone");
        assertEquals(AnalyzeCommand.SERVICE_DOWN, run.exitCode(), run.out() + run.err());
        List<String> scenarios = AnalysisReplay.scenarios(run.out());
        assertEquals(List.of("node.labels.zone=central", "node.labels.zone=east", "node.labels.zone=west"),
                scenarios, run.out());
        // svc001 is pinned to zone west (1 % 3 == 1): losing west takes it down, losing the others does not.
        assertTrue(AnalysisReplay.rows(run.out()).stream().anyMatch(r -> r.scenario().equals("node.labels.zone=west")
                && r.service().equals("svc001") && r.verdict().equals("down")), run.out());
    }

    @Test
    void randomLossesReportTheShareOfRunsEachServiceStaysWhole() throws Exception {
        Path model = save(ExampleClusters.stackWithDatabase());
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", "random", "--random", "1", "--runs", "30",
                "--seed", "5");
        assertTrue(run.out().contains("STAYS WHOLE (30 RANDOM LOSSES)"), run.out());
        Cli.Run again = flotilla("analyze", model.toString(), "--scenario", "random", "--random", "1", "--runs",
                "30", "--seed", "5");
        assertEquals(run.out(), again.out(), "the same seed gives the same draws");
    }

    @Test
    void anUnknownScenarioIsAUsageError() throws Exception {
        Path model = save(ExampleClusters.swarmTutorial());
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", "meteor");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertTrue(run.err().contains("unknown scenario 'meteor'"), run.err());
    }
}
