package flotilla.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;
import flotilla.ui.UserScene;
import flotilla.ui.Widgets;
import flotilla.ui.WorkspaceLogGuard;

/**
 * The Simulation and Swarm Console views with real pointer and key events: the clock keeps running
 * through a Restart, the timeline stays where the user scrolled it while events come in, and a command
 * typed at the console fails the way docker's does, without a script's line number, and a line wider than the
 * console scrolls into view with its horizontal bar.
 */
@ExtendWith(WorkspaceLogGuard.class)
class SimulationAsTheUserRunsItTest {

    private static final long TIMEOUT_MILLIS = 30_000;

    @TempDir
    Path folder;

    private UserScene scene;

    @BeforeEach
    void openTheWalkthroughSwarm() throws Exception {
        Path file = folder.resolve("swarm-tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), file);
        scene = new UserScene(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).open(file);
    }

    @AfterEach
    void closeEverything() {
        SimulationView view = (SimulationView) scene.page.findView(SimulationView.ID);
        if (view != null && view.session() != null) {
            view.session().pause();
        }
        scene.page.closeAllEditors(false);
        for (String id : new String[]{SimulationView.ID, ConsoleView.ID}) {
            if (scene.page.findView(id) != null) {
                scene.page.hideView(scene.page.findView(id));
            }
        }
        scene.user.settle();
    }

    @Test
    void restartWhilePlayingKeepsTheClockRunningAndTheTimelineStaysWhereTheUserScrolled() throws Exception {
        SimulationView view = show(SimulationView.ID, SimulationView.class);
        SimulationSession session = start(view);
        clickButton(view, "Play");
        assertTrue(session.isPlaying(), "Play runs the clock");

        Table timeline = timeline(view);
        scene.user.waitUntil(() -> timeline.getItemCount() > 20, TIMEOUT_MILLIS, "the timeline stayed short");
        scene.user.click(timeline, 20, timeline.getHeaderHeight() + timeline.getItemHeight() / 2);
        scene.user.key("ctrl+Home");
        scene.settle();
        assertEquals(0, timeline.getTopIndex(), "Ctrl+Home scrolled the timeline to its first event");
        int seen = timeline.getItemCount();
        clickButton(view, "Restart");
        assertTrue(session.isPlaying(), "Restart keeps the clock running");
        assertEquals("Pause", button(view, "Pause").getText());
        scene.user.waitUntil(() -> session.observedState() != null && session.observedState().getEvents().size() > 5,
                TIMEOUT_MILLIS, "the restarted swarm logged nothing");
        scene.settle();
        assertEquals(0, timeline.getTopIndex(),
                "new events (" + seen + " then " + timeline.getItemCount() + ") left the scrolled timeline alone");
        Screenshots.capture(scene.window.getShell(), "user-simulation-restarted-playing");
    }

    @Test
    void aFailingCommandTypedAtTheConsoleReadsAsDockerPrintsIt() throws Exception {
        SimulationView simulation = show(SimulationView.ID, SimulationView.class);
        clickButton(simulation, "Start");
        var started = simulation.session().idle();
        scene.user.waitUntil(started::isDone, TIMEOUT_MILLIS, "no start");
        ConsoleView console = show(ConsoleView.ID, ConsoleView.class);
        scene.user.click(console.input());
        scene.user.type("docker service ps nosuch").key("Return");
        StyledText output = console.output();
        scene.user.waitUntil(() -> output.getText().contains("nosuch\n") || output.getText().contains("no such"),
                TIMEOUT_MILLIS, "the console printed nothing: " + output.getText());
        scene.settle();
        String text = output.getText();
        assertTrue(text.contains("no such service: nosuch"), text);
        assertFalse(text.contains("line 1:"), "a typed command has no script line: " + text);
        Screenshots.capture(scene.window.getShell(), "user-console-error");
    }

    @Test
    void aLineWiderThanTheConsoleGetsAHorizontalScrollBarTheUserCanDrag() throws Exception {
        ConsoleView console = show(ConsoleView.ID, ConsoleView.class);
        StyledText output = console.output();
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 240; i++) {
            words.append(" segment").append(i);
        }
        String line = words.toString().strip();
        scene.user.click(console.input());
        scene.user.type("echo " + line).key("Return");
        scene.user.waitUntil(() -> output.getText().contains("\n" + line + "\n"), TIMEOUT_MILLIS,
                "the console did not print the line: " + output.getText());
        scene.settle();
        int printed = output.getLineAtOffset(output.getText().indexOf("\n" + line + "\n") + 1);
        assertEquals(line, output.getLine(printed), "the long line stays one line, unwrapped");
        assertTrue(output.getLinePixel(printed + 1) - output.getLinePixel(printed) < 2 * output.getLineHeight(),
                "the long line takes one row on screen");

        ScrollBar bar = output.getHorizontalBar();
        assertTrue(bar.isVisible(), "a line wider than the console shows a horizontal scroll bar");
        assertTrue(bar.getThumb() < bar.getMaximum(),
                "the thumb (" + bar.getThumb() + ") is shorter than the bar (" + bar.getMaximum() + ")");
        assertTrue(output.getClientArea().height + bar.getSize().y <= output.getSize().y,
                "the bar has its own strip under the text, drawn before the pointer comes near (not an overlay "
                        + "over the last line): text " + output.getClientArea() + ", bar " + bar.getSize()
                        + ", console " + output.getSize());
        assertEquals(0, output.getHorizontalPixel());
        Rectangle thumb = bar.getThumbBounds();
        assertTrue(thumb.width > 0 && thumb.height > 0, "the thumb is drawn: " + thumb);
        Point grab = new Point(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
        Rectangle client = output.getClientArea();
        scene.user.drag(output, grab, output, new Point(grab.x + client.width, grab.y));
        scene.settle();
        assertTrue(output.getHorizontalPixel() > 0, "dragging the thumb to the right scrolled the console sideways");
        Rectangle end = output.getTextBounds(output.getOffsetAtLine(printed) + line.length() - 1,
                output.getOffsetAtLine(printed) + line.length() - 1);
        assertTrue(end.x + end.width <= client.x + client.width,
                "the end of the long line came into view: " + end + " in " + client);
        Screenshots.capture(scene.window.getShell(), "user-console-long-line");
    }

    @Test
    void aTaskOnANodeThatWentDownShowsItsDesiredShutdownInView() throws Exception {
        SimulationView view = show(SimulationView.ID, SimulationView.class);
        startAndPickWorker1(view);
        Table tasks = Widgets.all(view.contents(), Table.class).get(1);
        clickButton(view, "Down");
        clickButton(view, "Play");
        int desired = columnIndex(tasks, "Desired");
        scene.user.waitUntil(
                () -> tasks.getItemCount() > 0 && Arrays.stream(tasks.getItems())
                        .allMatch(item -> item.getText(desired).equals("Shutdown")),
                TIMEOUT_MILLIS, "the tasks on worker1 were not shut down once it went down");
        scene.settle();
        Screenshots.capture(scene.window.getShell(), "user-simulation-node-down-tasks");
        Rectangle cell = tasks.getItem(0).getBounds(desired);
        assertTrue(cell.x + cell.width <= tasks.getClientArea().width,
                "the Desired column (" + cell + ") is in view without scrolling the table ("
                        + tasks.getClientArea() + ")");
    }

    @Test
    void theSimulationTablesFitTheirContentScrollSidewaysAndKeepAColumnTheUserWidened() throws Exception {
        SimulationView view = show(SimulationView.ID, SimulationView.class);
        Table nodes = startAndPickWorker1(view);
        Table tasks = Widgets.all(view.contents(), Table.class).get(1);
        clickButton(view, "Step");
        scene.settle();
        Screenshots.capture(scene.window.getShell(), "user-simulation-columns-fit");
        for (Table table : List.of(nodes, tasks)) {
            assertColumnsFit(table);
            int total = Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).sum();
            ScrollBar bar = table.getHorizontalBar();
            assertNotNull(bar, "the table " + table.getColumn(0).getText() + " can scroll sideways");
            if (total > table.getClientArea().width) {
                assertTrue(bar.isVisible(), "columns " + total + " px wide in a " + table.getClientArea().width
                        + " px table show a horizontal scroll bar");
                assertTrue(table.getClientArea().height + bar.getSize().y <= table.getSize().y,
                        "the bar has its own strip, drawn before the pointer comes near: rows "
                                + table.getClientArea() + ", bar " + bar.getSize() + ", table " + table.getSize());
            }
        }

        // The user widens the Node column by dragging its header's right edge; a refresh keeps that width.
        TableColumn first = nodes.getColumn(0);
        int before = first.getWidth();
        Rectangle client = nodes.getClientArea();
        int headerY = client.y < 0 ? client.y / 2 : nodes.getHeaderHeight() / 2;
        scene.user.drag(nodes, new Point(before - 1, headerY), nodes, new Point(before + 60, headerY));
        scene.settle();
        int widened = first.getWidth();
        assertTrue(widened > before + 20, "dragging the header edge widened the column: " + before + " -> " + widened);
        clickButton(view, "Step");
        scene.settle();
        assertEquals(widened, first.getWidth(), "a refresh kept the width the user gave the column");
        assertColumnsFit(tasks);
        Screenshots.capture(scene.window.getShell(), "user-simulation-column-widened");
    }

    @Test
    void anEditInPropertiesAfterTheSimulationStartedIsNoticedInTheConsoleAtOnceAndOncePerStart() throws Exception {
        ConsoleView console = show(ConsoleView.ID, ConsoleView.class);
        SimulationView view = show(SimulationView.ID, SimulationView.class);
        SimulationSession session = start(view);
        StyledText output = console.output();
        assertFalse(output.getText().contains(ConsoleView.CHANGED_NOTICE), "nothing changed yet: " + output.getText());

        Service frontier = scene.cluster().getServices().stream().filter(s -> s.getName().equals("frontier"))
                .findFirst().orElseThrow();
        scene.clickShape(frontier).editProperty("Replicas", "5", "Tab");
        assertEquals(5, frontier.getReplicas());
        scene.user.waitUntil(() -> output.getText().contains(ConsoleView.CHANGED_NOTICE), TIMEOUT_MILLIS,
                "the console did not say the model changed: " + output.getText());
        scene.clickShape(frontier).editProperty("Replicas", "6", "Tab");
        scene.undoByKeyboard();
        scene.settle();
        assertEquals(1, occurrences(output.getText(), ConsoleView.CHANGED_NOTICE),
                "one notice for a burst of edits, not one per edit: " + output.getText());
        assertEquals("", console.input().getText(), "the user typed nothing at the console");
        show(ConsoleView.ID, ConsoleView.class);
        Screenshots.capture(scene.window.getShell(), "user-console-model-changed");

        show(SimulationView.ID, SimulationView.class);
        clickButton(view, "Restart");
        scene.user.waitUntil(() -> !session.isModelChangedSinceStart(), TIMEOUT_MILLIS, "no restart");
        scene.clickShape(frontier).editProperty("Replicas", "4", "Tab");
        scene.user.waitUntil(() -> occurrences(output.getText(), ConsoleView.CHANGED_NOTICE) == 2, TIMEOUT_MILLIS,
                "an edit after the restart was not noticed again: " + output.getText());
    }

    /** Clicks Start and waits until the simulation has started; answers its session. */
    private SimulationSession start(SimulationView view) {
        SimulationSession session = view.session();
        clickButton(view, "Start");
        var started = session.idle();
        scene.user.waitUntil(() -> started.isDone() && session.observedState() != null, TIMEOUT_MILLIS,
                "the simulation did not start");
        return session;
    }

    /**
     * Clicks Start, waits for the simulation, then clicks worker1's row in the nodes table until the tasks table
     * lists its tasks; answers the nodes table.
     */
    private Table startAndPickWorker1(SimulationView view) {
        start(view);
        var tables = Widgets.all(view.contents(), Table.class);
        Table nodes = tables.get(0);
        Table tasks = tables.get(1);
        TableItem worker1 = Arrays.stream(nodes.getItems()).filter(item -> item.getText(0).equals("worker1"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for worker1"));
        scene.user.click(nodes, worker1.getBounds(0));
        scene.user.waitUntil(() -> tasks.getItemCount() > 0, TIMEOUT_MILLIS, "worker1 shows no tasks");
        return nodes;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** Every column at least as wide as its title and its widest cell text. */
    private static void assertColumnsFit(Table table) {
        GC gc = new GC(table);
        try {
            gc.setFont(table.getFont());
            for (int c = 0; c < table.getColumnCount(); c++) {
                TableColumn column = table.getColumn(c);
                int widest = gc.textExtent(column.getText()).x;
                String widestText = column.getText();
                for (TableItem item : table.getItems()) {
                    int w = gc.textExtent(item.getText(c)).x;
                    if (w > widest) {
                        widest = w;
                        widestText = item.getText(c);
                    }
                }
                assertTrue(column.getWidth() >= widest, "column " + column.getText() + " (" + column.getWidth()
                        + " px) holds its widest text \"" + widestText + "\" (" + widest + " px)");
            }
        } finally {
            gc.dispose();
        }
    }

    private static int columnIndex(Table table, String title) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private <T> T show(String id, Class<T> type) throws PartInitException {
        T view = assertInstanceOf(type, scene.page.showView(id));
        scene.settle();
        return view;
    }

    private void clickButton(SimulationView view, String text) {
        scene.user.click(button(view, text));
        scene.settle();
    }

    private static Button button(SimulationView view, String text) {
        return Widgets.all(view.contents(), Button.class).stream().filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static Table timeline(SimulationView view) {
        var tables = Widgets.all(view.contents(), Table.class);
        return tables.get(tables.size() - 1);
    }
}
