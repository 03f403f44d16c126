package flotilla.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.state.Availability;
import flotilla.engine.state.Network;
import flotilla.engine.state.NetworkAttachment;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Platform;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterTest {
    private final Fixture cluster = new Fixture();

    private Task task(ServiceSpec spec) {
        return cluster.submit(cluster.service(spec), 1).get(0);
    }

    private NodeInfo info(Node node) {
        return cluster.scheduler.nodeInfo(node.id());
    }

    @Test
    void readyFilterTakesOnlyReadyActiveNodes() {
        Node ready = cluster.node("a");
        Node down = cluster.node("b");
        Node paused = cluster.node("c");
        Node drained = cluster.node("d");
        cluster.state.setStatus(down, NodeStatus.DOWN);
        cluster.state.setAvailability(paused, Availability.PAUSE);
        cluster.state.setAvailability(drained, Availability.DRAIN);
        Task t = task(new ServiceSpec("web", "nginx"));
        ReadyFilter f = new ReadyFilter();
        assertTrue(f.enabled(t));
        assertTrue(f.check(t, info(ready)));
        assertFalse(f.check(t, info(down)));
        assertFalse(f.check(t, info(paused)));
        assertFalse(f.check(t, info(drained)));
        assertEquals("1 node not available for new tasks", f.explain(1));
        assertEquals("3 nodes not available for new tasks", f.explain(3));
    }

    @Test
    void resourceFilterCountsReservationsOfTasksAlreadyThere() {
        Node node = cluster.node("a", Role.WORKER, new Resources(2_000_000_000L, 1L << 30));
        ResourceFilter f = new ResourceFilter();
        assertFalse(f.enabled(task(new ServiceSpec("plain", "nginx"))));
        ServiceSpec big = new ServiceSpec("big", "nginx").reservations(new Resources(1_500_000_000L, 0));
        Task first = task(big);
        assertTrue(f.enabled(first));
        assertTrue(f.check(first, info(node)));
        cluster.scheduler.schedule(0);
        assertEquals(node.id(), first.nodeId());
        assertEquals(500_000_000L, info(node).availableNanoCpus());
        Task second = task(big);
        assertFalse(f.check(second, info(node)));
        assertEquals("insufficient resources on 2 nodes", f.explain(2));
    }

    @Test
    void pluginFilterNeedsTheNetworkDriverOnTheNode() {
        Node plain = cluster.node("a");
        Node withPlugin = cluster.state.join("b", Role.WORKER, Resources.NONE, Map.of(), Set.of("weave"));
        Task t = task(new ServiceSpec("web", "nginx"));
        PluginFilter f = new PluginFilter();
        assertFalse(f.enabled(t), "no network, nothing to check");
        Network overlay = new Network("n1", "mynet", "overlay", "swarm", false, false, false, "10.0.1.0/24", "10.0.1.1",
                Map.of());
        cluster.state.setNetworks(t, List.of(new NetworkAttachment(overlay, "10.0.1.3")));
        assertFalse(f.enabled(t), "overlay is built in");
        Network weave = new Network("n2", "weavenet", "weave", "swarm", false, false, false, "10.0.2.0/24",
                "10.0.2.1", Map.of());
        cluster.state.setNetworks(t, List.of(new NetworkAttachment(weave, "10.0.2.3")));
        assertTrue(f.enabled(t));
        assertFalse(f.check(t, info(plain)));
        assertTrue(f.check(t, info(withPlugin)));
        assertEquals("missing plugin on 1 node", f.explain(1));
    }

    @Test
    void constraintFilterAppliesEveryConstraint() {
        Node east = cluster.node("a", "zone=east");
        Node eastSsd = cluster.node("b", "zone=east", "disk=ssd");
        Task t = task(new ServiceSpec("db", "postgres").constraints(List.of("node.labels.zone==east",
                "node.labels.disk==ssd")));
        ConstraintFilter f = new ConstraintFilter();
        assertTrue(f.enabled(t));
        assertFalse(f.check(t, info(east)));
        assertTrue(f.check(t, info(eastSsd)));
        cluster.state.removeLabel(eastSsd, "disk");
        assertFalse(f.check(t, info(eastSsd)), "a label change is seen at once");
        assertEquals("scheduling constraints not satisfied on 4 nodes", f.explain(4));
        assertFalse(f.enabled(task(new ServiceSpec("any", "nginx"))));
    }

    @Test
    void platformFilterNormalisesArchitectures() {
        Node amd = cluster.node("a");
        Node arm = cluster.state.addNode(new Node("armid", "pi", Role.WORKER, new Platform("linux", "aarch64"),
                Resources.NONE, "192.168.1.9", Map.of(), Set.of()));
        PlatformFilter f = new PlatformFilter();
        Task amdOnly = task(new ServiceSpec("x", "img").platforms(List.of(new Platform("linux", "amd64"))));
        assertTrue(f.enabled(amdOnly));
        assertTrue(f.check(amdOnly, info(amd)), "x86_64 is amd64");
        assertFalse(f.check(amdOnly, info(arm)));
        Task armOrWindows = task(new ServiceSpec("y", "img").platforms(List.of(new Platform("windows", ""),
                new Platform("", "arm64"))));
        assertTrue(f.check(armOrWindows, info(arm)), "aarch64 is arm64");
        assertFalse(f.check(armOrWindows, info(amd)));
        assertEquals("unsupported platform on 1 node", f.explain(1));
    }

    @Test
    void hostPortFilterAllowsAPortOncePerNode() {
        Node node = cluster.node("a");
        ServiceSpec spec = new ServiceSpec("web", "nginx")
                .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.HOST)));
        Task first = task(spec);
        HostPortFilter f = new HostPortFilter();
        assertTrue(f.enabled(first));
        assertTrue(f.check(first, info(node)));
        cluster.scheduler.schedule(0);
        Task second = task(spec);
        assertFalse(f.check(second, info(node)));
        Task ingress = task(new ServiceSpec("mesh", "nginx")
                .ports(List.of(new PublishedPort(80, 8080, "tcp", PublishMode.INGRESS))));
        assertFalse(f.enabled(ingress), "ingress ports go through the routing mesh, not the node");
        assertEquals("host-mode port already in use on 2 nodes", f.explain(2));
    }

    @Test
    void maxReplicasFilterCountsTheServicesTasksOnTheNode() {
        Node node = cluster.node("a");
        var service = cluster.service(new ServiceSpec("web", "nginx").maxReplicasPerNode(2));
        List<Task> tasks = cluster.submit(service, 3);
        MaxReplicasFilter f = new MaxReplicasFilter();
        assertTrue(f.enabled(tasks.get(0)));
        cluster.scheduler.schedule(0);
        assertFalse(f.check(tasks.get(2), info(node)));
        assertEquals("max replicas per node limit exceed", f.explain(5));
        assertEquals("no suitable node (max replicas per node limit exceed)", tasks.get(2).error());
    }
}
