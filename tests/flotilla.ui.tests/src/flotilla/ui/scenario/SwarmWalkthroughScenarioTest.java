package flotilla.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.Service;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;
import flotilla.ui.UserInput;
import flotilla.ui.UserScene;
import flotilla.ui.Widgets;
import flotilla.ui.WorkspaceLogGuard;
import flotilla.ui.diagram.DiagramTask;
import flotilla.ui.simulation.SimulationSession;
import flotilla.ui.simulation.SimulationView;

/**
 * Docker's swarm mode walkthrough built from an empty model with mouse and keyboard only (pointer and key
 * events made by the X server): three nodes dragged from the palette and renamed in Properties; the overlay
 * network renamed mynet there (the Properties view scrolled with the wheel to its row); the service frontier
 * from the palette, named, given its image and 3 replicas in Properties, attached to mynet with the Connect
 * tool, scaled to 10 in Properties and pinned to the workers by dropping it on worker1 and answering the pin
 * dialog. Each step is undone (Ctrl+Z) and redone (Ctrl+Y) and saved (Ctrl+S); after each, the model, the
 * diagram and the saved file. Then Ctrl+W, File > Open Recent, and the Simulation view: Start, a crash, a
 * node down and up again, picked in its nodes table and done with its buttons. Screenshots of every step
 * land in target/screenshots/walkthrough-*.png.
 */
@ExtendWith(WorkspaceLogGuard.class)
class SwarmWalkthroughScenarioTest {

    @TempDir
    Path folder;

    private UserScene scene;
    private Path file;
    private int step;

    @AfterEach
    void closeEverything() {
        scene.page.closeAllEditors(false);
        scene.user.settle();
    }

    @Test
    void walkthroughSwarmBuiltEditedSavedReopenedAndSimulatedWithMouseAndKeyboardOnly() throws Exception {
        file = folder.resolve("walkthrough.flotilla");
        Models.save(Models.newCluster("walkthrough"), file);
        scene = new UserScene(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).open(file);
        scene.properties();
        Cluster cluster = scene.cluster();
        screenshot("empty");

        // Three nodes dragged from the palette onto the canvas, renamed in Properties.
        String[] hostnames = {"manager1", "worker1", "worker2"};
        for (int i = 0; i < hostnames.length; i++) {
            int before = i;
            scene.dragPalette("Node", scene.roomFor(280, 60, 30, false));
            assertEquals(before + 1, cluster.getNodes().size(), "the palette drag added a node");
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
            Cluster saved = save();
            assertEquals(List.of(hostnames).subList(0, i + 1),
                    saved.getNodes().stream().map(Node::getHostname).toList());
            screenshot("node-" + name);
        }
        assertEquals(NodeRole.MANAGER, cluster.getNodes().get(0).getRole(), "the first node manages the swarm");
        assertEquals(NodeRole.WORKER, cluster.getNodes().get(2).getRole());
        assertEquals(NodeRole.MANAGER, save().getNodes().get(0).getRole());

        // The overlay network mynet.
        int swarmNetworks = cluster.getNetworks().size(); // ingress and docker_gwbridge, which swarm makes itself
        scene.dragPalette("Network", scene.roomFor(160, 40, 30, true));
        assertEquals(swarmNetworks + 1, cluster.getNetworks().size(), "the palette drag added a network");
        Network mynet = cluster.getNetworks().get(swarmNetworks);
        assertEquals(NetworkDriver.OVERLAY, mynet.getDriver());
        undoRedo(() -> cluster.getNetworks().size() == swarmNetworks,
                () -> cluster.getNetworks().size() == swarmNetworks + 1);
        screenshot("network-created");
        String givenNetwork = mynet.getName();
        scene.clickShape(mynet).editProperty("Name", "mynet", "Return");
        assertEquals("mynet", mynet.getName());
        assertShown(mynet, "mynet");
        undoRedo(() -> givenNetwork.equals(mynet.getName()), () -> "mynet".equals(mynet.getName()));
        assertEquals(NetworkDriver.OVERLAY, network(save(), "mynet").getDriver());
        screenshot("network-mynet");

        // The service frontier: from the palette, named, its image and replicas typed in Properties.
        scene.dragPalette("Service", scene.roomFor(200, 60, 30, true));
        assertEquals(1, cluster.getServices().size(), "the palette drag added a service");
        Service frontier = cluster.getServices().get(0);
        undoRedo(() -> cluster.getServices().isEmpty(), () -> cluster.getServices().size() == 1);
        scene.clickShape(frontier).editProperty("Name", "frontier", "Return");
        scene.editProperty("Image", "nginx", "Return");
        scene.editProperty("Replicas", "3", "Return");
        assertEquals("frontier", frontier.getName());
        assertEquals("nginx", frontier.getImage());
        assertEquals(3, frontier.getReplicas());
        assertShown(frontier, "frontier");
        assertTasks(frontier, 3);
        undoRedo(() -> frontier.getReplicas() == 1 && "nginx".equals(frontier.getImage()),
                () -> frontier.getReplicas() == 3);
        assertTasks(frontier, 3);
        Service savedFrontier = service(save(), "frontier");
        assertEquals("nginx", savedFrontier.getImage());
        assertEquals(3, savedFrontier.getReplicas());
        screenshot("service-frontier");

        // Connected to mynet with the palette's Connect tool: a drag from the service onto the network.
        scene.clickPalette("Connect").dragShape(frontier, mynet).clickPalette("Select");
        assertEquals(List.of(mynet), frontier.getNetworks().stream().map(NetworkAttachment::getNetwork).toList(),
                "the connect drag attached frontier to mynet");
        NetworkAttachment attachment = frontier.getNetworks().get(0);
        assertNotNull(scene.viewer().getRoute(attachment), "the diagram draws no edge from frontier to mynet");
        undoRedo(() -> frontier.getNetworks().isEmpty(), () -> frontier.getNetworks().size() == 1);
        assertEquals(List.of("mynet"), service(save(), "frontier").getNetworks().stream()
                .map(a -> a.getNetwork().getName()).toList());
        screenshot("frontier-on-mynet");

        // Scaled from 3 to 10 replicas in Properties.
        scene.clickShape(frontier).editProperty("Replicas", "10", "Return");
        assertEquals(10, frontier.getReplicas());
        assertTasks(frontier, 10);
        undoRedo(() -> frontier.getReplicas() == 3, () -> frontier.getReplicas() == 10);
        assertTasks(frontier, 10);
        assertEquals(10, service(save(), "frontier").getReplicas());
        screenshot("frontier-scaled-to-10");

        // Pinned by dropping it on a node: the pin dialog asks how, the user picks the workers' role.
        Node worker1 = cluster.getNodes().get(1);
        String byRole = "node.role == worker";
        scene.user.whenDialogOpens("Pin frontier", dialog -> {
            Button radio = Widgets.all(dialog, Button.class).stream().filter(b -> byRole.equals(b.getText()))
                    .findFirst().orElseThrow(() -> new AssertionError("the pin dialog offers no " + byRole));
            List<Object> gestures = new ArrayList<>(UserInput.clickArgs(radio));
            gestures.add("key");
            gestures.add("Return");
            return gestures.toArray();
        });
        scene.dragShape(frontier, worker1);
        assertEquals(List.of(byRole), constraints(frontier), "the drop on worker1 pinned frontier by role");
        assertTasksOn(frontier, Set.of("worker1", "worker2"));
        undoRedo(() -> frontier.getConstraints().isEmpty(), () -> constraints(frontier).equals(List.of(byRole)));
        assertTasksOn(frontier, Set.of("worker1", "worker2"));
        assertEquals(List.of(byRole), constraints(service(save(), "frontier")));
        screenshot("frontier-pinned-to-workers");

        // Closed (Ctrl+W) and opened again from File > Open Recent: the same model and diagram.
        scene.clickEmptyCanvas().user.key("ctrl+w");
        scene.user.waitUntil(() -> scene.page.getEditorReferences().length == 0, 10_000, "Ctrl+W closed no editor");
        Menu file = scene.window.getShell().getMenuBar().getItem(0).getMenu();
        scene.user.key("alt+f").waitUntil(file::isVisible, 10_000, "Alt+F opened no File menu");
        Menu recent = List.of(file.getItems()).stream().filter(i -> i.getText().contains("Recent")).findFirst()
                .orElseThrow(() -> new AssertionError("no File > Open Recent")).getMenu();
        scene.user.key("r").waitUntil(recent::isVisible, 10_000, "R in the File menu opened no Open Recent");
        assertTrue(List.of(recent.getItems()).stream().anyMatch(i -> i.getText().startsWith("&1 walkthrough.flotilla")),
                "Open Recent offers " + List.of(recent.getItems()));
        screenshot("open-recent");
        scene.user.key("Right").key("Return"); // into the submenu, on its first entry
        scene.user.waitUntil(() -> scene.page.getActiveEditor() != null, 10_000,
                "File > Open Recent opened no editor");
        scene.reopened();
        Cluster reopened = scene.cluster();
        assertEquals(List.of(hostnames), reopened.getNodes().stream().map(Node::getHostname).toList());
        Service again = service(reopened, "frontier");
        assertEquals(10, again.getReplicas());
        assertEquals(List.of(byRole), constraints(again));
        assertEquals("mynet", again.getNetworks().get(0).getNetwork().getName());
        assertShown(again, "frontier");
        assertShown(network(reopened, "mynet"), "mynet");
        assertTasksOn(again, Set.of("worker1", "worker2"));
        assertTasks(again, 10);
        screenshot("reopened");

        simulate(reopened, again);
    }

    /**
     * The Simulation view: Start, then crash worker1's containers, take worker2 down and bring it up again,
     * each picked in the nodes table and done with the view's buttons; the swarm runs until it settles
     * after each, and the diagram (in Simulated mode) shows where frontier's tasks run.
     */
    private void simulate(Cluster cluster, Service frontier) throws Exception {
        SimulationView view = (SimulationView) scene.page.showView(SimulationView.ID, null,
                IWorkbenchPage.VIEW_VISIBLE);
        scene.settle();
        SimulationSession session = view.session();
        assertNotNull(session, "the Simulation view follows the open model");
        clickButton(view, "Start");
        var started = session.idle();
        scene.user.waitUntil(() -> started.isDone() && session.snapshot() != null, 30_000,
                "the simulation did not start");
        chooseStep(view, "until settled");
        stepUntilSettled(view, session);
        scene.clickToolbar("Simulated");
        assertEquals(10, running(session, "frontier").size(),
                "frontier runs 10 tasks: " + running(session, "frontier"));
        assertTrue(running(session, "frontier").values().stream().allMatch(h -> h.startsWith("worker")),
                "pinned to the workers: " + running(session, "frontier"));
        assertEquals(10, shownRunning(frontier).size(), "the simulated diagram shows 10 running frontier tasks");
        screenshot("simulation-started");

        Map<String, String> before = running(session, "frontier");
        pickNode(view, "worker1");
        clickButton(view, "Crash");
        stepUntilSettled(view, session);
        Map<String, String> afterCrash = running(session, "frontier");
        assertEquals(10, afterCrash.size(), "the crashed tasks were replaced: " + afterCrash);
        assertTrue(before.entrySet().stream().filter(t -> "worker1".equals(t.getValue()))
                .noneMatch(t -> afterCrash.containsKey(t.getKey())), "the tasks that ran on worker1 were replaced");
        // swarm's scheduler puts a node with 5 recent failures of the service last: the new tasks avoid worker1.
        assertTrue(afterCrash.values().stream().allMatch("worker2"::equals),
                "the replacements run on worker2: " + afterCrash);
        assertEquals(10, shownRunning(frontier).stream().filter(t -> "worker2".equals(t.node().getHostname()))
                .count(), "the diagram shows the 10 tasks on worker2");
        screenshot("simulation-worker1-crashed");

        pickNode(view, "worker2");
        clickButton(view, "Down");
        stepUntilSettled(view, session);
        assertEquals("down", nodeStatus(session, "worker2"));
        Map<String, String> afterDown = running(session, "frontier");
        assertEquals(10, afterDown.size(), "the tasks of worker2 were rescheduled: " + afterDown);
        assertTrue(afterDown.values().stream().allMatch("worker1"::equals),
                "with worker2 down, every task runs on worker1, the one worker left: " + afterDown);
        assertEquals(10, shownRunning(frontier).stream().filter(t -> "worker1".equals(t.node().getHostname()))
                .count(), "the diagram shows the 10 tasks on worker1");
        screenshot("simulation-worker2-down");

        pickNode(view, "worker2");
        clickButton(view, "Up");
        stepUntilSettled(view, session);
        assertEquals("ready", nodeStatus(session, "worker2"));
        Map<String, String> afterUp = running(session, "frontier");
        assertEquals(afterDown, afterUp, "swarm does not move running tasks back to a node that returns");
        screenshot("simulation-worker2-up");
        session.pause();
    }

    private void clickButton(SimulationView view, String text) {
        Button button = Widgets.all(view.contents(), Button.class).stream().filter(b -> text.equals(b.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("the Simulation view has no button " + text));
        scene.user.waitUntil(button::isEnabled, 30_000, "the button " + text + " stayed disabled");
        scene.user.click(button);
        scene.settle();
    }

    /** Picks a step size in the view's combo as a user does: opens its list, goes to the entry, presses Return. */
    private void chooseStep(SimulationView view, String label) {
        Combo combo = Widgets.all(view.contents(), Combo.class).stream()
                .filter(c -> List.of(c.getItems()).contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no step choice " + label));
        scene.user.click(combo);
        scene.user.key("End", "Return");
        scene.user.waitUntil(() -> label.equals(combo.getText()), 10_000,
                "the step combo shows " + combo.getText() + ", not " + label);
    }

    /** Steps with the view's Step button (set to "until settled") and waits until the swarm has settled. */
    private void stepUntilSettled(SimulationView view, SimulationSession session) {
        var before = session.idle();
        scene.user.waitUntil(before::isDone, 30_000, "the simulation stayed busy");
        clickButton(view, "Step");
        var stepped = session.idle(); // queued behind the step
        scene.user.waitUntil(() -> stepped.isDone() && session.snapshot().settled(), 60_000,
                "the simulated swarm did not settle");
        scene.settle();
    }

    /** Clicks a node's row in the Simulation view's nodes table. */
    private void pickNode(SimulationView view, String hostname) {
        Table nodes = Widgets.all(view.contents(), Table.class).get(0);
        TableItem row = List.of(nodes.getItems()).stream().filter(i -> i.getText(0).startsWith(hostname)).findFirst()
                .orElseThrow(() -> new AssertionError("the nodes table has no row " + hostname));
        scene.user.click(nodes, row.getBounds(0));
        scene.user.waitUntil(() -> nodes.getSelectionCount() == 1 && nodes.getSelection()[0] == row, 5_000,
                "the click did not pick " + hostname);
    }

    /** Running tasks of a service in the simulated swarm: task id to hostname. */
    private static Map<String, String> running(SimulationSession session, String service) {
        Map<String, String> running = new TreeMap<>();
        session.snapshot().tasks().stream().filter(t -> service.equals(t.service()) && t.isRunning())
                .forEach(t -> running.put(t.id(), t.hostname()));
        return running;
    }

    private static String nodeStatus(SimulationSession session, String hostname) {
        return session.snapshot().nodes().stream().filter(n -> hostname.equals(n.hostname())).findFirst()
                .orElseThrow().status();
    }

    private List<DiagramTask> shownRunning(Service service) {
        Set<Object> shown = Set.copyOf(scene.viewer().getShownElements());
        return scene.diagram().tasks().stream().filter(t -> t.service() == service && t.isRunning())
                .filter(shown::contains).toList();
    }

    /** The diagram shows {@code replicas} tasks of the service (computed by the engine in Desired mode). */
    private void assertTasks(Service service, int replicas) {
        scene.settle();
        List<DiagramTask> tasks = scene.diagram().tasks().stream().filter(t -> t.service() == service).toList();
        assertEquals(replicas, tasks.size(), "the diagram's tasks of " + service.getName() + ": " + tasks);
        assertTrue(scene.diagram().statusText().contains(" placed"), scene.diagram().statusText());
    }

    /** Every task of the service the diagram shows sits on one of these nodes. */
    private void assertTasksOn(Service service, Set<String> hostnames) {
        scene.settle();
        List<DiagramTask> tasks = scene.diagram().tasks().stream().filter(t -> t.service() == service).toList();
        assertTrue(!tasks.isEmpty() && tasks.stream().allMatch(t -> t.node() != null
                && hostnames.contains(t.node().getHostname())), "tasks not on " + hostnames + ": " + tasks);
    }

    private static List<String> constraints(Service service) {
        return service.getConstraints().stream().map(Constraint::getExpression).toList();
    }

    private static Service service(Cluster cluster, String name) {
        return cluster.allServices().stream().filter(s -> name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + name + " in the model"));
    }

    private static Network network(Cluster cluster, String name) {
        return cluster.allNetworks().stream().filter(n -> name.equals(n.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no network " + name + " in the model"));
    }

    /** Ctrl+S on the diagram, as a user saves after a step; answers what the file now holds. */
    private Cluster save() throws Exception {
        scene.clickEmptyCanvas();
        scene.user.key("ctrl+s");
        scene.user.waitUntil(() -> !scene.editor.isDirty(), 10_000, "Ctrl+S did not save");
        return Models.load(file);
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

    private void screenshot(String name) {
        // The pointer rests on the status line, as a hand off the mouse: no tooltip covers what is shown.
        Shell shell = scene.window.getShell();
        scene.user.moveTo(shell, 5, shell.getClientArea().height - 5);
        Screenshots.capture(scene.window.getShell(), String.format("walkthrough-%02d-%s", ++step, name));
    }

}
