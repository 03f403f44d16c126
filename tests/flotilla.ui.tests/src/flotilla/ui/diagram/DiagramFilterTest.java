package flotilla.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.Node;
import flotilla.model.Service;

/** The filter box's rule, on a plain model: no workbench, no widgets. */
class DiagramFilterTest {

    private final ModelFactory factory = ModelFactory.eINSTANCE;
    private final Cluster cluster = factory.createCluster();
    private final Node storage = node("storage-1", "zone", "eu-West");
    private final Node worker = node("worker-1", null, null);
    private final Network backend = network("backend");
    private final Network frontend = network("frontend");
    private final Service db = service("db", "postgres:16", backend);
    private final Service web = service("web", "nginx:1.27", frontend);
    private final DiagramTask dbTask = new DiagramTask("t1", db, storage, 1, "running");
    private final DiagramTask webTask = new DiagramTask("t2", web, worker, 1, "running");
    private final List<DiagramTask> tasks = List.of(dbTask, webTask);

    @Test
    void aBlankTextShowsEverything() {
        assertTrue(new DiagramFilter("   ").showsEverything());
        assertNull(new DiagramFilter("  ").shown(cluster, tasks));
        assertNull(new DiagramFilter(null).shown(cluster, tasks));
    }

    @Test
    void aNodeLabelMatchesInAnyCaseAndBringsItsTasksAndTheirServicesButNotTheirNetworks() {
        Set<Object> shown = new DiagramFilter(" ZONE=eu ").shown(cluster, tasks);
        assertEquals(Set.of(storage, dbTask, db), shown);
    }

    @Test
    void aServiceImageMatchBringsItsNetworksAndTasks() {
        Set<Object> shown = new DiagramFilter("nginx").shown(cluster, tasks);
        assertEquals(Set.of(web, frontend, webTask, worker), shown);
    }

    @Test
    void aNetworkMatchBringsItsServicesButNotTheirTasks() {
        Set<Object> shown = new DiagramFilter("backend").shown(cluster, tasks);
        assertEquals(Set.of(backend, db), shown);
    }

    @Test
    void aTextNothingHasShowsNothing() {
        assertEquals(Set.of(), new DiagramFilter("redis").shown(cluster, tasks));
    }

    private Node node(String hostname, String key, String value) {
        Node node = factory.createNode();
        node.setHostname(hostname);
        if (key != null) {
            Label label = factory.createLabel();
            label.setKey(key);
            label.setValue(value);
            node.getLabels().add(label);
        }
        cluster.getNodes().add(node);
        return node;
    }

    private Network network(String name) {
        Network network = factory.createNetwork();
        network.setName(name);
        cluster.getNetworks().add(network);
        return network;
    }

    private Service service(String name, String image, Network network) {
        Service service = factory.createService();
        service.setName(name);
        service.setImage(image);
        NetworkAttachment attachment = factory.createNetworkAttachment();
        attachment.setNetwork(network);
        service.getNetworks().add(attachment);
        cluster.getServices().add(service);
        return service;
    }
}
