package flotilla.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A viewer learns the path of each routing-mesh request: the node asked, the way in, the task that answered. */
class RequestListenerTest {
    private static final Resources VM = new Resources(4_000_000_000L, 8L << 30);
    private final Simulator sim = new Simulator(3);
    private final Node manager = sim.init("manager1", VM);
    private final Node worker1 = sim.join("worker1", Role.WORKER, VM, Map.of());

    private record Heard(Node entry, int port, RoutingMesh.Answer answer, boolean throughIngress) {
    }

    private final List<Heard> heard = new ArrayList<>();

    @Test
    void toldOfIngressAndHostModeAnswersAndOfRefusals() {
        sim.createService(new ServiceSpec("web", "nginx").replicas(1).constraints(List.of("node.role==manager"))
                .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.INGRESS))));
        sim.createService(new ServiceSpec("probe", "nginx").replicas(1).constraints(List.of("node.role==worker"))
                .ports(List.of(new PublishedPort(80, 9090, "tcp", PublishMode.HOST))));
        assertTrue(sim.waitUntilConverged(600_000));
        sim.mesh().addRequestListener(
                (entry, port, answer, ingress) -> heard.add(new Heard(entry, port, answer, ingress)));

        sim.mesh().request("worker1", 8080);
        sim.mesh().request("worker1", 9090);
        sim.mesh().request("worker1", 7070);

        assertEquals(3, heard.size());
        assertSame(worker1, heard.get(0).entry());
        assertSame(manager, heard.get(0).answer().node(), "routed to the task on the manager");
        assertTrue(heard.get(0).throughIngress());
        assertSame(worker1, heard.get(1).answer().node());
        assertFalse(heard.get(1).throughIngress(), "a host-mode port bypasses the mesh");
        assertFalse(heard.get(2).answer().answered());
        assertFalse(heard.get(2).throughIngress());
    }

    @Test
    void anUnknownHostIsHeardWithoutAnEntryNode() {
        sim.mesh().addRequestListener(
                (entry, port, answer, ingress) -> heard.add(new Heard(entry, port, answer, ingress)));
        sim.mesh().request("nowhere", 80);
        assertNull(heard.get(0).entry());
        assertEquals("Could not resolve host: nowhere", heard.get(0).answer().failure());
    }
}
