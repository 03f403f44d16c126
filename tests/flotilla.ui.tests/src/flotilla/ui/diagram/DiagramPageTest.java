package flotilla.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Label;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.observed.ClusterState;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;
import flotilla.observed.ObservedFactory;
import flotilla.observed.Task;
import flotilla.observed.TaskState;
import flotilla.ui.Screenshots;
import flotilla.ui.problems.Problem;
import flotilla.ui.problems.ProblemsView;

/**
 * The Flotilla diagram in the real model editor: the examples open and lay out, the palette creates,
 * drags connect, pin and constrain, the keyboard deletes; each gesture is one undoable command.
 */
class DiagramPageTest {

    @TempDir
    Path folder;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void workbench() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private DiagramScene open(String name, Supplier<Cluster> example) throws Exception {
        Path file = folder.resolve(name + ".flotilla");
        Models.save(example.get(), file);
        return new DiagramScene(window, file);
    }

    private DiagramScene tutorial() throws Exception {
        return open("swarm-tutorial", ExampleClusters::swarmTutorial);
    }

    @Test
    void eachExampleOpensOnTheDiagramWithItsTasksAndNoOverlappingShapes() throws Exception {
        for (var example : List.<Map.Entry<String, Supplier<Cluster>>>of(
                Map.entry("swarm-tutorial", ExampleClusters::swarmTutorial),
                Map.entry("stack-db", ExampleClusters::stackWithDatabase),
                Map.entry("large", () -> ExampleClusters.large(50, 3, 30)))) {
            long start = System.nanoTime();
            DiagramScene scene = open(example.getKey(), example.getValue());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("[diagram] " + example.getKey() + ": opened, placed and laid out in " + millis
                    + " ms (layout " + scene.viewer.getLastLayoutMillis() + " ms, " + scene.page.tasks().size()
                    + " tasks)");
            assertTrue(scene.editor.isDiagramShowing(), "the diagram is the default page");
            Cluster cluster = scene.cluster();
            List<Object> shown = scene.viewer.getShownElements();
            for (Node node : cluster.getNodes()) {
                assertTrue(shown.contains(node), node.getHostname());
            }
            for (Service service : cluster.allServices()) {
                assertTrue(shown.contains(service), service.getName());
            }
            assertFalse(scene.page.tasks().isEmpty(), "the engine placed tasks");
            assertNoOverlappingTopLevelShapes(scene);
            Screenshots.capture(window.getShell(), "diagram-" + example.getKey());
            if (example.getKey().equals("large")) {
                // The layout itself, not the wall clock: on the shared build machine other builds share the cores.
                assertTrue(scene.viewer.getLastLayoutMillis() < 1000,
                        "layout took " + scene.viewer.getLastLayoutMillis() + " ms");
                // Rows as wide as the view, read at a legible zoom and scrolled down: not one endless row.
                Point size = scene.viewer.getDiagramSize();
                assertTrue(size.x <= scene.canvas.getSize().x + 1, "as wide as the view: " + size);
                assertTrue(scene.viewer.getZoom() >= flotilla.ui.graph.Viewport.READABLE_ZOOM,
                        "legible: " + scene.viewer.getZoom());
                scene.viewer.zoomToFit();
                Screenshots.capture(window.getShell(), "diagram-large-fit");
            }
            page.closeAllEditors(false);
        }
    }

    private static void assertNoOverlappingTopLevelShapes(DiagramScene scene) {
        List<Rectangle> boxes = new ArrayList<>();
        for (Object element : scene.viewer.getShownElements()) {
            if (!(element instanceof DiagramTask)) {
                boxes.add(scene.viewer.getBounds(element));
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void aNodeAServiceAndANetworkCreatedWithoutAPlaceAreLaidOutSelectedAndEachUndoable() throws Exception {
        DiagramScene scene = tutorial();
        Cluster cluster = scene.cluster();
        int nodes = cluster.getNodes().size();
        int services = cluster.getServices().size();
        int networks = cluster.getNetworks().size();
        for (DiagramCommands.Kind kind : DiagramCommands.Kind.values()) {
            assertTrue(scene.page.create(kind, null)); // the palette's click-then-click is DiagramAsTheUserSeesItTest's
            scene.settle();
        }
        assertEquals(nodes + 1, cluster.getNodes().size());
        assertEquals(services + 1, cluster.getServices().size());
        assertEquals(networks + 1, cluster.getNetworks().size());
        Node node = cluster.getNodes().get(nodes);
        Service service = cluster.getServices().get(services);
        Network network = cluster.getNetworks().get(networks);
        assertTrue(scene.viewer.getShownElements().containsAll(List.of(node, service, network)));
        assertEquals(List.of(network), scene.viewer.getStructuredSelection().toList(), "what was created is selected");
        assertTrue(scene.page.tasks().stream().anyMatch(task -> task.service() == service),
                "the new service got a task");
        assertTrue(scene.editor.isDirty());
        Screenshots.capture(window.getShell(), "diagram-palette-created");

        scene.undo();
        assertEquals(networks, cluster.getNetworks().size());
        scene.undo();
        assertEquals(services, cluster.getServices().size());
        scene.undo();
        assertEquals(nodes, cluster.getNodes().size());
        assertFalse(scene.editor.isDirty());
        scene.redo();
        assertEquals(node, cluster.getNodes().get(nodes));
        assertTrue(scene.viewer.getShownElements().contains(node));
    }

    @Test
    void aPaletteDropCreatesWhereItIsDroppedInOneCommand() throws Exception {
        DiagramScene scene = tutorial();
        Cluster cluster = scene.cluster();
        Point size = scene.viewer.getDiagramSize();
        Point at = scene.canvas.toDisplay(scene.viewer.getViewport().toScreen(size.x + 40, 20));
        assertTrue(scene.page.dropFromPalette(DiagramCommands.Kind.NETWORK, at.x, at.y));
        scene.settle();
        Network network = cluster.getNetworks().get(cluster.getNetworks().size() - 1);
        Rectangle bounds = scene.viewer.getBounds(network);
        assertEquals(new Point(size.x + 40, 20), new Point(bounds.x, bounds.y));
        scene.undo();
        assertFalse(cluster.getNetworks().contains(network));
        assertNull(scene.page.notation().getPosition(network), "one undo took back the shape's position too");
    }

    @Test
    void connectingAServiceToANetworkAttachesIt() throws Exception {
        DiagramScene scene = tutorial();
        Cluster cluster = scene.cluster();
        Service redis = service(cluster, "redis");
        Network mynet = cluster.getNetworks().stream().filter(n -> "mynet".equals(n.getName())).findFirst()
                .orElseThrow();
        scene.page.setConnectMode(true);
        scene.drag(scene.center(redis), scene.center(mynet));
        assertEquals(1, redis.getNetworks().size());
        assertEquals(mynet, redis.getNetworks().get(0).getNetwork());
        assertTrue(scene.viewer.getRoute(redis.getNetworks().get(0)) != null, "the attachment is drawn");
        Screenshots.capture(window.getShell(), "diagram-connected");
        scene.undo();
        assertTrue(redis.getNetworks().isEmpty());
        scene.redo();
        assertEquals(mynet, redis.getNetworks().get(0).getNetwork());
    }

    @Test
    void droppingAServiceOnANodePinsItThereAsAskedAndOnlyThere() throws Exception {
        DiagramScene scene = tutorial();
        Cluster cluster = scene.cluster();
        Service web = service(cluster, "my-web");
        Node worker2 = cluster.getNodes().get(2);
        List<String> offered = new ArrayList<>();
        scene.page.setPinChooser((service, node) -> {
            offered.addAll(DiagramCommands.pinChoices(node));
            return "node.hostname == " + node.getHostname();
        });
        scene.drag(scene.center(web), scene.center(worker2));
        assertEquals(List.of("node.hostname == worker2", "node.role == worker"), offered);
        assertEquals(List.of("node.hostname == worker2"),
                web.getConstraints().stream().map(Constraint::getExpression).toList());
        assertNull(scene.page.notation().getPosition(web), "a pin is no move");
        assertTrue(
                scene.page.tasks().stream().filter(task -> task.service() == web)
                        .allMatch(task -> task.node() == worker2),
                "the engine placed every my-web task on worker2");
        Screenshots.capture(window.getShell(), "diagram-pinned");
        scene.undo();
        assertTrue(web.getConstraints().isEmpty());
        scene.redo();
        assertEquals(1, web.getConstraints().size());
    }

    @Test
    void droppingATaskOnAnotherNodePinsItsService() throws Exception {
        DiagramScene scene = tutorial();
        Cluster cluster = scene.cluster();
        Service helloworld = service(cluster, "helloworld");
        DiagramTask task = scene.page.tasks().stream().filter(t -> t.service() == helloworld).findFirst().orElseThrow();
        Node other = cluster.getNodes().stream().filter(node -> node != task.node()).findFirst().orElseThrow();
        scene.page.setPinChooser((service, node) -> "node.role == " + node.getRole().getLiteral());
        scene.drag(scene.center(task), scene.center(other));
        assertEquals("node.role == " + other.getRole().getLiteral(),
                helloworld.getConstraints().get(0).getExpression());
    }

    @Test
    void droppingALabelChipOnAServiceConstrainsIt() throws Exception {
        DiagramScene scene = open("stack-db", ExampleClusters::stackWithDatabase);
        Cluster cluster = scene.cluster();
        Node storage = cluster.getNodes().stream().filter(n -> !n.getLabels().isEmpty()).findFirst().orElseThrow();
        Label label = storage.getLabels().get(0);
        Service server = cluster.allServices().stream().filter(s -> s.getName().equals("server")).findFirst()
                .orElseThrow();
        int constraints = server.getConstraints().size();
        Point chip = chipOf(scene, storage, label);
        scene.drag(chip, scene.center(server));
        assertEquals(constraints + 1, server.getConstraints().size());
        assertEquals("node.labels." + label.getKey() + " == " + label.getValue(),
                server.getConstraints().get(constraints).getExpression());
        assertNull(scene.page.notation().getPosition(storage), "dragging a chip does not move its node");
        Screenshots.capture(window.getShell(), "diagram-label-dropped");
        scene.undo();
        assertEquals(constraints, server.getConstraints().size());
        scene.redo();
        assertEquals(constraints + 1, server.getConstraints().size());
    }

    /** Finds the canvas point of a node's label chip by asking the viewer, as a user's eye would. */
    private static Point chipOf(DiagramScene scene, Node node, Label label) {
        ClusterLabels labels = (ClusterLabels) scene.viewer.getLabelProvider();
        Rectangle bounds = scene.viewer.getBounds(node);
        Point topLeft = scene.viewer.getViewport().toScreen(bounds.x, bounds.y);
        for (int y = topLeft.y; y < topLeft.y + 60; y++) {
            for (int x = topLeft.x; x < topLeft.x + bounds.width; x++) {
                int index = scene.viewer.chipIndexAt(x, y);
                if (index >= 0 && labels.labelAt(node, index) == label) {
                    return new Point(x + 3, y + 2);
                }
            }
        }
        throw new AssertionError("no chip for " + label.getKey() + " on " + node.getHostname());
    }

    @Test
    void theDeleteKeyDeletesTheSelectionAndANetworksAttachments() throws Exception {
        DiagramScene scene = tutorial();
        Cluster cluster = scene.cluster();
        Network mynet = cluster.getNetworks().stream().filter(n -> "mynet".equals(n.getName())).findFirst()
                .orElseThrow();
        Service frontier = service(cluster, "frontier");
        scene.viewer.setSelection(new StructuredSelection(mynet));
        scene.key(SWT.DEL);
        assertFalse(cluster.getNetworks().contains(mynet));
        assertTrue(frontier.getNetworks().isEmpty(), "no attachment left pointing nowhere");
        scene.undo();
        assertTrue(cluster.getNetworks().contains(mynet));
        assertEquals(mynet, frontier.getNetworks().get(0).getNetwork());
    }

    @Test
    void aMoveIsStoredInTheSidecarUndoableAndSavedWithTheModel() throws Exception {
        DiagramScene scene = tutorial();
        Cluster cluster = scene.cluster();
        Network mynet = cluster.getNetworks().stream().filter(n -> "mynet".equals(n.getName())).findFirst()
                .orElseThrow();
        Rectangle before = scene.viewer.getBounds(mynet);
        Point size = scene.viewer.getDiagramSize();
        Point from = scene.center(mynet);
        Point to = scene.viewer.getViewport().toScreen(size.x + 100, 30);
        scene.drag(from, to);
        Rectangle after = scene.viewer.getBounds(mynet);
        assertTrue(after.x > before.x, before + " -> " + after);
        assertTrue(scene.editor.isDirty());
        scene.editor.doSave(null);
        Path sidecar = DiagramNotation
                .sidecar(((flotilla.ui.editor.ModelFileInput) scene.editor.getEditorInput()).file());
        assertTrue(Files.readString(sidecar).contains(mynet.getId() + " " + after.x + " " + after.y),
                Files.readString(sidecar));
        assertFalse(
                Files.readString(((flotilla.ui.editor.ModelFileInput) scene.editor.getEditorInput()).file())
                        .contains(" " + after.x + " "),
                "no positions in the model file");
        scene.undo();
        assertEquals(before, scene.viewer.getBounds(mynet));
        scene.redo();
        assertEquals(after, scene.viewer.getBounds(mynet));
    }

    @Test
    void theDiagramSelectionIsTheEditorsSoPropertiesAndOutlineFollowIt() throws Exception {
        DiagramScene scene = tutorial();
        Node worker1 = scene.cluster().getNodes().get(1);
        Point at = scene.center(worker1);
        Rectangle bounds = scene.viewer.getBounds(worker1);
        Point title = scene.viewer.getViewport().toScreen(bounds.x + 4, bounds.y + 4);
        scene.mouse(SWT.MouseDown, title.x, title.y);
        scene.mouse(SWT.MouseUp, title.x, title.y);
        IStructuredSelection selection = (IStructuredSelection) scene.editor.getSite().getSelectionProvider()
                .getSelection();
        assertEquals(List.of(worker1), selection.toList(), "clicked at " + at);
        var outline = (org.eclipse.ui.views.contentoutline.ContentOutline) page
                .showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        page.activate(scene.editor);
        Service redis = service(scene.cluster(), "redis");
        scene.viewer.setSelection(new StructuredSelection(redis), true);
        assertEquals(List.of(redis), ((IStructuredSelection) outline.getSelection()).toList(),
                "the outline follows the diagram");
        scene.editor.showPage(1);
        assertEquals(List.of(redis), scene.editor.viewer().getStructuredSelection().toList(),
                "the tree keeps the selection");
    }

    @Test
    void doubleClickingAProblemSelectsItsElementInTheDiagramAndTheTree() throws Exception {
        DiagramScene scene = tutorial();
        Service redis = service(scene.cluster(), "redis");
        ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
        page.activate(scene.editor);
        scene.editor.getEditingDomain().getCommandStack().execute(
                DiagramCommands.constrain(scene.editor.getEditingDomain(), redis, "node.labels.zone == nowhere"));
        scene.settle();
        Problem problem = problems.problems().stream()
                .filter(p -> p.element() == redis || p.element() instanceof Constraint c && c.eContainer() == redis)
                .findFirst().orElseThrow(() -> new AssertionError(problems.problems().toString()));
        doubleClick(problems, problem);
        assertEquals(List.of(redis), scene.viewer.getStructuredSelection().toList());
        Screenshots.capture(window.getShell(), "diagram-problems");

        scene.editor.showPage(1);
        doubleClick(problems, problem);
        assertEquals(List.of(problem.element()), scene.editor.viewer().getStructuredSelection().toList());
        scene.undo();
        scene.settle();
        assertTrue(problems.problems().stream().noneMatch(p -> p.message().contains("nowhere")),
                problems.problems().toString());
    }

    private void doubleClick(ProblemsView problems, Problem problem) {
        problems.viewer().setSelection(new StructuredSelection(problem));
        problems.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        while (window.getShell().getDisplay().readAndDispatch()) {
            // let the selection through
        }
    }

    @Test
    void filterAndCountsKeepBigClustersReadable() throws Exception {
        DiagramScene scene = open("large", () -> ExampleClusters.large(50, 3, 30));
        Cluster cluster = scene.cluster();
        scene.page.setFilter("zone=east");
        scene.settle();
        List<Object> shown = scene.viewer.getShownElements();
        for (Node node : cluster.getNodes()) {
            boolean east = node.getLabels().stream().anyMatch(l -> l.getValue().equals("east"));
            assertEquals(east, shown.contains(node), node.getHostname());
        }
        Point size = scene.viewer.getDiagramSize();
        assertTrue(size.x < 4 * size.y, "a block, not a strip: " + size);
        Screenshots.capture(window.getShell(), "diagram-filtered");
        scene.page.setFilter("");
        scene.page.setCountsOnly(true);
        scene.settle();
        Node busy = cluster.getNodes().stream().filter(n -> !scene.page.tasks().stream().noneMatch(t -> t.node() == n))
                .findFirst().orElseThrow();
        assertTrue(scene.viewer.isCollapsed(busy));
        assertFalse(scene.viewer.getShownElements().stream().anyMatch(DiagramTask.class::isInstance));
        scene.viewer.zoomToActualSize();
        scene.viewer.scrollTo(0, 0);
        Screenshots.capture(window.getShell(), "diagram-counts");
    }

    @Test
    void simulatedModeShowsTheObservedTasksAndFollowsTheirChanges() throws Exception {
        DiagramScene scene = tutorial();
        Cluster cluster = scene.cluster();
        Service redis = service(cluster, "redis");
        FakeSimulation simulation = new FakeSimulation();
        ClusterState state = ObservedFactory.eINSTANCE.createClusterState();
        state.setCluster(cluster);
        for (int i = 0; i < cluster.getNodes().size(); i++) {
            NodeStatus status = ObservedFactory.eINSTANCE.createNodeStatus();
            status.setNode(cluster.getNodes().get(i));
            status.setState(i == 2 ? NodeState.DOWN : NodeState.READY);
            state.getNodes().add(status);
        }
        for (int slot = 1; slot <= 3; slot++) {
            state.getTasks().add(task(redis, cluster.getNodes().get(slot % 2), slot, TaskState.RUNNING));
        }
        simulation.state = state;
        scene.page.setObservedStateProvider(simulation);
        scene.page.setSimulated(true);
        scene.settle();
        assertEquals(3, scene.page.tasks().size());
        assertTrue(scene.page.tasks().stream().allMatch(task -> task.service() == redis));
        Screenshots.capture(window.getShell(), "diagram-simulated");

        state.getTasks().get(0).setCurrentState(TaskState.FAILED);
        state.getTasks().add(task(redis, cluster.getNodes().get(0), 1, TaskState.STARTING));
        simulation.changed();
        scene.settle();
        assertEquals(4, scene.page.tasks().size());
        assertTrue(scene.page.tasks().stream().anyMatch(task -> task.state().equals("failed")));

        Node asked = cluster.getNodes().get(2);
        Task answered = state.getTasks().get(1);
        Network ingress = cluster.getNetworks().stream().filter(Network::isIngress).findFirst().orElseThrow();
        simulation.requestPath = List.of(asked, ingress, answered, answered.getNode());
        simulation.changed();
        scene.settle();
        List<Object> highlighted = scene.viewer.getHighlightedPath();
        assertEquals(4, highlighted.size(), highlighted.toString());
        assertSame(asked, highlighted.get(0));
        assertEquals(answered.getId(), assertInstanceOf(DiagramTask.class, highlighted.get(2)).id());
        assertSame(answered.getNode(), highlighted.get(3));
        Screenshots.capture(window.getShell(), "diagram-request-path");

        scene.page.setSimulated(false);
        scene.settle();
        assertTrue(scene.viewer.getHighlightedPath().isEmpty(), "desired mode shows no request path");
        assertTrue(scene.page.tasks().size() > 4, "desired mode shows the engine's placement again");
        assertTrue(simulation.listeners.isEmpty(), "desired mode stops listening to the simulation");
    }

    private static Task task(Service service, Node node, int slot, TaskState state) {
        Task task = ObservedFactory.eINSTANCE.createTask();
        task.setService(service);
        task.setNode(node);
        task.setSlot(slot);
        task.setDesiredState(TaskState.RUNNING);
        task.setCurrentState(state);
        return task;
    }

    private static Service service(Cluster cluster, String name) {
        return cluster.allServices().stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow();
    }

    @Test
    void revertReloadsTheDiagram() throws Exception {
        DiagramScene scene = tutorial();
        scene.page.create(DiagramCommands.Kind.NODE, null);
        scene.settle();
        scene.editor.revert();
        scene.settle();
        assertEquals(3, scene.cluster().getNodes().size());
        assertNotNull(scene.viewer.getBounds(scene.cluster().getNodes().get(0)),
                "the diagram shows the reloaded cluster");
    }
}
