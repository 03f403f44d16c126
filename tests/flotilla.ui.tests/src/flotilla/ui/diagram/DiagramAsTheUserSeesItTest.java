package flotilla.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.observed.ClusterState;
import flotilla.observed.NetworkInstance;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;
import flotilla.observed.ObservedFactory;
import flotilla.ui.Screenshots;
import flotilla.ui.UserScene;
import flotilla.ui.Widgets;
import flotilla.ui.WorkspaceLogGuard;
import flotilla.ui.graph.Viewport;

/**
 * The diagram as a user meets it, with real pointer and key events: where shapes sit and stay, what
 * waits for a node and why, which networks each node has, what the palette creates where, and what the
 * status line counts.
 */
@ExtendWith(WorkspaceLogGuard.class)
class DiagramAsTheUserSeesItTest {

    @TempDir
    Path folder;

    private UserScene scene;

    private UserScene open(String name, Supplier<Cluster> example) throws Exception {
        Path file = folder.resolve(name + ".flotilla");
        Models.save(example.get(), file);
        scene = new UserScene(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).open(file);
        return scene;
    }

    @AfterEach
    void closeEditors() {
        if (scene != null) {
            scene.page.closeAllEditors(false);
            scene.user.settle();
        }
    }

    @Test
    void nodesSitSortedByNameBelowServicesAndNetworksAndKeepTheirPlaceWhenAServiceIsDeleted() throws Exception {
        open("swarm-tutorial", ExampleClusters::swarmTutorial);
        Cluster cluster = scene.cluster();
        List<Node> byName = cluster.getNodes().stream().sorted(Comparator.comparing(Node::getHostname)).toList();
        for (int i = 1; i < byName.size(); i++) {
            Rectangle left = bounds(byName.get(i - 1));
            Rectangle right = bounds(byName.get(i));
            assertTrue(left.y == right.y ? left.x + left.width <= right.x : left.y + left.height <= right.y,
                    byName.get(i - 1).getHostname() + " " + left + " comes before " + byName.get(i).getHostname()
                            + " " + right + " in reading order");
        }
        int nodesTop = byName.stream().mapToInt(node -> bounds(node).y).min().orElseThrow();
        List<Object> aboveNodes = new ArrayList<>(cluster.allServices());
        cluster.allNetworks().stream().filter(network -> !network.isImplicit()).forEach(aboveNodes::add);
        for (Object element : aboveNodes) {
            Rectangle shape = bounds(element);
            assertTrue(shape.y + shape.height < nodesTop, element + " " + shape + " is not in the nodes' row");
        }
        Screenshots.capture(scene.window.getShell(), "user-diagram-rows");

        Map<Node, Point> before = new HashMap<>();
        byName.forEach(node -> before.put(node, new Point(bounds(node).x, bounds(node).y)));
        Service redis = service(cluster, "redis");
        scene.user.moveTo(scene.canvas(), scene.center(redis).x, scene.center(redis).y);
        // The tooltip comes with GTK's hover event, a timer's while later: settling does not wait for timers.
        scene.user.waitUntil(() -> scene.canvas().getToolTipText() != null, 5_000,
                "pointing at a service shows its tooltip");
        scene.clickShape(redis);
        scene.user.key("Delete");
        scene.settle();
        assertFalse(cluster.getServices().contains(redis), "the Delete key deleted the service");
        assertNull(scene.canvas().getToolTipText(), "no tooltip outlives the shape it was about");
        for (Node node : byName) {
            assertEquals(before.get(node), new Point(bounds(node).x, bounds(node).y),
                    node.getHostname() + " kept its place when its tasks went");
        }
        scene.undoByKeyboard();
        assertTrue(cluster.getServices().contains(redis));
        scene.user.moveTo(scene.diagram().getControl(), 2, 2); // on the toolbar: the pointer left every shape
        scene.settle();
        assertNull(scene.canvas().getToolTipText(), "no tooltip stays once the pointer left the diagram");
    }

    @Test
    void aServiceDraggedOntoANodeTakesNoTooltipAlongToThePinDialog() throws Exception {
        open("swarm-tutorial", ExampleClusters::swarmTutorial);
        Service helloworld = service(scene.cluster(), "helloworld");
        Node worker2 = scene.cluster().getNodes().stream().filter(n -> n.getHostname().equals("worker2")).findFirst()
                .orElseThrow();
        scene.settle();
        // Over the canvas first, then onto the service: a pointer already resting there would send no motion.
        scene.user.moveTo(scene.canvas(), 2, 2);
        scene.user.moveTo(scene.canvas(), scene.center(helloworld).x, scene.center(helloworld).y);
        // The tooltip comes with GTK's hover event, a timer's while later: settling does not wait for timers.
        scene.user.waitUntil(() -> scene.canvas().getToolTipText() != null, 5_000,
                "pointing at the service shows its tooltip");
        List<String> tipWhenAsked = new ArrayList<>();
        scene.diagram().setPinChooser((service, node) -> {
            tipWhenAsked.add(String.valueOf(scene.canvas().getToolTipText()));
            return null; // the user cancels
        });
        scene.dragShape(helloworld, worker2);
        assertEquals(List.of("null"), tipWhenAsked,
                "the dialog asked once, with no tooltip of the dragged service left over it");
        assertTrue(helloworld.getConstraints().isEmpty(), "cancelled: no constraint");
    }

    @Test
    void tasksNoNodeCanTakeWaitInThePendingLaneWithSwarmsReason() throws Exception {
        open("pending", () -> {
            Cluster cluster = ExampleClusters.swarmTutorial();
            Service redis = cluster.getServices().stream().filter(s -> s.getName().equals("redis")).findFirst()
                    .orElseThrow();
            redis.setReplicas(5);
            redis.setMaxReplicasPerNode(1);
            return cluster;
        });
        Cluster cluster = scene.cluster();
        Service redis = service(cluster, "redis");
        DiagramPage page = scene.diagram();
        assertTrue(page.statusText().matches("\\d+ placed, 2 pending"), page.statusText());
        List<Object> waiting = List.copyOf(scene.viewer().getShownChildren(ClusterContent.PENDING_LANE));
        assertEquals(2, waiting.size(), "the Pending lane holds the two tasks no node can take: " + waiting);
        Rectangle lane = bounds(ClusterContent.PENDING_LANE);
        for (Node node : cluster.getNodes()) {
            assertTrue(bounds(node).y + bounds(node).height < lane.y, "the lane is below the nodes, never among them");
        }
        Object first = waiting.get(0);
        Point onFirst = scene.visibleTitle(first); // the lane is below the nodes: Fit brings it into view
        Rectangle lanePlace = bounds(ClusterContent.PENDING_LANE);
        Point onLane = scene.viewer().getViewport().toScreen(lanePlace.x + 4, lanePlace.y + 4);
        scene.user.moveTo(scene.canvas(), onLane.x, onLane.y); // over the lane first, then onto the task
        scene.settle();
        scene.user.moveTo(scene.canvas(), onFirst.x, onFirst.y);
        scene.user.waitUntil(() -> scene.canvas().getToolTipText() != null
                && scene.canvas().getToolTipText().startsWith("redis."), 10_000,
                "pointing at a pending task showed no tooltip: " + scene.canvas().getToolTipText());
        String tip = scene.canvas().getToolTipText();
        assertNotNull(tip, "pointing at a pending task shows why it waits");
        assertTrue(tip.startsWith("redis.") && tip.contains("no suitable node (max replicas per node limit exceed"),
                tip);
        scene.clickShape(first);
        String reason = scene.propertyValue("Reason");
        assertTrue(reason.startsWith("no suitable node (max replicas per node limit exceed"),
                "Properties show swarm's whole reason: " + reason);
        assertEquals("pending", scene.propertyValue("State"));
        Screenshots.capture(scene.window.getShell(), "user-diagram-pending-lane");
    }

    @Test
    void aPaletteClickThenAClickInTheDiagramCreatesTheNodeThereSelectedInProperties() throws Exception {
        open("swarm-tutorial", ExampleClusters::swarmTutorial);
        Cluster cluster = scene.cluster();
        int nodes = cluster.getNodes().size();
        scene.clickPalette("Node");
        assertTrue(scene.diagram().statusText().startsWith("Click in the diagram where the new node goes"),
                scene.diagram().statusText());
        assertEquals(nodes, cluster.getNodes().size(), "a palette click alone creates nothing yet");
        Point empty = emptySpot();
        Point expected = scene.viewer().getViewport().toModel(empty.x, empty.y);
        double zoom = scene.viewer().getZoom();
        scene.user.click(scene.canvas(), empty.x, empty.y);
        scene.settle();
        assertEquals(nodes + 1, cluster.getNodes().size(), "the click in the diagram created the node");
        assertEquals(zoom, scene.viewer().getZoom(), 1e-9, "the view stays as the user clicked in it");
        Node created = cluster.getNodes().get(nodes);
        Rectangle shape = bounds(created);
        assertEquals(expected, new Point(shape.x, shape.y), "the node's corner is where the user clicked");
        assertSame(created, ((IStructuredSelection) scene.editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement(), "what was created is selected");
        assertEquals(created.getHostname(), scene.propertyValue("Hostname"), "Properties show the new node");
        Screenshots.capture(scene.window.getShell(), "user-palette-click-created");
        scene.clickShape(created);
        scene.undoByKeyboard();
        assertEquals(nodes, cluster.getNodes().size(), "one Ctrl+Z takes the creation back");

        int services = cluster.getServices().size();
        scene.clickPalette("Service");
        scene.user.key("Escape");
        scene.settle();
        scene.user.click(scene.canvas(), empty.x, empty.y);
        scene.settle();
        assertEquals(services, cluster.getServices().size(), "after Escape a click in the diagram creates nothing");
    }

    @Test
    void eachNodeShowsTheNetworksOnItAndAnOverlayAppearsWhenTheSimulationBringsIt() throws Exception {
        open("swarm-tutorial", ExampleClusters::swarmTutorial);
        Cluster cluster = scene.cluster();
        Network mynet = cluster.getNetworks().stream().filter(n -> "mynet".equals(n.getName())).findFirst()
                .orElseThrow();
        Service frontier = service(cluster, "frontier");
        for (Node node : cluster.getNodes()) {
            List<String> chips = scene.viewer().getShownChips(node);
            assertTrue(chips.containsAll(List.of("ingress", "docker_gwbridge")), node.getHostname() + ": " + chips);
            boolean runsFrontier = scene.diagram().tasks().stream()
                    .anyMatch(task -> task.node() == node && task.service() == frontier);
            assertEquals(runsFrontier, chips.contains("mynet"),
                    node.getHostname() + " has mynet exactly when a frontier task (attached to it) runs there: "
                            + chips);
        }

        FakeSimulation simulation = new FakeSimulation();
        ClusterState state = ObservedFactory.eINSTANCE.createClusterState();
        state.setCluster(cluster);
        Network ingress = cluster.getNetworks().stream().filter(Network::isIngress).findFirst().orElseThrow();
        for (Node node : cluster.getNodes()) {
            NodeStatus status = ObservedFactory.eINSTANCE.createNodeStatus();
            status.setNode(node);
            status.setState(NodeState.READY);
            state.getNodes().add(status);
            state.getNetworkInstances().add(instance(ingress, node));
        }
        simulation.state = state;
        scene.diagram().setObservedStateProvider(simulation);
        scene.clickToolbar("Simulated");
        Node worker = cluster.getNodes().get(1);
        assertFalse(scene.viewer().getShownChips(worker).contains("mynet"));
        state.getNetworkInstances().add(instance(mynet, worker));
        simulation.changed();
        scene.settle();
        assertTrue(scene.viewer().getShownChips(worker).contains("mynet"),
                "the overlay appears on the node the simulation brought it to: "
                        + scene.viewer().getShownChips(worker));
        Screenshots.capture(scene.window.getShell(), "user-node-networks-simulated");
        scene.clickToolbar("Desired");
    }

    @Test
    void theFiftyNodeExampleOpensReadableAndTheStatusLineCountsWhatTheFilterShows() throws Exception {
        open("large", () -> ExampleClusters.large(50, 3, 30));
        var viewer = scene.viewer();
        int canvasWidth = scene.canvas().getSize().x;
        assertTrue(viewer.getZoom() >= Viewport.READABLE_ZOOM, "opened at a readable zoom: " + viewer.getZoom());
        assertTrue(viewer.getDiagramSize().x * viewer.getZoom() <= canvasWidth + 1,
                "opened fitted to the width: " + viewer.getDiagramSize() + " at " + viewer.getZoom() + " in "
                        + canvasWidth);
        assertOneRowPerKind(scene.cluster());
        Screenshots.capture(scene.window.getShell(), "user-large-opened");

        String all = scene.diagram().statusText();
        Text filter = Widgets.all((Composite) scene.diagram().getControl(), Text.class).stream()
                .filter(text -> text.getMessage().startsWith("Filter")).findFirst().orElseThrow();
        scene.user.click(filter);
        scene.user.type("zone=east");
        scene.settle();
        String filtered = scene.diagram().statusText();
        assertTrue(filtered.startsWith("Filter shows "), filtered);
        long shownTasks = scene.diagram().tasks().stream().filter(viewer.getShownElements()::contains).count();
        assertTrue(filtered.contains("shows " + shownTasks + " of " + scene.diagram().tasks().size()),
                filtered + " counts the " + shownTasks + " tasks shown (unfiltered: " + all + ")");
        scene.user.key("ctrl+a", "BackSpace");
        scene.settle();
        assertEquals(all, scene.diagram().statusText());
    }

    @Test
    void theDiagramRefitsWhenTheEditorIsMaximized() throws Exception {
        open("large", () -> ExampleClusters.large(50, 3, 30));
        var viewer = scene.viewer();
        int before = scene.canvas().getSize().x;
        scene.clickEmptyCanvas();
        scene.user.key("ctrl+m");
        scene.settle();
        int after = scene.canvas().getSize().x;
        assertTrue(after > before, "Ctrl+M maximized the editor: " + before + " -> " + after);
        assertTrue(viewer.getDiagramSize().x * viewer.getZoom() <= after + 1
                && viewer.getDiagramSize().x * viewer.getZoom() > before,
                "the diagram uses the new width: " + viewer.getDiagramSize() + " at " + viewer.getZoom());
        assertTrue(viewer.getZoom() >= Viewport.READABLE_ZOOM, "still readable: " + viewer.getZoom());
        Screenshots.capture(scene.window.getShell(), "user-large-maximized");
        scene.user.key("ctrl+m");
        scene.settle();
    }

    @Test
    void aDiagramTallerThanTheViewShowsAScrollBarThatBringsTheNodesIntoView() throws Exception {
        open("large", () -> ExampleClusters.large(50, 3, 30));
        Canvas canvas = (Canvas) scene.canvas();
        Rectangle client = canvas.getClientArea();
        Node last = scene.cluster().getNodes().stream().max(Comparator.comparing(Node::getHostname)).orElseThrow();
        assertFalse(client.contains(scene.center(last)), "the last node starts below the view");
        ScrollBar bar = canvas.getVerticalBar();
        assertTrue(bar.isVisible(), "a diagram taller than the view shows a vertical scroll bar");
        assertTrue(bar.getThumb() < bar.getMaximum() - bar.getMinimum(),
                "the thumb (" + bar.getThumb() + ") is shorter than the bar (" + bar.getMinimum() + ".."
                        + bar.getMaximum() + ")");
        assertTrue(client.width + bar.getSize().x <= canvas.getSize().x,
                "the bar has its own strip beside the diagram, drawn before the pointer comes near (not an overlay): "
                        + "diagram " + client + ", bar " + bar.getSize() + ", canvas " + canvas.getSize());
        Screenshots.capture(scene.window.getShell(), "user-large-scroll-bar");

        Rectangle thumb = bar.getThumbBounds();
        Point grab = new Point(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
        scene.user.drag(canvas, grab, canvas, new Point(grab.x, grab.y + client.height));
        scene.settle();
        assertTrue(client.contains(scene.center(last)),
                "dragging the thumb to the bottom brought " + last.getHostname() + " into view");
        Screenshots.capture(scene.window.getShell(), "user-large-scrolled-to-the-nodes");
    }

    /** Services, networks and nodes each in rows of their own, top to bottom. */
    private void assertOneRowPerKind(Cluster cluster) {
        int servicesBottom = cluster.allServices().stream().mapToInt(s -> bounds(s).y + bounds(s).height).max()
                .orElseThrow();
        int nodesTop = cluster.getNodes().stream().mapToInt(n -> bounds(n).y).min().orElseThrow();
        assertTrue(servicesBottom < nodesTop, "services above the nodes");
    }

    private Rectangle bounds(Object element) {
        Rectangle bounds = scene.viewer().getBounds(element);
        assertNotNull(bounds, "the diagram draws no shape for " + element);
        return bounds;
    }

    /** A point of the canvas under no shape, right of the diagram's shapes. */
    private Point emptySpot() {
        Rectangle client = ((org.eclipse.swt.widgets.Scrollable) scene.canvas()).getClientArea();
        for (int y = client.height - 40; y > 0; y -= 20) {
            for (int x = client.width - 160; x > 0; x -= 20) {
                if (scene.viewer().elementAt(x, y) == null && scene.viewer().elementAt(x + 150, y + 30) == null) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("the diagram has no empty spot");
    }

    private static NetworkInstance instance(Network network, Node node) {
        NetworkInstance instance = ObservedFactory.eINSTANCE.createNetworkInstance();
        instance.setNetwork(network);
        instance.setNode(node);
        return instance;
    }

    private static Service service(Cluster cluster, String name) {
        return cluster.allServices().stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow();
    }
}
