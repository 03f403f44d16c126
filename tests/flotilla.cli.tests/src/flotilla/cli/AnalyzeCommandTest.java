package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** One row of the analysis table: the scenario it belongs to, the service, "k/n" and the verdict. */
    private record Row(String scenario, String scenarioVerdict, String service, long running, long desired,
            String verdict) {
    }

    /** Reads the table by the columns its header sets, as a user's eye does (continuation rows inherit the scenario). */
    private static List<Row> rows(String out) {
        List<String> lines = out.lines().toList();
        String header = lines.get(0);
        int verdict = header.indexOf("VERDICT");
        int service = header.indexOf("SERVICE");
        int replicas = header.indexOf("REPLICAS");
        int reason = header.indexOf("REASON");
        List<Row> rows = new ArrayList<>();
        String scenario = "";
        String scenarioVerdict = "";
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            String name = line.substring(0, Math.min(verdict, line.length())).trim();
            if (!name.isEmpty()) {
                scenario = name;
                scenarioVerdict = line.substring(verdict, Math.min(service, line.length())).trim();
            }
            if (line.length() <= replicas) {
                continue;
            }
            String cell = line.substring(replicas, Math.min(reason, line.length())).trim();
            if (cell.isEmpty()) {
                continue; // a scenario that leaves every service whole: its verdict alone
            }
            String[] counts = cell.split(" ", 2)[0].split("/");
            rows.add(new Row(scenario, scenarioVerdict, line.substring(service, replicas).trim(),
                    Long.parseLong(counts[0]),
                    Long.parseLong(counts[1]), cell.split(" ", 2)[1]));
        }
        return rows;
    }

    /**
     * Running tasks per service after replaying the loss of {@code hostnames} in `flotilla sim`; null when the
     * swarm lost its leader, so that the managers answer nothing (the script fails with swarm's error).
     */
    private Map<String, Long> replay(Path model, List<String> services, List<String> hostnames, String verb)
            throws Exception {
        List<String> script = new ArrayList<>();
        hostnames.forEach(hostname -> script.add(verb + " " + hostname));
        script.add("sim wait");
        services.forEach(service -> script.add("docker service ps " + service
                + " --filter desired-state=running --format '" + service + " {{.Node}} {{.CurrentState}}'"));
        Path file = Files.write(folder.resolve("replay.sh"), script);
        Cli.Run run = flotilla("sim", file.toString(), "--model", model.toString());
        if (run.err().contains("The swarm does not have a leader")) {
            return null;
        }
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Long> running = new LinkedHashMap<>();
        services.forEach(service -> running.put(service, 0L));
        for (String line : run.out().lines().toList()) {
            String[] words = line.split(" ");
            if (words.length >= 3 && running.containsKey(words[0]) && words[2].equals("Running")
                    && !hostnames.contains(words[1])) {
                running.merge(words[0], 1L, Long::sum);
            }
        }
        return running;
    }

    @Test
    void everySingleNodeLossAgreesWithReplayingItInTheSimulator() throws Exception {
        Path model = save(ExampleClusters.stackWithDatabase());
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", "node,drain", "--all");
        List<Row> rows = rows(run.out());
        List<String> services = rows.stream().map(Row::service).distinct().toList();
        assertEquals(List.of("shop_agent", "shop_db", "shop_server"), services, run.out());
        for (String scenario : rows.stream().map(Row::scenario).distinct().toList()) {
            String[] words = scenario.split(" ");
            String verb = words[0].equals("drain") ? "docker node update --availability drain" : "sim node-down";
            Map<String, Long> replayed = replay(model, services, List.of(words[1]), verb);
            boolean quorumLost = rows.stream().anyMatch(r -> r.scenario().equals(scenario)
                    && r.scenarioVerdict().contains("(quorum lost)"));
            assertEquals(quorumLost, replayed == null,
                    scenario + ": the replay's managers answer as the analysis says");
            if (quorumLost) {
                continue;
            }
            for (Row row : rows.stream().filter(r -> r.scenario().equals(scenario)).toList()) {
                assertEquals(replayed.get(row.service()), row.running(), scenario + " " + row + "\n" + run.out());
            }
        }
    }

    @Test
    void losingTheOnlySsdNodeTakesTheDatabaseDownAndFailsThePipeline() throws Exception {
        Path model = save(ExampleClusters.stackWithDatabase());
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", "node");
        assertEquals(AnalyzeCommand.SERVICE_DOWN, run.exitCode(), run.out() + run.err());
        Row db = rows(run.out()).stream().filter(r -> r.scenario().equals("node worker1")
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
        List<String> scenarios = rows(run.out()).stream().map(Row::scenario).distinct().toList();
        assertEquals(List.of("node.labels.zone=central", "node.labels.zone=east", "node.labels.zone=west"),
                scenarios, run.out());
        // svc001 is pinned to zone west (1 % 3 == 1): losing west takes it down, losing the others does not.
        assertTrue(rows(run.out()).stream().anyMatch(r -> r.scenario().equals("node.labels.zone=west")
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
