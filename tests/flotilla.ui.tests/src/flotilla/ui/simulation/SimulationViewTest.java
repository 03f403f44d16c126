package flotilla.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.observed.ClusterState;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;
import flotilla.observed.Task;
import flotilla.observed.TaskState;
import flotilla.ui.Screenshots;
import flotilla.ui.Widgets;
import flotilla.ui.diagram.DiagramPage;
import flotilla.ui.diagram.DiagramTask;
import flotilla.ui.editor.ModelEditor;
import flotilla.ui.editor.ModelEditors;
import flotilla.ui.observed.IObservedStateProvider;

/**
 * The walkthrough swarm simulated in the workbench, driven through the Simulation and Console views'
 * widgets: a node's containers crash and heal, a node goes down and its tasks move, commands run in the
 * console with history and completion.
 */
class SimulationViewTest {

    private static final long TIMEOUT_MILLIS = 30_000;

    @TempDir
    Path folder;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private ModelEditor editor;

    @BeforeEach
    void openTheWalkthroughSwarm() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        Path file = folder.resolve("swarm-tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), file);
        editor = assertInstanceOf(ModelEditor.class, ModelEditors.open(window, file));
    }

    @AfterEach
    void closeEverything() {
        page.closeAllEditors(false);
        for (String id : List.of(SimulationView.ID, ConsoleView.ID)) {
            if (page.findView(id) != null) {
                page.hideView(page.findView(id));
            }
        }
    }

    @Test
    void crashedContainersAreReplacedInTheirSlotsAfterTheRestartDelay() throws Exception {
        SimulationView view = showView(SimulationView.ID, SimulationView.class);
        SimulationSession session = view.session();
        assertNull(session.observedState(), "nothing runs before Start");
        assertSame(session, editor.getAdapter(IObservedStateProvider.class));
        List<ClusterState> told = new ArrayList<>();
        session.addObservedStateListener(() -> told.add(session.observedState()));

        press(view, "Start");
        await(session.idle());
        settle(view);
        assertFalse(told.isEmpty(), "listeners were told");
        assertSame(session.observedState(), told.get(told.size() - 1));
        assertEquals("Restart", button(view, "Restart").getText());
        capture(view, "simulation-started");

        List<Task> onWorker1 = running(session.observedState()).stream()
                .filter(t -> t.getNode().getHostname().equals("worker1")).toList();
        assertFalse(onWorker1.isEmpty());
        selectNode(view, "worker1");
        press(view, "Crash");
        await(session.idle());
        ClusterState crashed = session.observedState();
        for (Task old : onWorker1) {
            assertEquals(TaskState.FAILED, task(crashed, old.getId()).getCurrentState());
        }
        assertTrue(tableTexts(view, 2).stream().anyMatch(row -> row.contains("Failed")), "the task list shows it");
        capture(view, "simulation-crash");

        chooseStep(view, "by 1 s");
        press(view, "Step");
        await(session.idle());
        for (Task old : onWorker1) {
            assertTrue(replacements(session.observedState(), old).stream()
                    .noneMatch(t -> t.getCurrentState() == TaskState.RUNNING), "within the 5 s restart delay");
        }

        settle(view);
        ClusterState healed = session.observedState();
        for (Task old : onWorker1) {
            List<Task> now = replacements(healed, old).stream().filter(t -> t.getCurrentState() == TaskState.RUNNING)
                    .toList();
            assertEquals(1, now.size(), old.getService().getName() + "." + old.getSlot());
            assertNotEquals(old.getId(), now.get(0).getId());
        }
        assertEquals(9, running(healed).size());
        List<String> timeline = tableTexts(view, 3);
        assertTrue(timeline.stream().anyMatch(row -> row.contains("worker1: ") && row.contains("containers died")),
                timeline.toString());
        capture(view, "simulation-crash-healed");
    }

    @Test
    void theDiagramShowsTheReplacedTasksAfterACrash() {
        SimulationView view = showView(SimulationView.ID, SimulationView.class);
        SimulationSession session = view.session();
        press(view, "Start");
        await(session.idle());
        settle(view);
        DiagramPage diagram = editor.diagram();
        diagram.setSimulated(true);
        awaitLayout(diagram);
        List<DiagramTask> before = diagram.tasks();
        assertEquals(9, before.size());
        List<DiagramTask> crashed = before.stream().filter(t -> t.node().getHostname().equals("worker1")).toList();
        assertFalse(crashed.isEmpty());

        selectNode(view, "worker1");
        press(view, "Crash");
        settle(view);
        awaitLayout(diagram);
        List<DiagramTask> after = diagram.tasks();
        assertEquals(9, after.size());
        assertTrue(after.stream().allMatch(DiagramTask::isRunning), after.toString());
        for (DiagramTask old : crashed) {
            DiagramTask now = after.stream().filter(t -> t.service() == old.service() && t.slot() == old.slot())
                    .findFirst().orElseThrow(() -> new AssertionError("slot " + old.name() + " is gone"));
            assertNotEquals(old.id(), now.id(), "a new task in slot " + old.name());
        }
        Screenshots.capture(window.getShell(), "simulation-diagram-healed");
    }

    @Test
    void aNodeDownHasItsTasksRescheduledOnTheOthersAndNotMovedBack() {
        SimulationView view = showView(SimulationView.ID, SimulationView.class);
        SimulationSession session = view.session();
        press(view, "Start");
        await(session.idle());
        settle(view);
        assertTrue(
                running(session.observedState()).stream().anyMatch(t -> t.getNode().getHostname().equals("worker2")));

        selectNode(view, "worker2");
        press(view, "Down");
        settle(view);
        ClusterState state = session.observedState();
        assertEquals(NodeState.DOWN, status(state, "worker2").getState());
        List<Task> running = running(state);
        assertEquals(9, running.size());
        assertTrue(running.stream().noneMatch(t -> t.getNode().getHostname().equals("worker2")));
        assertTrue(tableTexts(view, 1).stream().anyMatch(row -> row.startsWith("worker2") && row.contains("down")
                && row.contains("stopped")), tableTexts(view, 1).toString());
        capture(view, "simulation-node-down");

        press(view, "Up");
        settle(view);
        state = session.observedState();
        assertEquals(NodeState.READY, status(state, "worker2").getState());
        assertTrue(running(state).stream().noneMatch(t -> t.getNode().getHostname().equals("worker2")),
                "swarm does not rebalance");
    }

    @Test
    void drainFromTheContextMenuMovesTasksAndAPartitionEndsWithHeal() {
        SimulationView view = showView(SimulationView.ID, SimulationView.class);
        SimulationSession session = view.session();
        press(view, "Start");
        await(session.idle());
        settle(view);

        selectNode(view, "worker1");
        contextMenu(view, "Drain");
        settle(view);
        ClusterState state = session.observedState();
        assertTrue(running(state).stream().noneMatch(t -> t.getNode().getHostname().equals("worker1")));
        assertEquals(9, running(state).size());
        assertEquals("drain", session.snapshot().node("worker1").availability());
        assertTrue(status(state, "worker1").getMessage().startsWith("drain"));

        contextMenu(view, "Activate");
        selectNode(view, "worker2");
        press(view, "Partition");
        settle(view);
        assertEquals(NodeState.DOWN, status(session.observedState(), "worker2").getState());
        assertTrue(session.snapshot().node("worker2").partitioned());
        assertTrue(
                tableTexts(view, 1).stream().anyMatch(row -> row.startsWith("worker2") && row.contains("partitioned")));
        capture(view, "simulation-partition");

        press(view, "Heal");
        settle(view);
        assertEquals(NodeState.READY, status(session.observedState(), "worker2").getState());
        assertEquals("active", session.snapshot().node("worker1").availability());
    }

    @Test
    void closingTheEditorEndsItsSimulation() {
        SimulationView view = showView(SimulationView.ID, SimulationView.class);
        SimulationSession session = view.session();
        press(view, "Start");
        await(session.idle());
        page.closeEditor(editor, false);
        assertTrue(session.isDisposed());
        assertNull(view.session());
        assertFalse(button(view, "Start").isEnabled());
        assertTrue(session.idle().isCompletedExceptionally(), "no engine work after the end");
    }

    @Test
    void playRunsTheClockAndRestartStartsOverFromTheEditedModel() {
        SimulationView view = showView(SimulationView.ID, SimulationView.class);
        SimulationSession session = view.session();
        press(view, "Start");
        await(session.idle());
        assertEquals(0, session.observedState().getTime());

        press(view, "Play");
        assertTrue(session.isPlaying());
        spin(700);
        press(view, "Pause");
        await(session.idle());
        assertFalse(session.isPlaying());
        assertTrue(session.observedState().getTime() > 0, "virtual time ran");

        Cluster cluster = (Cluster) editor.root();
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), cluster.getServices().get(0),
                flotilla.model.ModelPackage.Literals.SERVICE__REPLICAS, 4));
        assertTrue(session.isModelChangedSinceStart());
        press(view, "Restart");
        settle(view);
        assertEquals(12, running(session.observedState()).size(), "helloworld now has 4 replicas");
    }

    @Test
    void theConsoleRunsSimCommandsWithHistoryAndCompletion() {
        ConsoleView console = showView(ConsoleView.ID, ConsoleView.class);
        SimulationSession session = console.session();
        List<SimulationSession.RequestPath> paths = new ArrayList<>();
        session.addRequestPathListener(paths::add);

        type(console, "docker node ls");
        String output = console.output().getText();
        assertTrue(output.contains("flotilla> docker node ls"), output);
        assertTrue(output.contains("manager1") && output.contains("Leader"), output);
        assertTrue(session.isStarted(), "the first command started the simulation");

        type(console, "sim wait");
        type(console, "docker service ls");
        assertTrue(console.output().getText().contains("frontier"), console.output().getText());

        type(console, "sim node-down nosuch");
        output = console.output().getText();
        int error = output.indexOf("Error: No such node: nosuch");
        assertTrue(error > 0, output);
        StyleRange style = console.output().getStyleRangeAtOffset(error);
        assertNotNull(style, "errors are styled");
        assertEquals(0xC0, style.foreground.getRed(), "errors in red");

        Text input = console.input();
        key(input, SWT.ARROW_UP);
        assertEquals("sim node-down nosuch", input.getText());
        key(input, SWT.ARROW_UP);
        assertEquals("docker service ls", input.getText());
        key(input, SWT.ARROW_DOWN);
        assertEquals("sim node-down nosuch", input.getText());
        key(input, SWT.ARROW_DOWN);
        assertEquals("", input.getText());

        input.setText("docker serv");
        key(input, SWT.TAB);
        assertEquals("docker service ", input.getText());
        input.setText("docker service ps fro");
        key(input, SWT.TAB);
        assertEquals("docker service ps frontier ", input.getText());
        input.setText("sim crash wor");
        key(input, SWT.TAB);
        assertEquals("sim crash worker", input.getText());
        assertTrue(console.output().getText().contains("worker1  worker2"), "the candidates are listed");
        input.setText("docker network inspect my");
        key(input, SWT.TAB);
        assertEquals("docker network inspect mynet ", input.getText());

        type(console, "sim curl worker1:80");
        output = console.output().getText();
        assertTrue(output.matches("(?s).*frontier\\.\\d \\(\\w+\\) on \\w+.*"), output);
        assertEquals(1, paths.size());
        SimulationSession.RequestPath path = paths.get(0);
        assertTrue(path.answered());
        assertEquals(4, path.path().size(), path.toString());
        assertEquals("worker1", assertInstanceOf(Node.class, path.path().get(0)).getHostname());
        assertTrue(assertInstanceOf(Network.class, path.path().get(1)).isIngress());
        Task answered = assertInstanceOf(Task.class, path.path().get(2));
        assertEquals("frontier", answered.getService().getName());
        // The listener heard the path as it was; the session keeps it in the current state's terms.
        Task current = assertInstanceOf(Task.class, session.lastRequest().path().get(2));
        assertEquals(answered.getId(), current.getId());
        assertTrue(session.observedState().getTasks().contains(current), "a task of the current observed state");
        assertSame(answered.getNode(), path.path().get(3));
        assertTrue(output.contains("# path: worker1 \u2192 ingress \u2192 frontier."), output);
        Screenshots.capture(window.getShell(), "simulation-console");

        type(console, "sim curl worker1:9999");
        assertFalse(session.lastRequest().answered());
        assertTrue(session.lastRequest().failure().contains("Connection refused"), session.lastRequest().failure());
    }

    // ---- driving the widgets

    /** A screenshot with the view maximized, so its tables are legible, then the layout as it was. */
    private void capture(ViewPart view, String name) {
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.capture(window.getShell(), name);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    private <T extends ViewPart> T showView(String id, Class<T> type) {
        try {
            return type.cast(page.showView(id));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void press(ViewPart view, String label) {
        Button button = button(view, label);
        assertTrue(button.isEnabled(), label + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static Button button(ViewPart view, String label) {
        return widgets(view, Button.class).stream().filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label));
    }

    /** Runs an action of the node table's context menu, as a right click would show it. */
    private static void contextMenu(SimulationView view, String label) {
        Menu menu = widgets(view, Table.class).get(0).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + label));
        assertTrue(item.isEnabled(), label + " is disabled");
        item.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        await(view.session().idle());
    }

    private static void awaitLayout(DiagramPage diagram) {
        long until = System.currentTimeMillis() + TIMEOUT_MILLIS;
        do {
            spin(50);
        } while (diagram.isBusy() && System.currentTimeMillis() < until);
    }

    /** Runs until nothing is due, through the Step button. */
    private static void settle(SimulationView view) {
        chooseStep(view, "until settled");
        press(view, "Step");
        await(view.session().idle());
    }

    private static void chooseStep(SimulationView view, String label) {
        Combo combo = widgets(view, Combo.class).stream().filter(c -> Arrays.asList(c.getItems()).contains(label))
                .findFirst().orElseThrow();
        combo.select(combo.indexOf(label));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static void selectNode(SimulationView view, String hostname) {
        Table nodes = widgets(view, Table.class).get(0);
        for (int i = 0; i < nodes.getItemCount(); i++) {
            if (nodes.getItem(i).getText(0).replaceAll(" M\\*?$", "").equals(hostname)) {
                nodes.setSelection(i);
                nodes.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no node " + hostname);
    }

    /** The rows of the view's n-th table (1: nodes, 2: tasks, 3: timeline), cells joined by tabs. */
    private static List<String> tableTexts(SimulationView view, int n) {
        Table table = widgets(view, Table.class).get(n - 1);
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            rows.add(String.join("\t", cells));
        }
        return rows;
    }

    private static void type(ConsoleView console, String line) {
        console.input().setText(line);
        console.input().notifyListeners(SWT.DefaultSelection, new Event());
        await(console.session().idle());
    }

    private static void key(Text input, int keyCode) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = keyCode == SWT.TAB ? '\t' : '\0';
        input.notifyListeners(SWT.KeyDown, event);
    }

    private static <T extends Control> List<T> widgets(ViewPart view, Class<T> type) {
        Control top = view instanceof SimulationView s ? s.contents() : ((ConsoleView) view).output().getParent();
        return Widgets.all((Composite) top, type);
    }

    /** Lets the UI thread run (the session shows its results there) until the work is done; answers its result. */
    static <T> T await(CompletableFuture<T> work) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!work.isDone()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the simulation did not answer within " + TIMEOUT_MILLIS + " ms");
            }
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
        while (display.readAndDispatch()) {
            // Let the views catch up with what was shown.
        }
        return work.join();
    }

    private static void spin(long millis) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- reading the observed state

    /** Tasks that run and are meant to: what `docker service ls` counts. */
    private static List<Task> running(ClusterState state) {
        return state.getTasks().stream().filter(t -> t.getCurrentState() == TaskState.RUNNING
                && t.getDesiredState() == TaskState.RUNNING).toList();
    }

    private static Task task(ClusterState state, String id) {
        return state.getTasks().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    private static List<Task> replacements(ClusterState state, Task old) {
        return state.getTasks().stream().filter(t -> t.getService() == old.getService() && t.getSlot() == old.getSlot()
                && !t.getId().equals(old.getId())).toList();
    }

    private static NodeStatus status(ClusterState state, String hostname) {
        return state.getNodes().stream().filter(n -> n.getNode().getHostname().equals(hostname)).findFirst()
                .orElseThrow();
    }
}
