package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.state.Node;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Docker's swarm-mode walkthrough, replayed line by line: three hosts, an overlay network, a service
 * scaled as hosts join, crashes healed, a lost host's tasks spread over the rest, a global service, a
 * constraint, and the routing mesh. Each step checks what swarm would show.
 */
class WalkthroughTest {
    private final Session session = new Session();

    private static Map<String, Long> count(String lines) {
        return Arrays.stream(lines.split("\n")).filter(l -> !l.isBlank())
                .collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
    }

    private String id(String hostname) {
        return session.sim.state().findNode(hostname).id();
    }

    @Test
    void theSwarmModeWalkthroughReplaysAsSwarmWouldRunIt() {
        String init = session.run("docker swarm init --advertise-addr 192.168.99.100\n");
        assertTrue(init.startsWith("Swarm initialized: current node (" + id("manager1") + ") is now a manager."));
        assertTrue(init.contains("    docker swarm join --token SWMTKN-1-"));
        assertTrue(init.contains(" 192.168.99.100:2377\n"));

        assertEquals("This node joined a swarm as a worker.\nThis node joined a swarm as a worker.\n",
                session.run("sim add-node worker1\nsim add-node worker2\n"));
        assertEquals("""
                ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION
                %s *   manager1   Ready     Active         Leader           27.3.1
                %s     worker1    Ready     Active                          27.3.1
                %s     worker2    Ready     Active                          27.3.1
                """.formatted(id("manager1"), id("worker1"), id("worker2")), session.run("docker node ls"));

        String netId = session.run("docker network create -d overlay mynet").strip();
        assertEquals(session.sim.state().findNetwork("mynet").id(), netId);
        assertFalse(session.run("@worker1 docker network ls").contains("mynet"), "no task there yet");

        String serviceId = session.run("docker service create --replicas 3 --name frontier --network mynet "
                + "-p 8080:80 nginx").strip();
        assertEquals(session.sim.state().findService("frontier").id(), serviceId);
        assertEquals("""
                ID             NAME       MODE         REPLICAS   IMAGE          PORTS
                %s   frontier   replicated   3/3        nginx:latest   *:8080->80/tcp
                """.formatted(serviceId.substring(0, 12)), session.run("docker service ls"));
        String ps = session.run("docker service ps frontier");
        assertTrue(ps.startsWith("ID             NAME         IMAGE          NODE       DESIRED STATE   CURRENT STATE"
                + "                    ERROR     PORTS\n"), ps);
        assertTrue(ps.contains("   frontier.1   nginx:latest   manager1   Running         Running less than a second "
                + "ago"), ps);
        assertTrue(ps.contains("   frontier.3   nginx:latest   worker2    Running"), ps);
        assertTrue(session.run("@worker1 docker network ls").contains("   mynet             overlay   swarm\n"),
                "the overlay reached worker1 with its task");

        assertEquals("frontier scaled to 10\n", session.run("docker service scale frontier=10"));
        assertEquals(Map.of("manager1", 4L, "worker1", 3L, "worker2", 3L),
                count(session.run("docker service ps frontier --format '{{.Node}}'")));

        session.run("sim add-node worker3\nsim add-node worker4");
        assertFalse(session.run("@worker3 docker network ls").contains("mynet"));
        session.run("docker service scale frontier=20");
        // swarm fills the newcomers only up to the next node's level, then goes round-robin.
        assertEquals(Map.of("manager1", 5L, "worker1", 4L, "worker2", 5L, "worker3", 2L, "worker4", 4L),
                count(session.run("docker service ps frontier --format '{{.Node}}'")));
        assertTrue(session.run("@worker3 docker network ls").contains("mynet"));

        session.run("sim crash worker1");
        assertEquals("frontier 16/20\n", session.run("docker service ls --format '{{.Name}} {{.Replicas}}'"));
        session.run("sim wait");
        assertEquals("frontier 20/20\n", session.run("docker service ls --format '{{.Name}} {{.Replicas}}'"));
        String history = session.run("docker service ps frontier --filter desired-state=shutdown "
                + "--format '{{.Node}} {{.CurrentState}} {{.Error}}'");
        assertEquals(4, history.lines().filter(l -> l.startsWith("worker1 Failed")
                && l.endsWith("\"task: non-zero exit (137)\"")).count(), history);

        session.run("sim node-down worker2\nsim wait 10s");
        assertEquals("ready\n", session.run("docker node inspect worker2 --format '{{.Status.State}}'"),
                "the managers wait for the heartbeat timeout");
        session.run("sim wait");
        assertTrue(session.run("docker node ls --filter name=worker2").contains("   worker2    Down      Active"));
        Map<String, Long> afterLoss = count(session.run(
                "docker service ps frontier --filter desired-state=running --format '{{.Node}}'"));
        assertFalse(afterLoss.containsKey("worker2"));
        assertEquals(20, afterLoss.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(4, afterLoss.size(), "spread over every other node");

        session.run("sim node-up worker2\nsim wait");
        assertFalse(count(session.run("docker service ps frontier --filter desired-state=running "
                + "--format '{{.Node}}'")).containsKey("worker2"), "nothing moves back");

        session.run("docker service create --mode global --name agent busybox");
        assertEquals(Map.of("manager1", 1L, "worker1", 1L, "worker2", 1L, "worker3", 1L, "worker4", 1L),
                count(session.run("docker service ps agent --format '{{.Node}}'")));
        session.run("docker service create --name db --constraint node.role==manager redis");
        assertEquals("manager1\n", session.run("docker service ps db --format '{{.Node}}'"));

        String first = session.run("sim curl worker4:8080");
        String second = session.run("sim curl worker4:8080");
        assertTrue(first.matches("frontier\\.1 \\(\\w{12}\\) on \\w+\n"), first);
        assertTrue(second.startsWith("frontier.2 "), second);
        session.run("sim curl manager1:9999");
        assertEquals("line 1: curl: (7) Failed to connect to manager1 port 9999: Connection refused\n",
                session.errors());
        assertEquals(1, session.exitStatus);

        Node worker4 = session.sim.state().findNode("worker4");
        assertTrue(session.sim.networks().networksOn(worker4.id()).contains("mynet"));
    }
}
