package flotilla.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.Service;
import flotilla.model.persistence.Models;
import flotilla.observed.NodeState;
import flotilla.ui.Screenshots;
import flotilla.ui.UserScene;
import flotilla.ui.Widgets;
import flotilla.ui.WorkspaceLogGuard;
import flotilla.ui.diagram.DiagramTask;
import flotilla.ui.graph.IGraphLabelProvider;
import flotilla.ui.problems.ProblemsView;
import flotilla.ui.simulation.SimulationSession;
import flotilla.ui.simulation.SimulationView;

/**
 * Docker's swarm mode walkthrough built from an empty model with mouse and keyboard only: three nodes
 * added from the palette and renamed in Properties, the overlay {@code mynet}, {@code frontier} (nginx,
 * three replicas) connected to it, scaled to ten in Properties, pinned by dropping it on a node; each step
 * undone and redone by keyboard; saved, closed, reopened; then a node crashed, stopped and started in the
 * Simulation view. After each step: the model, the diagram and, once saved, the file. Screenshots of every
 * step land in target/screenshots/walkthrough-*.png.
 */
@ExtendWith(WorkspaceLogGuard.class)
class SwarmWalkthroughScenarioTest {

    private static final long TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path folder;

    private UserScene scene;
    private int step;

    @AfterEach
    void closeEverything() {
        IWorkbenchPage page = scene.page;
        page.closeAllEditors(false);
        if (page.findView(SimulationView.ID) != null) {
            page.hideView(page.findView(SimulationView.ID));
        }
        scene.user.settle();
    }

    @Test
    void walkthroughSwarmBuiltEditedSavedAndSimulatedWithMouseAndKeyboardOnly() throws Exception {
        Path file = folder.resolve("walkthrough.flotilla");
        Models.save(Models.newCluster("walkthrough"), file);
        scene = new UserScene(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).open(file);
        scene.properties();
        Cluster cluster = scene.cluster();
        screenshot("empty");

        // Three nodes from the palette, renamed in Properties.
        String[] hostnames = { "manager1", "worker1", "worker2" };
        for (int i = 0; i < hostnames.length; i++) {
            int before = i;
            scene.clickPalette("Node");
            assertEquals(before + 1, cluster.getNodes().size(), "the palette click added a node");
            Node node = cluster.getNodes().get(i);
            String given = node.getHostname(); // the first free nodeN: node1 again once the last was renamed
            assertTrue(given.matches("node\\d+"), given);
            assertShown(node, given);
            undoRedo(() -> cluster.getNodes().size() == before, () -> cluster.getNodes().size() == before + 1);

            scene.clickShape(node).editProperty("Hostname", hostnames[i], "Return");
            assertEquals(hostnames[i], node.getHostname());
            assertShown(node, hostnames[i]);
            String name = hostnames[i];
            undoRedo(() -> given.equals(node.getHostname()), () -> name.equals(node.getHostname()));
            screenshot("node-" + name);
        }
        assertEquals(NodeRole.MANAGER, cluster.getNodes().get(0).getRole(), "the first node manages the swarm");
        assertEquals(NodeRole.WORKER, cluster.getNodes().get(2).getRole());

        // The overlay network mynet.
        int swarmNetworks = cluster.getNetworks().size(); // ingress and docker_gwbridge, which swarm makes itself
        scene.clickPalette("Network");
        assertEquals(swarmNetworks + 1, cluster.getNetworks().size(), "the palette click added a network");
        Network mynet = cluster.getNetworks().get(swarmNetworks);
        assertEquals(NetworkDriver.OVERLAY, mynet.getDriver());
        undoRedo(() -> cluster.getNetworks().size() == swarmNetworks,
                () -> cluster.getNetworks().size() == swarmNetworks + 1);
        scene.clickShape(mynet).editProperty("Name", "mynet", "Return");
        assertShown(mynet, "mynet");
        undoRedo(() -> "network1".equals(mynet.getName()), () -> "mynet".equals(mynet.getName()));
        screenshot("network-mynet");

        // The service frontier: nginx, three replicas.
        scene.clickPalette("Service");
        Service frontier = cluster.getServices().get(0);
        undoRedo(() -> cluster.getServices().isEmpty(), () -> cluster.getServices().size() == 1);
        scene.clickShape(frontier).editProperty("Name", "frontier", "Return");
        scene.editProperty("Image", "nginx", "Return");
        scene.editProperty("Replicas", "3", "Return");
        assertEquals("frontier", frontier.getName());
        assertEquals("nginx", frontier.getImage());
        assertShown(frontier, "frontier");
        assertEquals(3, tasksOf(frontier).size(), "the diagram shows the three replicas placed");
        undoRedo(() -> tasksOf(frontier).size() == 1, () -> tasksOf(frontier).size() == 3);
        screenshot("service-frontier");

        // Connected to mynet: a drag in Connect mode from the service to the network.
        scene.clickPalette("Connect").dragShape(frontier, mynet).clickPalette("Select");
        assertEquals(List.of(mynet), frontier.getNetworks().stream().map(a -> a.getNetwork()).toList());
        undoRedo(() -> frontier.getNetworks().isEmpty(), () -> frontier.getNetworks().size() == 1);
        screenshot("frontier-on-mynet");

        // Scaled from 3 to 10 in Properties.
        scene.clickShape(frontier).editProperty("Replicas", "10", "Return");
        assertEquals(10, frontier.getReplicas());
        assertEquals(10, tasksOf(frontier).size());
        undoRedo(() -> tasksOf(frontier).size() == 3, () -> tasksOf(frontier).size() == 10);
        screenshot("frontier-scaled-to-10");

        // Pinned by dropping the service on worker1; the pin dialog's first choice is its hostname.
        Node worker1 = cluster.getNodes().get(1);
        scene.user.whenDialogOpens("Pin frontier", "Return");
        scene.dragShape(frontier, worker1);
        assertEquals(List.of("node.hostname == worker1"),
                frontier.getConstraints().stream().map(c -> c.getExpression()).toList());
        assertTrue(tasksOf(frontier).stream().allMatch(task -> task.node() == worker1),
                "every replica on worker1: " + tasksOf(frontier));
        undoRedo(() -> frontier.getConstraints().isEmpty(), () -> frontier.getConstraints().size() == 1);
        // Each node shows its networks: ingress and docker_gwbridge from the join, mynet where frontier runs.
        assertTrue(tooltip(worker1).contains("\nnetworks: ingress, docker_gwbridge, mynet\n"), tooltip(worker1));
        assertTrue(tooltip(cluster.getNodes().get(0)).contains("\nnetworks: ingress, docker_gwbridge\n"),
                tooltip(cluster.getNodes().get(0)));
        screenshot("frontier-pinned-to-worker1");

        // Saved (Ctrl+S), closed (Ctrl+W), reopened: the file holds what was built.
        scene.clickEmptyCanvas();
        scene.user.key("ctrl+s");
        scene.user.waitUntil(() -> !scene.editor.isDirty(), 10_000, "Ctrl+S did not save");
        Cluster saved = Models.load(file);
        assertEquals(List.of("manager1", "worker1", "worker2"),
                saved.getNodes().stream().map(Node::getHostname).toList());
        Service savedFrontier = saved.getServices().get(0);
        assertEquals("frontier", savedFrontier.getName());
        assertEquals(10, savedFrontier.getReplicas());
        assertEquals("mynet", savedFrontier.getNetworks().get(0).getNetwork().getName());
        assertEquals("node.hostname == worker1", savedFrontier.getConstraints().get(0).getExpression());
        scene.user.key("ctrl+w");
        scene.user.waitUntil(() -> scene.page.getEditorReferences().length == 0, 10_000, "Ctrl+W did not close");
        screenshot("closed");

        scene.open(file);
        Service reopened = scene.cluster().getServices().get(0);
        Node reopenedWorker1 = scene.cluster().getNodes().get(1);
        assertEquals(10, tasksOf(reopened).size());
        assertTrue(tasksOf(reopened).stream().allMatch(task -> task.node() == reopenedWorker1));
        assertShown(reopened, "frontier");
        screenshot("reopened");

        // The Simulation view: start, crash worker1's containers, then stop and start the host.
        SimulationView view = assertInstanceOf(SimulationView.class, scene.page.showView(SimulationView.ID));
        SimulationSession session = view.session();
        scene.user.settle();
        clickButton(view, "Start");
        await(session);
        choose(view, "until settled");
        stepUntilSettled(view);
        scene.clickToolbar("Simulated");
        scene.user.waitUntil(() -> tasksOf(reopened).size() == 10, TIMEOUT_MILLIS, "the simulation shows no tasks");
        screenshot("simulated");

        selectNode(view, "worker1");
        clickButton(view, "Crash");
        await(session);
        stepUntilSettled(view);
        assertEquals(10, tasksOf(reopened).stream().filter(task -> "running".equals(task.state())).count(),
                "the crashed replicas run again: " + tasksOf(reopened));
        screenshot("worker1-crashed");

        clickButton(view, "Down");
        await(session);
        stepUntilSettled(view);
        assertEquals(NodeState.DOWN, nodeState(session, "worker1"));
        // frontier is pinned to worker1: its replicas wait, and the status line counts them.
        assertTrue(scene.diagram().statusText().endsWith("10 pending"), scene.diagram().statusText());
        screenshot("worker1-down");
        // The Problems view warns that frontier is short of its replicas, in swarm's words.
        ProblemsView problems = (ProblemsView) scene.page.showView(ProblemsView.ID);
        scene.user.waitUntil(() -> problems.problems().stream().anyMatch(problem -> problem.element() == reopened
                && problem.message().startsWith("10 tasks of frontier cannot be placed: ")), TIMEOUT_MILLIS,
                "no warning for frontier: " + problems.problems());
        screenshot("worker1-down-problems");
        scene.page.showView(SimulationView.ID);
        scene.user.settle();
        clickButton(view, "Up");
        await(session);
        stepUntilSettled(view);
        assertEquals(NodeState.READY, nodeState(session, "worker1"));
        scene.user.waitUntil(() -> tasksOf(reopened).size() == 10, TIMEOUT_MILLIS,
                "frontier's replicas did not come back to worker1: " + scene.diagram().statusText());
        screenshot("worker1-up");
    }

    /** Ctrl+Z on the diagram takes the last step back, Ctrl+Y brings it again; the diagram follows both. */
    private void undoRedo(BooleanSupplier undone, BooleanSupplier redone) {
        scene.clickEmptyCanvas().undoByKeyboard();
        assertTrue(undone.getAsBoolean(), "Ctrl+Z did not undo the step");
        scene.redoByKeyboard();
        assertTrue(redone.getAsBoolean(), "Ctrl+Y did not redo the step");
    }

    private void assertShown(Object element, String text) {
        String shown = scene.viewer().getShownText(element);
        assertNotNull(shown, "the diagram does not draw " + element);
        assertTrue(shown.contains(text), "the diagram shows '" + shown + "', not " + text);
    }

    /** What the diagram shows when the pointer rests on an element. */
    private String tooltip(Object element) {
        return ((IGraphLabelProvider) scene.viewer().getLabelProvider()).getToolTipText(element);
    }

    private List<DiagramTask> tasksOf(Service service) {
        scene.settle();
        return scene.diagram().tasks().stream().filter(task -> task.service() == service).toList();
    }

    private void screenshot(String name) {
        Screenshots.capture(scene.window.getShell(), String.format("walkthrough-%02d-%s", ++step, name));
    }

    private void clickButton(SimulationView view, String label) {
        Button button = Widgets.all(view.contents(), Button.class).stream().filter(b -> b.getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
        assertTrue(button.isEnabled(), label + " is disabled");
        scene.user.click(button);
    }

    private void stepUntilSettled(SimulationView view) {
        clickButton(view, "Step");
        await(view.session());
    }

    /** Picks an item of the view's combo that lists it: a click opens the list, the keyboard chooses. */
    private void choose(SimulationView view, String label) {
        Combo combo = Widgets.all(view.contents(), Combo.class).stream()
                .filter(c -> Arrays.asList(c.getItems()).contains(label)).findFirst().orElseThrow();
        scene.user.click(combo);
        scene.user.key("Home");
        for (int i = 0; i < combo.indexOf(label); i++) {
            scene.user.key("Down");
        }
        scene.user.key("Return");
        assertEquals(label, combo.getText());
    }

    private void selectNode(SimulationView view, String hostname) {
        Table nodes = Widgets.all(view.contents(), Table.class).get(0);
        for (TableItem item : nodes.getItems()) {
            if (item.getText(0).replaceAll(" M\\*?$", "").equals(hostname)) {
                scene.user.click(nodes, item.getBounds(0));
                assertEquals(1, nodes.getSelectionCount());
                return;
            }
        }
        throw new AssertionError("no node " + hostname);
    }

    private static NodeState nodeState(SimulationSession session, String hostname) {
        return session.observedState().getNodes().stream()
                .filter(status -> status.getNode() != null && hostname.equals(status.getNode().getHostname()))
                .map(status -> status.getState()).findFirst().orElseThrow();
    }

    /** Lets the UI run until the simulation has done what it was asked. */
    private void await(SimulationSession session) {
        var idle = session.idle();
        scene.user.waitUntil(idle::isDone, TIMEOUT_MILLIS, "the simulation did not answer");
        scene.settle();
    }
}
