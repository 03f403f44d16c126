package flotilla.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import flotilla.docker.Interpreter;
import flotilla.engine.model.ModelImporter;
import flotilla.engine.sim.Simulator;
import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.persistence.Models;

/**
 * The same docker command script replayed on the real 3-node swarm (the docker CLI, one line at a
 * time, waiting for swarm to settle) and on Flotilla's simulator (flotilla sim's interpreter): both
 * must end with the same running tasks per node (as a multiset where swarm breaks ties at random,
 * exactly where constraints decide) and the same Pending reason.
 */
class DifferentialFidelityTest {

    private static final long SETTLE_TIMEOUT_MILLIS = 90_000;

    /** KILL/START stand for a node's dockerd killed and started again (sim node-down/node-up). */
    private static final List<String> SCRIPT = List.of(
            "docker node update --label-add zone=east lab-node-2",
            "docker service create --name spread --replicas 6 --endpoint-mode dnsrr IMAGE sleep 3600",
            "docker service create --name pinned --replicas 2 --constraint node.labels.zone==east --endpoint-mode dnsrr IMAGE sleep 3600",
            "docker service create --name everywhere --mode global --endpoint-mode dnsrr IMAGE sleep 3600",
            "docker service create --name nowhere --constraint node.labels.zone==north --endpoint-mode dnsrr IMAGE sleep 3600",
            "docker service update --replicas 4 spread",
            "KILL 3",
            "START 3",
            "docker node update --availability drain lab-node-3");

    private static final List<String> SERVICES = List.of("spread", "pinned", "everywhere", "nowhere");

    @Test
    void theRealSwarmAndTheSimulatorEndAlike() throws Exception {
        Lab lab = Lab.get();
        try {
            Map<String, List<String>> real = replayOnTheLab(lab);
            Map<String, List<String>> simulated = replayOnTheSimulator(lab);
            System.out.println("real swarm: " + real + "\nsimulator:  " + simulated);
            // What the real swarm did, so the comparison below cannot pass on two empty listings.
            assertEquals(List.of("lab-node-2|Running|", "lab-node-2|Running|"), real.get("pinned"));
            assertEquals(List.of("lab-node-1|Running|", "lab-node-2|Running|"), real.get("everywhere"),
                    "drained lab-node-3 runs none");
            assertEquals(List.of(
                    "|Pending|\"no suitable node (scheduling constraints not satisfied on 2 nodes; 1 node not available for new tasks)\""),
                    real.get("nowhere"), "the drained node counts apart");
            assertEquals(4, real.get("spread").size(), real.get("spread").toString());
            assertTrue(real.get("spread").stream().noneMatch(row -> row.startsWith("lab-node-3")),
                    "spread on the drained node");
            // Exactly where constraints decide; spread's ties are swarm's to break, so only its shape counts.
            for (String service : List.of("pinned", "everywhere", "nowhere")) {
                assertEquals(real.get(service), simulated.get(service), service + ": real vs simulated tasks");
            }
            assertEquals(shape(real.get("spread")), shape(simulated.get("spread")),
                    "spread: " + real.get("spread") + " vs " + simulated.get("spread"));
        } finally {
            for (String service : SERVICES) {
                docker(lab, "service", "rm", service);
            }
            docker(lab, "node", "update", "--availability", "active", "--label-rm", "zone", "lab-node-3");
            docker(lab, "node", "update", "--availability", "active", "--label-rm", "zone", "lab-node-2");
        }
    }

    private Map<String, List<String>> replayOnTheLab(Lab lab) throws Exception {
        for (String line : SCRIPT) {
            if (line.startsWith("KILL")) {
                lab.killNode(3);
                settle(lab, "lab-node-3 Down");
            } else if (line.startsWith("START")) {
                lab.startNode(3);
                settle(lab, "lab-node-3 Ready");
            } else {
                List<String> words = new ArrayList<>(List.of(line.replace("IMAGE", lab.image()).split(" ")));
                words.remove(0);
                if (words.get(0).equals("service")
                        && (words.get(1).equals("create") || words.get(1).equals("update"))) {
                    // Never ask a registry; do not wait for convergence (nowhere never converges).
                    words.add(2, "--detach");
                    if (words.get(1).equals("create")) {
                        words.add(2, "--no-resolve-image");
                    }
                }
                String[] args = words.toArray(String[]::new);
                String out = docker(lab, args);
                assertTrue(out != null, line + " failed");
                settle(lab, null);
            }
        }
        Map<String, List<String>> tasks = new TreeMap<>();
        for (String service : SERVICES) {
            tasks.put(service,
                    rows(docker(lab, "service", "ps", service, "--no-trunc", "--filter", "desired-state=running",
                            "--format", "{{.Node}}|{{.CurrentState}}|{{.Error}}")));
        }
        return tasks;
    }

    private Map<String, List<String>> replayOnTheSimulator(Lab lab) throws IOException {
        Cluster cluster = Models.newCluster("lab");
        for (int i = 1; i <= lab.nodes(); i++) {
            Node node = ModelFactory.eINSTANCE.createNode();
            node.setHostname(lab.hostname(i));
            node.setRole(i == 1 ? NodeRole.MANAGER : NodeRole.WORKER);
            cluster.getNodes().add(node);
        }
        Simulator sim = ModelImporter.start(cluster, 1);
        StringBuilder script = new StringBuilder();
        for (String line : SCRIPT) {
            script.append(line.replace("IMAGE", lab.image()).replace("KILL 3", "sim node-down lab-node-3")
                    .replace("START 3", "sim node-up lab-node-3")).append("\nsim wait\n");
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Interpreter interpreter = new Interpreter(sim, null, null, out, err);
        assertEquals(0, interpreter.run(new StringReader(script.toString())), err.toString());
        Map<String, List<String>> tasks = new TreeMap<>();
        for (String service : SERVICES) {
            StringBuilder ps = new StringBuilder();
            new Interpreter(sim, null, null, ps, err).run(new StringReader("docker service ps " + service
                    + " --no-trunc --filter desired-state=running --format '{{.Node}}|{{.CurrentState}}|{{.Error}}'\n"));
            tasks.put(service, rows(ps.toString()));
        }
        return tasks;
    }

    /** "NODE|STATE|ERROR" rows with the state's first word only ("Running 5 seconds ago" -> "Running"), sorted. */
    private static List<String> rows(String listing) {
        List<String> rows = new ArrayList<>();
        for (String line : listing.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            rows.add(cells[0] + "|" + cells[1].split(" ")[0] + "|" + cells[2]);
        }
        rows.sort(null);
        return rows;
    }

    /** Tasks per node as a sorted list of counts: what spread looks like when ties may go either way. */
    private static List<Long> shape(List<String> rows) {
        Map<String, Long> perNode = new TreeMap<>();
        rows.forEach(row -> perNode.merge(row.substring(0, row.indexOf('|')), 1L, Long::sum));
        List<Long> counts = new ArrayList<>(perNode.values());
        counts.sort(null);
        return counts;
    }

    /** Waits until every service is as settled as it can be: all wanted tasks running, and {@code node} (e.g. "lab-node-3 Down") true. */
    private void settle(Lab lab, String node) throws Exception {
        long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MILLIS;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            String nodes = docker(lab, "node", "ls", "--format", "{{.Hostname}} {{.Status}}");
            String services = docker(lab, "service", "ls", "--format", "{{.Name}} {{.Replicas}}");
            last = nodes + services;
            boolean nodeOk = node == null || nodes.lines().anyMatch(line -> line.equals(node));
            boolean converged = services.lines().allMatch(line -> {
                String[] parts = line.split(" ");
                String[] replicas = parts[1].split("/");
                // nowhere never runs; a global service counts its task on a dead node until the node is back.
                return parts[0].equals("nowhere")
                        || (parts[0].equals("everywhere") && node != null && node.endsWith("Down"))
                        || replicas[0].equals(replicas[1]);
            });
            if (nodeOk && converged) {
                Thread.sleep(1000);
                return;
            }
            Thread.sleep(500);
        }
        fail("the real swarm did not settle: " + last);
    }

    /** Runs the docker CLI against the lab's manager; its output, or null when it failed. */
    private static String docker(Lab lab, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKER_HOST", lab.manager());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            System.err.println(String.join(" ", command) + ": " + out);
            return null;
        }
        return out;
    }
}
