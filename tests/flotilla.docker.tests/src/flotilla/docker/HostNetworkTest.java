package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Services on swarm's predefined host network, as the lab showed them (tests/fidelity/stack-host-network and
 * service-host-network replay the recorded cases): created like any service, their tasks run in the host's network
 * namespace with no overlay and no port of their own to report; with a routing-mesh port each task is rejected by the
 * node, which cannot join a host-namespace container to ingress, and swarm keeps retrying.
 */
class HostNetworkTest {

    @Test
    void aServiceOnTheHostNetworkRunsWithoutAnOverlayOrReportedPorts() {
        Session s = new Session();
        s.run("docker swarm init\nsim add-node worker1");
        s.run("docker service create --name agent --network host --mode global --publish mode=host,target=8080,"
                + "published=8080 nginx\nsim wait");
        assertEquals("", s.errors());
        assertEquals("agent global 2/2 \n", s.run("docker service ls --format '{{.Name}} {{.Mode}} {{.Replicas}} "
                + "{{.Ports}}'"));
        assertEquals("Running||\nRunning||\n",
                s.run("docker service ps agent --format '{{.DesiredState}}|{{.Error}}|{{.Ports}}'"));
        assertEquals("ingress\n", s.run("@worker1 docker network ls --filter driver=overlay --format '{{.Name}}'"));
    }

    @Test
    void aRoutingMeshPortOnTheHostNetworkIsRejectedByTheNode() {
        Session s = new Session();
        s.run("docker swarm init");
        s.run("docker service create --name meshhost --network host --publish 9090:80 nginx\nsim wait 30s");
        assertEquals("", s.errors());
        String tasks = s.run("docker service ps meshhost --no-trunc --format '{{.CurrentState}}|{{.Error}}'");
        long rejected = tasks.lines().filter(line -> line.startsWith("Rejected ") && line.endsWith(
                "|\"container cannot be disconnected from host network or connected to host network\"")).count();
        assertTrue(rejected > 1, "rejected, and retried: " + tasks);
        assertTrue(!tasks.contains("Running"), tasks);
    }
}
