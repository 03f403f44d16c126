package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.defaults.SwarmDefaults;
import org.junit.jupiter.api.Test;

/** Commands users paste from real swarms (issue 11, item 9), and the rules their output shows. */
class PastedCommandsTest {
    private final Session session = new Session();

    @Test
    void aHostAddedBeforeTheSwarmBecomesItsFirstManagerByName() {
        session.run("sim add-node lab-node-1 --memory 25275990016 --cpus 2\nsim add-node lab-node-2");
        assertEquals("", session.run("docker node ls"), "no swarm yet");
        assertTrue(session.errors().contains("This node is not a swarm manager"));
        assertTrue(session.run("@lab-node-1 docker swarm init --dispatcher-heartbeat 1s")
                .startsWith("Swarm initialized: current node ("));
        assertEquals("This node joined a swarm as a worker.\n",
                session.run("@lab-node-2 docker swarm join --token T 10.0.0.1:2377"));
        assertEquals("lab-node-1 Leader\nlab-node-2 \n",
                session.run("docker node ls --format '{{.Hostname}} {{.ManagerStatus}}'"));
        assertEquals(25_275_990_016L, session.sim.state().findNode("lab-node-1").resources().memoryBytes(),
                "a size without a unit is bytes");
        assertEquals(1000, session.sim.heartbeatPeriod(), "the dispatcher heartbeat is the swarm's");
    }

    @Test
    void swarmUpdateChangesTheHeartbeatAndNodesGoDownAfterThreeMissedPeriods() {
        session.run("docker swarm init\nsim add-node worker1");
        assertEquals("Swarm updated.\n", session.run("docker swarm update --dispatcher-heartbeat 2s"));
        session.run("sim node-down worker1\nsim wait " + (3 * 2 - 1) + "s");
        assertEquals("worker1 Ready\n",
                session.run("docker node ls --filter name=worker1 --format '{{.Hostname}} {{.Status}}'"));
        session.run("sim wait 1s");
        assertEquals("worker1 Down\n",
                session.run("docker node ls --filter name=worker1 --format '{{.Hostname}} {{.Status}}'"));
        assertEquals(SwarmDefaults.HEARTBEAT_PERIOD, new Session().sim.heartbeatPeriod());
    }

    @Test
    void publishedPortsPrintAsDockerPrintsTheStructsAndDynamicOnesComeInSequence() {
        session.run("docker swarm init\ndocker service create --name a --no-resolve-image -p 80 nginx\n"
                + "docker service create --name b -p 80 nginx\ndocker service rm a\ndocker service create --name c -p 80 nginx");
        assertEquals("", session.errors());
        assertEquals("[{ tcp 80 30001 ingress}]\n",
                session.run("docker service inspect --format '{{.Endpoint.Ports}}' b"));
        assertEquals("30002\n",
                session.run("docker service inspect --format '{{range .Endpoint.Ports}}{{.PublishedPort}}{{end}}' c"));
        assertEquals("[{\"Protocol\":\"tcp\",\"TargetPort\":80,\"PublishedPort\":30002,\"PublishMode\":\"ingress\"}]\n",
                session.run("docker service inspect --format '{{json .Endpoint.Ports}}' c"));
    }

    @Test
    void networkLsFiltersByNameDriverScopeAndType() {
        session.run(
                "docker swarm init\ndocker network create -d overlay backend\ndocker network create -d overlay front");
        assertEquals("backend\ningress\nfront\n".lines().sorted().toList(),
                session.run("docker network ls --filter driver=overlay --format '{{.Name}}'").lines().sorted()
                        .toList());
        assertEquals("backend\n", session.run("docker network ls --filter name=back --format '{{.Name}}'"));
        assertEquals("bridge\nhost\nnone\n".lines().toList(),
                session.run("docker network ls --filter type=builtin --format '{{.Name}}'").lines().sorted().toList());
        assertEquals(3, session.run("docker network ls --filter scope=swarm -q").lines().count(),
                "ingress, backend, front");
    }

    @Test
    void aReplicatedJobRunsMaxConcurrentAtATimeAndShowsItsCompletions() {
        session.run("docker swarm init\nsim add-node worker1\n"
                + "docker service create --detach --name batch --mode replicated-job --replicas 4 --max-concurrent 1 busybox sleep 2");
        assertEquals(1, session.run("docker service ps batch --filter desired-state=running -q").lines().count(),
                "one at a time");
        session.run("sim wait");
        assertEquals("batch 0/1 (4/4 completed)\n",
                session.run("docker service ls --format '{{.Name}} {{.Replicas}}'"));
    }
}
