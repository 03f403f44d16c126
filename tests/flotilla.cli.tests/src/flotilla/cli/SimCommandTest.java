package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Node;
import flotilla.model.NodeAvailability;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

class SimCommandTest {

    @TempDir
    Path folder;

    private Path script(String... lines) throws Exception {
        return Files.write(folder.resolve("script.sh"), List.of(lines));
    }

    @Test
    void replaysAScriptWithDockersOutput() throws Exception {
        Path script = script("docker swarm init", "sim add-node worker1", "sim add-node worker2",
                "docker service create --name web --replicas 3 nginx",
                "docker service ps web --format '{{.Name}} {{.Node}} {{.CurrentState}}'");
        Cli.Run run = flotilla("sim", script.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> tasks = run.out().lines().filter(line -> line.startsWith("web.")).toList();
        assertEquals(3, tasks.size(), run.out());
        assertEquals(3, tasks.stream().map(line -> line.split(" ")[1]).distinct().count(), run.out());
        assertTrue(tasks.stream().allMatch(line -> line.contains(" Running ")), run.out());
    }

    @Test
    void aFailedLineIsReportedWithItsNumberAndFailsTheRun() throws Exception {
        Path script = script("docker swarm init", "# a comment", "docker service inspect nope", "echo still here");
        Cli.Run run = flotilla("sim", script.toString());
        assertEquals(1, run.exitCode());
        assertEquals(script + ":3:1: Error: no such service: nope\n", run.err());
        assertTrue(run.out().contains("still here"), run.out());
    }

    @Test
    void startsFromAModelAndSavesWhatTheScriptChanged() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Cluster tutorial = ExampleClusters.swarmTutorial();
        Models.save(tutorial, model);
        byte[] input = Files.readAllBytes(model);
        Path saved = folder.resolve("after.flotilla");
        Path script = script("docker node ls --format '{{.Hostname}}'",
                "docker node update --availability drain worker2",
                "docker service create --name cache --replicas 2 redis:7");

        Cli.Run run = flotilla("sim", script.toString(), "--model", model.toString(), "--save", saved.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().toList().containsAll(List.of("manager1", "worker1", "worker2")), run.out());

        Cluster after = Models.load(saved);
        Node worker2 = after.getNodes().stream().filter(node -> node.getHostname().equals("worker2")).findFirst()
                .orElseThrow();
        assertEquals(NodeAvailability.DRAIN, worker2.getAvailability());
        assertEquals(tutorial.getNodes().get(2).getId(), worker2.getId(), "the node kept its id");
        Service cache = after.getServices().stream().filter(service -> service.getName().equals("cache"))
                .findFirst().orElseThrow();
        assertEquals(2, cache.getReplicas());
        assertEquals(tutorial.getServices().size() + 1, after.getServices().size());
        assertTrue(Arrays.equals(input, Files.readAllBytes(model)), "the input model was rewritten");
    }

    @Test
    void deploysAStackFileThroughTheComposeImporter() throws Exception {
        Files.writeString(folder.resolve("shop.yml"), """
                version: "3.9"
                services:
                  web:
                    image: nginx:1.27
                    ports: ["8080:80"]
                    networks: [front]
                    deploy:
                      replicas: 2
                  agent:
                    image: datadog/agent:7
                    deploy:
                      mode: global
                networks:
                  front:
                    driver: overlay
                """);
        Path script = script("docker swarm init", "sim add-node worker1", "sim add-node worker2",
                "docker stack deploy -c shop.yml shop", "sim wait",
                "docker service ls --format '{{.Name}} {{.Mode}} {{.Replicas}}'",
                "docker network ls --format '{{.Name}}' --filter name=shop_");
        Cli.Run run = flotilla("sim", script.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("shop_web replicated 2/2"), run.out());
        assertTrue(lines.contains("shop_agent global 3/3"), run.out());
        assertTrue(lines.contains("shop_front"), run.out());
    }

    /**
     * Issue 9: swarm's constraint grammar. The label name is case-sensitive (Zone is not zone), key names and
     * prefixes are not, and an unknown key is accepted but never satisfied: its task stays pending.
     */
    @Test
    void aStackFileWithConstraintsSwarmAcceptsDeploysAndPlacesAsSwarmDoes() throws Exception {
        Files.writeString(folder.resolve("zones.yml"), """
                version: "3.9"
                services:
                  zoned:
                    image: nginx:1.27
                    deploy:
                      replicas: 2
                      placement:
                        constraints: [node.labels.Zone==a, NODE.ROLE == Worker]
                  lowercase:
                    image: nginx:1.27
                    deploy:
                      placement:
                        constraints: [node.labels.zone==a]
                  unknown:
                    image: nginx:1.27
                    deploy:
                      placement:
                        constraints: [node.colour==blue]
                """);
        Path script = script("docker swarm init", "sim add-node worker1", "sim add-node worker2",
                "docker node update --label-add Zone=a worker1",
                "docker stack deploy -c zones.yml shop", "sim wait",
                "docker service ls --format '{{.Name}} {{.Replicas}}'",
                "docker service ps shop_zoned --format '{{.Node}} {{.CurrentState}}'",
                "docker service ps shop_unknown --no-trunc --format '{{.Node}}|{{.Error}}'");
        Cli.Run run = flotilla("sim", script.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("shop_zoned 2/2"), run.out());
        assertTrue(lines.contains("shop_lowercase 0/1"), run.out());
        assertTrue(lines.contains("shop_unknown 0/1"), run.out());
        assertEquals(2, lines.stream().filter(line -> line.startsWith("worker1 Running")).count(), run.out());
        assertTrue(lines.contains("|\"no suitable node (scheduling constraints not satisfied on 3 nodes)\""),
                run.out());
    }

    @Test
    void readsCommandsFromStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("docker swarm init\necho hello from stdin\n"
                    .getBytes(StandardCharsets.UTF_8)));
            Cli.Run run = flotilla("sim");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("hello from stdin"), run.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aMissingScriptIsAnError() {
        Cli.Run run = flotilla("sim", folder.resolve("missing.sh").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("Error: open "), run.err());
    }

    @Test
    void scheduleListsEveryTaskWithItsNode() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        Cli.Run text = flotilla("schedule", model.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("frontier"), text.out());
        assertTrue(text.out().contains("manager1") && text.out().contains("worker2"), text.out());

        Cli.Run json = flotilla("schedule", "--json", model.toString());
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().strip().startsWith("{") || json.out().strip().startsWith("["), json.out());
        assertTrue(json.out().contains("\"frontier\""), json.out());
    }

    @Test
    void benchRefusesAnUnknownSuite() {
        Cli.Run run = flotilla("bench", "everything");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertTrue(run.err().contains("scheduler, simulation"), run.err());
    }

    @Test
    void benchSchedulerRunsSwarmkitsWorkloadByNameAndWritesJson() {
        Cli.Run run = flotilla("bench", "scheduler", "Scheduler1kNodes1kTasks", "--runs", "2", "--warmups", "0",
                "--warmup-ms", "0", "--json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().strip();
        assertTrue(json.startsWith("[") && json.endsWith("]"), json);
        assertTrue(json.contains("\"name\": \"Scheduler1kNodes1kTasks\", \"nodes\": 1000, \"tasks\": 1000"), json);
        // Milliseconds to the microsecond: a run of 1k tasks takes about one.
        assertTrue(json.matches(
                "(?s).*\"runs_ms\": \\[\\d+(\\.\\d{1,3})?, \\d+(\\.\\d{1,3})?\\].*\"median_ms\": \\d+(\\.\\d{1,3})?.*\"peak_heap_mb\": \\d+.*"),
                json);
    }

    @Test
    void benchRefusesAWorkloadTheSuiteDoesNotHave() {
        Cli.Run run = flotilla("bench", "simulation", "Scheduler1kNodes1kTasks");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertTrue(run.err().contains("FailureStorm10kNodes1MTasks1kDown"), run.err());
    }
}
