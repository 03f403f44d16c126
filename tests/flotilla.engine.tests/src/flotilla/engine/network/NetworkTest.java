package flotilla.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.EndpointMode;
import flotilla.engine.state.Network;
import flotilla.engine.state.NetworkAttachment;
import flotilla.engine.state.NetworkAttachmentConfig;
import flotilla.engine.state.Node;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkTest {
    private static final Resources VM = new Resources(4_000_000_000L, 8L << 30);
    private final Simulator sim = new Simulator(9);
    private final Node manager = sim.init("manager1", VM);
    private final Node worker1 = sim.join("worker1", Role.WORKER, VM, Map.of());
    private final Node worker2 = sim.join("worker2", Role.WORKER, VM, Map.of());

    private void converge() {
        assertTrue(sim.waitUntilConverged(600_000));
    }

    @Test
    void everyNodeHasIngressAndGwbridgeFromTheJoin() {
        for (Node n : List.of(manager, worker1, worker2)) {
            assertEquals(List.of("bridge", "host", "none", "docker_gwbridge", "ingress"),
                    sim.networks().networksOn(n.id()));
        }
        Network ingress = sim.networks().ingress();
        assertEquals("10.0.0.0/24", ingress.subnet());
        assertEquals("10.0.0.1", ingress.gateway());
    }

    @Test
    void anOverlayAppearsOnANodeWithItsFirstTaskAndStays() {
        Network mynet = sim.createNetwork("mynet", "overlay", null, false, false, Map.of());
        assertEquals("10.0.1.0/24", mynet.subnet(), "the next /24 of the default pool");
        Service web = sim.createService(new ServiceSpec("web", "nginx").replicas(1)
                .networks(List.of(new NetworkAttachmentConfig("mynet", List.of()))));
        converge();
        Task task = sim.state().tasksOfService(web.id()).get(0);
        Node host = sim.state().node(task.nodeId());
        assertTrue(sim.networks().networksOn(host.id()).contains("mynet"));
        long nodesWithNet = sim.state().nodes().stream()
                .filter(n -> sim.networks().networksOn(n.id()).contains("mynet"))
                .count();
        assertEquals(1, nodesWithNet);
        sim.removeService(web);
        converge();
        assertTrue(sim.networks().networksOn(host.id()).contains("mynet"), "stays after the task left");
    }

    @Test
    void tasksGetAddressesInEachSubnetAndTheServiceVips() {
        sim.createNetwork("mynet", "overlay", "10.20.0.0/24", false, false, Map.of());
        Service web = sim.createService(new ServiceSpec("web", "nginx").replicas(3)
                .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.INGRESS)))
                .networks(List.of(new NetworkAttachmentConfig("mynet", List.of()))));
        converge();
        assertEquals(List.of("ingress", "mynet"), web.virtualIps().stream().map(a -> a.network().name()).toList());
        Set<String> addresses = new HashSet<>();
        for (Task t : sim.state().tasksOfService(web.id())) {
            assertEquals(2, t.networks().size());
            assertTrue(t.networks().get(0).address().startsWith("10.0.0."));
            assertTrue(t.networks().get(1).address().startsWith("10.20.0."));
            for (NetworkAttachment a : t.networks()) {
                assertTrue(addresses.add(a.address()), "unique address " + a.address());
            }
        }
        for (NetworkAttachment vip : web.virtualIps()) {
            assertFalse(addresses.contains(vip.address()));
        }
    }

    @Test
    void dnsrrServicesHaveNoVip() {
        sim.createNetwork("mynet", "overlay", null, false, false, Map.of());
        Service db = sim.createService(new ServiceSpec("db", "postgres").endpointMode(EndpointMode.DNSRR)
                .networks(List.of(new NetworkAttachmentConfig("mynet", List.of()))));
        assertEquals(List.of(), db.virtualIps());
        assertEquals("EndpointSpec: port published with ingress mode can't be used with dnsrr mode",
                assertThrows(IllegalArgumentException.class, () -> sim.createService(new ServiceSpec("x", "y")
                        .endpointMode(EndpointMode.DNSRR)
                        .ports(List.of(new PublishedPort(80, 80, "tcp", PublishMode.INGRESS))))).getMessage());
    }

    @Test
    void publishedPortsAreUniqueAndDynamicOnesComeFrom30000() {
        Service web = sim.createService(new ServiceSpec("web", "nginx")
                .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.INGRESS))));
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> sim.createService(new ServiceSpec("other", "nginx")
                        .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.INGRESS)))));
        assertEquals("port '8080' is already in use by service 'web' (" + web.id() + ") as an ingress port",
                clash.getMessage());
        Service a = sim.createService(new ServiceSpec("a", "nginx")
                .ports(List.of(new PublishedPort(80, 0, "tcp", PublishMode.INGRESS))));
        Service b = sim.createService(new ServiceSpec("b", "nginx")
                .ports(List.of(new PublishedPort(80, 0, "tcp", PublishMode.INGRESS))));
        assertEquals(30000, a.endpointPorts().get(0).published());
        assertEquals(30001, b.endpointPorts().get(0).published());
        sim.updateService(a, a.spec().copy().image("nginx:2"));
        assertEquals(30000, a.endpointPorts().get(0).published(), "a dynamic port is kept across updates");
        sim.removeService(web);
        sim.createService(new ServiceSpec("again", "nginx")
                .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.INGRESS))));
    }

    @Test
    void hostModePortsBindOncePerNode() {
        Service web = sim.createService(new ServiceSpec("web", "nginx").replicas(4)
                .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.HOST))));
        converge();
        long running = sim.state().tasksOfService(web.id()).stream().filter(t -> t.state() == TaskState.RUNNING)
                .count();
        assertEquals(3, running, "three nodes, one port each");
        Task pending = sim.state().tasksOfService(web.id()).stream().filter(t -> t.nodeId() == null).findFirst()
                .orElseThrow();
        assertEquals("no suitable node (host-mode port already in use on 3 nodes)", pending.error());
    }

    @Test
    void theRoutingMeshAnswersFromAnyNodeRoundRobin() {
        sim.join("worker3", Role.WORKER, VM, Map.of());
        Service web = sim.createService(new ServiceSpec("web", "nginx").replicas(2)
                .constraints(List.of("node.role==worker"))
                .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.INGRESS))));
        converge();
        RoutingMesh.Answer first = sim.mesh().request("manager1", 8080);
        RoutingMesh.Answer second = sim.mesh().request("manager1", 8080);
        RoutingMesh.Answer third = sim.mesh().request("worker3", 8080);
        assertTrue(first.answered());
        assertEquals(web.id(), first.task().serviceId());
        assertEquals(1, first.task().slot());
        assertEquals(2, second.task().slot());
        assertEquals(1, third.task().slot());
        assertEquals("Failed to connect to manager1 port 9999: Connection refused",
                sim.mesh().request("manager1", 9999).failure());
        assertEquals("Could not resolve host: nowhere", sim.mesh().request("nowhere", 8080).failure());
        sim.nodeDown(manager);
        assertEquals("Failed to connect to manager1 port 8080: Connection timed out",
                sim.mesh().request("manager1", 8080).failure());
    }

    @Test
    void networkErrorsAreDockers() {
        sim.createNetwork("mynet", "overlay", "10.5.0.0/16", false, false, Map.of());
        assertEquals("network with name mynet already exists", assertThrows(IllegalArgumentException.class,
                () -> sim.createNetwork("mynet", "overlay", null, false, false, Map.of()))
                .getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> sim.createNetwork("other", "overlay", "10.5.3.0/24", false, false, Map.of()));
        assertEquals("network nonet not found", assertThrows(IllegalArgumentException.class,
                () -> sim.createService(new ServiceSpec("web", "nginx")
                        .networks(List.of(new NetworkAttachmentConfig("nonet", List.of())))))
                .getMessage());
        Service web = sim.createService(new ServiceSpec("web", "nginx")
                .networks(List.of(new NetworkAttachmentConfig("mynet", List.of()))));
        Network mynet = sim.state().findNetwork("mynet");
        assertEquals("network mynet is in use by service " + web.id(),
                assertThrows(IllegalStateException.class, () -> sim.removeNetwork(mynet)).getMessage());
    }
}
