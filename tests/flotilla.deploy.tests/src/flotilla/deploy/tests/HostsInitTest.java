package flotilla.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.cli.Flotilla;
import flotilla.deploy.engine.Engine;
import flotilla.deploy.live.LiveSwarm;
import flotilla.deploy.live.LiveSwarm.LiveNode;
import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.SshEndpoint;
import flotilla.model.persistence.Models;

/** flotilla hosts init over SSH (Apache MINA SSHD), on three hosts of a lab of its own that are in no swarm yet. */
class HostsInitTest {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    @TempDir
    static Path folder;

    private static Lab hosts;

    @BeforeAll
    static void startHosts() {
        hosts = Lab.startOwn("-hosts", "3", "--no-swarm");
    }

    @AfterAll
    static void stopHosts() {
        if (hosts != null) {
            hosts.down();
        }
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Flotilla.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[]{String.valueOf(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    private Path model() throws Exception {
        Cluster cluster = Models.newCluster("hosts");
        for (int i = 1; i <= 3; i++) {
            Node node = FACTORY.createNode();
            node.setHostname(hosts.hostname(i));
            node.setRole(i == 1 ? NodeRole.MANAGER : NodeRole.WORKER);
            SshEndpoint ssh = FACTORY.createSshEndpoint();
            ssh.setUser("root");
            ssh.setHost(hosts.env("FLOTILLA_LAB_NODE_" + i + "_ADDR"));
            node.setEngine(ssh);
            Label zone = FACTORY.createLabel();
            zone.setKey("zone");
            zone.setValue(i == 3 ? "west" : "east");
            node.getLabels().add(zone);
            cluster.getNodes().add(node);
        }
        Path file = folder.resolve("hosts.flotilla");
        Models.save(cluster, file);
        return file;
    }

    @Test
    void hostsInitFormsTheSwarmOverSshAndIsIdempotent() throws Exception {
        Path model = model();
        String key = hosts.env("FLOTILLA_LAB_SSH_KEY");
        String knownHosts = hosts.env("FLOTILLA_LAB_SSH_KNOWN_HOSTS");

        String[] first = run("hosts", "init", model.toString(), "--identity", key, "--known-hosts", knownHosts);
        assertEquals("0", first[0], first[1] + first[2]);
        assertTrue(first[1].startsWith("Swarm initialized on " + hosts.hostname(1)), first[1]);
        assertTrue(first[1].contains(hosts.hostname(3) + " joined the swarm as a worker"), first[1]);

        try (Engine engine = Engine.connect(hosts.host(1), null)) {
            long deadline = System.currentTimeMillis() + 30_000;
            Map<String, String> seen = Map.of();
            while (System.currentTimeMillis() < deadline) {
                seen = new TreeMap<>();
                for (LiveNode node : LiveSwarm.read(engine).nodes()) {
                    seen.put(node.hostname(), node.role() + " " + node.state() + " " + node.labels());
                }
                if (seen.values().stream().filter(v -> v.contains(" ready ")).count() == 3) {
                    break;
                }
                Thread.sleep(500);
            }
            assertEquals(Map.of(hosts.hostname(1), "manager ready {zone=east}", hosts.hostname(2),
                    "worker ready {zone=east}",
                    hosts.hostname(3), "worker ready {zone=west}"), seen);
        }

        String[] again = run("hosts", "init", model.toString(), "--identity", key, "--known-hosts", knownHosts);
        assertEquals("0", again[0], again[1] + again[2]);
        assertTrue(again[1].contains(hosts.hostname(2) + " is already part of a swarm"), again[1]);
    }

    @Test
    void anUnknownHostKeyIsRefused() throws Exception {
        Path empty = Files.writeString(folder.resolve("known_hosts"), "");
        String[] run = run("hosts", "init", model().toString(), "--identity", hosts.env("FLOTILLA_LAB_SSH_KEY"),
                "--known-hosts", empty.toString());
        assertEquals("1", run[0], run[1] + run[2]);
        assertTrue(run[2].contains("Cannot connect to ssh://root@" + hosts.env("FLOTILLA_LAB_NODE_1_ADDR")), run[2]);
    }
}
