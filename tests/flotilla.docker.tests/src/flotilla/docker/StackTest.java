package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.state.NetworkAttachmentConfig;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `docker stack` with a stand-in for the compose reader: one line per service or network. */
class StackTest {
    /** "service NAME IMAGE REPLICAS [PUBLISHED:TARGET] [NETWORK...]" and "network NAME". */
    private static final StackFileReader LINES = file -> {
        List<ServiceSpec> services = new ArrayList<>();
        List<StackFileReader.StackNetwork> networks = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] w = line.split(" ");
            if (w[0].equals("network")) {
                networks.add(new StackFileReader.StackNetwork(w[1], null, "overlay", false, false, null, Map.of(),
                        Map.of()));
            } else {
                ServiceSpec spec = new ServiceSpec(w[1], w[2]).replicas(Long.parseLong(w[3]));
                List<NetworkAttachmentConfig> nets = new ArrayList<>();
                for (int i = 4; i < w.length; i++) {
                    if (w[i].contains(":")) {
                        String[] p = w[i].split(":");
                        spec.ports(List.of(new PublishedPort(Integer.parseInt(p[1]), Integer.parseInt(p[0]), "tcp",
                                PublishMode.INGRESS)));
                    } else {
                        nets.add(new NetworkAttachmentConfig(w[i], List.of()));
                    }
                }
                services.add(spec.networks(nets));
            }
        }
        return new StackFileReader.StackFile(services, networks);
    };

    @Test
    void deployNamesEverythingAfterTheStackAndUpdatesOnRedeploy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stack.txt"), """
                network back
                service web nginx 2 8080:80
                service db postgres 1 back
                """);
        Session s = new Session(LINES, dir);
        s.run("docker swarm init\nsim add-node worker1");
        assertEquals("""
                Creating network shop_back
                Creating network shop_default
                Creating service shop_db
                Creating service shop_web
                """, s.run("docker stack deploy -c stack.txt shop"));
        assertEquals("""
                NAME      SERVICES
                shop      2
                """, s.run("docker stack ls"));
        assertEquals("shop_db 0/1\nshop_web 0/2\n",
                s.run("docker stack services shop --format '{{.Name}} {{.Replicas}}'"), "stack deploy is detached");
        s.run("sim wait");
        assertEquals("shop_db 1/1\nshop_web 2/2\n",
                s.run("docker stack services shop --format '{{.Name}} {{.Replicas}}'"));
        assertEquals(3, s.run("docker stack ps shop --format '{{.Name}}'").lines().count());
        Files.writeString(dir.resolve("stack.txt"), """
                network back
                service web nginx:2 3 8080:80
                service db postgres 1 back
                """);
        String redeploy = s.run("docker stack deploy -c stack.txt shop");
        assertTrue(redeploy.contains("Updating service shop_web (id: "
                + s.sim.state().findService("shop_web").id() + ")"), redeploy);
        s.run("sim wait");
        assertEquals("shop_web 3/3 nginx:2\n", s.run("docker service ls --filter name=shop_web "
                + "--format '{{.Name}} {{.Replicas}} {{.Image}}'"));
        assertEquals("""
                Removing service shop_db
                Removing service shop_web
                Removing network shop_back
                Removing network shop_default
                """, s.run("docker stack rm shop"));
        s.run("docker stack ps shop");
        assertEquals("line 1: nothing found in stack: shop\n", s.errors());
    }

    @Test
    void onlyExternalNetworksServicesUseAreLookedUp(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stack.yml"), """
                services:
                  web:
                    image: nginx
                networks:
                  unused:
                    external: true
                """);
        Session s = new Session(new ComposeStackFiles(), dir);
        s.run("docker swarm init");

        assertEquals("Creating network shop_default\nCreating service shop_web\n",
                s.run("docker stack deploy -c stack.yml shop"));
        assertEquals("", s.errors());
    }

    @Test
    void aDeployThatFailsCreatesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stack.yml"), """
                services:
                  web:
                    image: nginx
                    networks: [own, proxy]
                networks:
                  own:
                  proxy:
                    external: true
                """);
        Session s = new Session(new ComposeStackFiles(), dir);
        s.run("docker swarm init");

        assertEquals("", s.run("docker stack deploy -c stack.yml shop"));
        assertTrue(s.errors().contains("network \"proxy\" is declared as external, but could not be found"));
        assertEquals(null, s.sim.state().findNetwork("shop_own"), "no network is created when the deploy fails");
    }

    @Test
    void stackDeployNeverReadsDotEnv(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".env"), "TAG=from-dotenv\n");
        Files.writeString(dir.resolve("stack.yml"), """
                services:
                  web:
                    image: nginx:${TAG:-from-default}
                """);
        Session s = new Session(new ComposeStackFiles(), dir);
        s.run("docker swarm init");

        s.run("docker stack deploy -c stack.yml shop");

        assertEquals("nginx:from-default\n", s.run("docker service ls --format '{{.Image}}'"));
    }

    @Test
    void aNetworkWithANameOfItsOwnKeepsItAndTheStackLabel(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stack.yml"), """
                services:
                  web:
                    image: nginx
                    networks: [back, edge]
                networks:
                  back:
                    name: app-backend
                    labels: [tier=back]
                  edge:
                    external: true
                    name: shared-edge
                """);
        Session s = new Session(new ComposeStackFiles(), dir);
        s.run("docker swarm init\ndocker network create --driver overlay shared-edge");

        assertEquals("Creating network app-backend\nCreating service shop_web\n",
                s.run("docker stack deploy -c stack.yml shop"));
        assertEquals("", s.errors());
        assertEquals("map[com.docker.stack.namespace:shop tier:back]\n",
                s.run("docker network inspect app-backend --format '{{.Labels}}'"));
        assertEquals("Removing service shop_web\nRemoving network app-backend\n", s.run("docker stack rm shop"));
        assertTrue(s.run("docker network ls --format '{{.Name}}'").contains("shared-edge"),
                "an external network is not the stack's");
    }
}
