package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.state.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other docker commands: node-local engines, node roles, secrets, inspect, updates and rollbacks. */
class CommandsTest {
    private final Session session = new Session();

    CommandsTest() {
        session.run("docker swarm init\nsim add-node worker1\nsim add-node worker2");
    }

    @Test
    void aNodesEngineListsItsContainersAndKillingOneMakesSwarmReplaceIt() {
        session.run("docker service create --name web --replicas 3 --constraint node.hostname==worker1 nginx:1.27");
        String ps = session.run("@worker1 docker ps");
        assertTrue(ps.startsWith("CONTAINER ID   IMAGE        COMMAND   CREATED                  STATUS"), ps);
        assertEquals(4, ps.lines().count());
        Task victim = session.sim.state().tasksOfService(session.sim.state().findService("web").id()).get(0);
        String container = victim.containerId().substring(0, 12);
        assertEquals(container + "\n", session.run("@worker1 docker kill " + container));
        assertEquals("web 2/3\n", session.run("docker service ls --format '{{.Name}} {{.Replicas}}'"));
        session.run("sim wait");
        assertEquals("web 3/3\n", session.run("docker service ls --format '{{.Name}} {{.Replicas}}'"));
        assertEquals("", session.run("@worker2 docker ps -q"));
        session.run("@worker1 docker kill nosuch");
        assertEquals("line 1: Error response from daemon: No such container: nosuch\n", session.errors());
    }

    @Test
    void theTimelineShowsWhatHappenedWhen() {
        session.run("docker service create --name web nginx\nsim node-down worker1\nsim wait 20s");
        String log = session.run("sim log");
        assertTrue(log.contains("     0.0s node     worker1: joined as worker\n"), log);
        assertTrue(log.contains("     2.0s task     web.1: running on manager1\n"), log);
        assertTrue(log.contains("     2.0s node     worker1: host stopped\n"), log);
        assertTrue(log.contains("    17.0s node     worker1: down (heartbeat failure)\n"), log);
    }

    @Test
    void promoteAndDemoteChangeTheManagerStatus() {
        assertEquals("Node worker1 promoted to a manager in the swarm.\n", session.run("docker node promote worker1"));
        assertEquals("worker1 Reachable\n", session.run("docker node ls --filter role=manager "
                + "--format '{{.Hostname}} {{.ManagerStatus}}' --filter name=worker"));
        assertEquals("Manager worker1 demoted in the swarm.\n", session.run("docker node demote worker1"));
        assertEquals("", session.run("docker node ls --filter role=manager --filter name=worker -q"));
        assertEquals("worker2\n", session.run("docker node update --label-add zone=east worker2"));
        assertEquals("worker2\n", session.run("docker node ls --filter node.label=zone=east --format '{{.Hostname}}'"));
    }

    @Test
    void secretsAreCreatedFromFilesAndCannotBeRemovedWhileUsed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pw.txt"), "s3cret");
        Session s = new Session(null, dir);
        s.run("docker swarm init");
        String id = s.run("docker secret create db_password pw.txt").strip();
        assertEquals(25, id.length());
        assertEquals("db_password\n", s.run("docker secret ls --format '{{.Name}}'"));
        s.run("docker service create --name db --secret db_password postgres");
        s.run("docker secret rm db_password");
        assertEquals("line 1: Error response from daemon: rpc error: code = InvalidArgument desc = secret "
                + "'db_password' is in use by the following service: db\n", s.errors());
        s.run("docker service rm db\ndocker secret rm db_password");
        assertEquals("", s.run("docker secret ls -q"));
    }

    @Test
    void configsAreCreatedFromFilesAndCannotBeRemovedWhileUsed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nginx.conf"), "events {}");
        Session s = new Session(null, dir);
        s.run("docker swarm init");
        String id = s.run("docker config create site nginx.conf").strip();
        assertEquals(25, id.length());
        s.run("docker config create site nginx.conf");
        assertEquals("line 1: Error response from daemon: rpc error: code = AlreadyExists desc = config site already "
                + "exists\n", s.errors());
        assertEquals("ID NAME CREATED UPDATED", s.run("docker config ls").lines().findFirst().orElseThrow()
                .replaceAll("\\s+", " ").strip());
        s.run("docker service create --name web --config site nginx\ndocker service create --name api --config nope nginx");
        assertEquals("line 2: Error response from daemon: config not found: nope\n", s.errors());
        s.run("docker config rm site");
        assertEquals("line 1: Error response from daemon: rpc error: code = InvalidArgument desc = config "
                + "'site' is in use by the following service: web\n", s.errors());
        assertEquals("web\n", s.run("docker service update --config-rm site web"));
        assertEquals("site\n", s.run("docker config rm site"));
        assertEquals("", s.run("docker config ls -q"));
        String log = s.run("sim log");
        assertTrue(log.contains(" config   site: created\n"), log);
        assertTrue(log.contains(" config   site: removed\n"), log);
    }

    @Test
    void inspectPrintsJsonOrTheFormat() {
        session.run("docker network create -d overlay --subnet 10.9.0.0/24 backend");
        assertEquals("10.9.0.0/24 swarm\n", session.run("docker network inspect backend "
                + "--format '{{.IPAM.Config}} {{.Scope}}'").replace("[map[Gateway:10.9.0.1 Subnet:", "")
                .replace("]]", ""));
        session.run("docker service create --name web --replicas 2 --publish published=8080,target=80 "
                + "--restart-delay 10s nginx");
        String json = session.run("docker service inspect web");
        assertTrue(json.startsWith("[\n    {\n        \"ID\": \""), json);
        assertTrue(json.contains("\"Delay\": 10000000000"), json);
        assertEquals("2\n", session.run("docker service inspect web --format '{{.Spec.Mode.Replicated.Replicas}}'"));
        assertEquals("manager\n", session.run("docker node inspect self --format '{{.Spec.Role}}'"));
    }

    @Test
    void updatesRollAndRollbackRestoresTheImage() {
        session.run("docker service create --name web --replicas 3 nginx:1.25");
        assertEquals("web\n", session.run("docker service update --image nginx:1.27 --publish-add 8080:80 web"));
        assertEquals("nginx:1.27 *:8080->80/tcp\n", session.run("docker service ls --format '{{.Image}} {{.Ports}}'"));
        assertEquals("completed\n", session.run("docker service inspect web --format '{{.UpdateStatus.State}}'"));
        assertEquals("web\n", session.run("docker service rollback web"));
        assertEquals("nginx:1.25 \n", session.run("docker service ls --format '{{.Image}} {{.Ports}}'"));
        assertEquals(3, session.run("docker service ps web --filter desired-state=running --format '{{.Image}}'")
                .lines().filter(l -> l.equals("nginx:1.25")).count());
        session.run("docker service create --name agent --mode global busybox\ndocker service scale agent=3");
        assertEquals("line 2: agent: scale can only be used with replicated or replicated-job mode\n",
                session.errors());
    }
}
