package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Three managers as an operator meets them: a lost leader, a lost quorum, and the way back. */
class QuorumCommandsTest {

    private static Session threeManagers() {
        Session session = new Session();
        session.run("""
                docker swarm init
                sim add-node manager2 --role manager
                sim add-node manager3 --role manager
                sim add-node worker1
                docker service create --name web --replicas 4 nginx
                sim wait
                """);
        assertEquals(0, session.exitStatus, session.errors());
        return session;
    }

    @Test
    void aLostLeaderIsReplacedByElectionAndTheOthersAnswerAgain() {
        Session session = threeManagers();
        String out = session.run("""
                sim node-down manager1
                sim wait 30s
                docker node ls --format '{{.Hostname}} {{.Status}} {{.ManagerStatus}}'
                """);
        assertEquals(0, session.exitStatus, session.errors());
        List<String> nodes = out.lines().toList();
        assertTrue(nodes.contains("manager1 Down Unreachable"), out);
        assertTrue(nodes.contains("manager2 Ready Leader"), out);
        assertTrue(nodes.contains("manager3 Ready Reachable"), out);
    }

    @Test
    void withoutQuorumEveryManagerCommandFailsWithSwarmsError() {
        Session session = threeManagers();
        session.run("""
                sim node-down manager2
                sim node-down manager3
                sim wait
                docker node ls
                """);
        assertEquals(1, session.exitStatus);
        assertTrue(session.errors().contains("Error response from daemon: rpc error: code = Unknown desc = The swarm "
                + "does not have a leader. It's possible that too few managers are online. Make sure more than half "
                + "of the managers are online."));
        session.run("docker service ls");
        assertTrue(session.errors().contains("The swarm does not have a leader"));
    }

    @Test
    void forcingANewClusterOnTheSurvivingManagerBringsTheSwarmBack() {
        Session session = threeManagers();
        String out = session.run("""
                sim node-down manager2
                sim node-down manager3
                sim wait
                @manager1 docker swarm init --force-new-cluster
                sim wait
                docker node ls --format '{{.Hostname}} {{.Status}} {{.ManagerStatus}}'
                docker service ps web --filter desired-state=running --format '{{.Node}} {{.CurrentState}}'
                """);
        assertEquals(0, session.exitStatus, session.errors());
        assertTrue(out.contains("Swarm initialized: current node ("), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.contains("manager1 Ready Leader"), out);
        assertTrue(lines.contains("manager2 Down Unreachable"), out);
        // The lost managers' tasks are replaced on the nodes that are up: four run there.
        assertEquals(4, lines.stream().filter(line -> (line.startsWith("manager1 ") || line.startsWith("worker1 "))
                && line.contains(" Running ")).count(), out);
    }
}
