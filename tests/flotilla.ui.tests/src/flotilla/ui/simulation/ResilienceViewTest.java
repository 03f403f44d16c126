package flotilla.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import flotilla.engine.analysis.Verdict;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;
import flotilla.ui.UserScene;
import flotilla.ui.Widgets;
import flotilla.ui.WorkspaceLogGuard;
import flotilla.ui.diagram.VerdictColors;
import flotilla.ui.problems.Problem;
import flotilla.ui.problems.ProblemsView;

/**
 * The Resilience view, used as a user would: open a model, click Analyze, read the coloured table; and every single
 * node loss as the workbench shows it without asking: the Problems view warns about the database (its only ssd node
 * is worker1), and the diagram's Heat map, clicked on, paints each node by what losing it does.
 */
@ExtendWith(WorkspaceLogGuard.class)
class ResilienceViewTest {

    private static final long TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private UserScene scene;

    @BeforeEach
    void openTheShop() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        Path file = folder.resolve("shop.flotilla");
        Models.save(ExampleClusters.stackWithDatabase(), file);
        scene = new UserScene(window).open(file);
    }

    @AfterEach
    void closeEverything() {
        page.closeAllEditors(false);
        if (page.findView(ResilienceView.ID) != null) {
            page.hideView(page.findView(ResilienceView.ID));
        }
    }

    @Test
    void clickingAnalyzeShowsEachNodeLossAndColoursTheDatabaseDownWhenItsOnlySsdNodeIsLost() throws Exception {
        ResilienceView view = (ResilienceView) page.showView(ResilienceView.ID);
        Display display = Display.getCurrent();
        Button analyze = Widgets.all((Composite) view.table().getParent(), Button.class).stream()
                .filter(b -> b.getText().equals("Analyze")).findFirst().orElseThrow();
        scene.settle();
        scene.user.click(analyze);
        Table table = view.table();
        long until = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (table.getItemCount() == 0 || !view.status().getText().contains("scenarios")) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no analysis within " + TIMEOUT_MILLIS + " ms: " + view.status().getText());
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        List<String> columns = Arrays.stream(table.getColumns()).map(c -> c.getText()).toList();
        assertEquals(List.of("Scenario", "Verdict", "shop_agent", "shop_db", "shop_server"), columns);
        List<String> scenarios = Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList();
        // First the swarm before any failure, which every scenario is judged against.
        assertEquals(List.of("before any failure", "node manager1", "node worker1", "node worker2"), scenarios);
        assertEquals("1/1", table.getItem(0).getText(3));
        TableItem worker1 = table.getItem(2);
        assertEquals("down", worker1.getText(1));
        assertEquals("0/1", worker1.getText(3));
        assertEquals(new RGB(245, 160, 160), worker1.getBackground(3).getRGB(), "down is red");
        assertTrue(((String) worker1.getData("tip3")).contains("scheduling constraints not satisfied"));
        // The shop's only manager is no quorum to spare: without it nothing replaces the server task it ran.
        assertEquals("not rescheduled (quorum lost)", table.getItem(1).getText(1));
        assertEquals("3 scenarios: 1 keep every service whole, 1 degrade one, 1 take one down.",
                view.status().getText());
        Screenshots.capture(table.getShell(), "resilience-view");
    }

    @Test
    void aProblemCutOffByItsColumnReadsWholeUnderThePointer() throws Exception {
        ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
        page.activate(scene.editor);
        scene.settle();
        scene.user.waitUntil(() -> problems.problems().stream().anyMatch(p -> p.message().contains("does not survive")),
                30_000, "no single-node-loss problem: " + problems.problems());
        scene.settle();
        Table table = problems.viewer().getTable();
        TableItem row = Arrays.stream(table.getItems()).filter(item -> item.getText(2).contains("does not survive"))
                .findFirst().orElseThrow();
        String message = row.getText(2);
        Rectangle cell = row.getBounds(2);
        GC gc = new GC(table);
        int textWidth;
        try {
            textWidth = gc.textExtent(message).x;
        } finally {
            gc.dispose();
        }
        assertTrue(textWidth > cell.width, "the message (" + textWidth + " px) is wider than its cell " + cell);

        scene.user.moveTo(table, cell.x + 20, cell.y + cell.height / 2);
        scene.user.moveTo(table, cell.x + 24, cell.y + cell.height / 2);
        scene.user.waitUntil(() -> tooltipShows(table.getDisplay(), message), 10_000,
                "the pointer over the cut-off message showed no tooltip with all of it");
        Screenshots.capture(scene.window.getShell(), "user-problems-tooltip");
        scene.user.moveTo(scene.canvas(), 5, 5);
    }

    private static boolean tooltipShows(Display display, String text) {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && Widgets.all(shell, Control.class).stream()
                    .anyMatch(c -> c instanceof CLabel styled && text.equals(styled.getText())
                            || c instanceof Label plain && text.equals(plain.getText()))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theProblemsViewWarnsThatTheDatabaseDoesNotSurviveLosingWorker1AndTheHeatMapPaintsItRed() throws Exception {
        ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
        page.activate(scene.editor);
        scene.settle();
        Service db = scene.cluster().allServices().stream().filter(s -> s.qualifiedName().equals("shop_db"))
                .findFirst().orElseThrow();
        scene.user.waitUntil(() -> problems.problems().stream().anyMatch(p -> p.element() == db
                && p.message().contains("does not survive")), 30_000, "no single-node-loss problem for shop_db: "
                        + problems.problems());
        Problem dbProblem = problems.problems().stream()
                .filter(p -> p.element() == db && p.message().contains("does not survive")).findFirst().orElseThrow();
        assertEquals(Diagnostic.WARNING, dbProblem.severity(), dbProblem.toString());
        assertTrue(dbProblem.message().startsWith("shop_db does not survive a single node loss: losing worker1 "
                + "leaves it down (0/1"), dbProblem.message());
        assertTrue(dbProblem.message().contains("scheduling constraints not satisfied"), dbProblem.message());
        // The table the user reads lists it too.
        assertTrue(List.of(problems.viewer().getTable().getItems()).stream()
                .anyMatch(item -> item.getText(2).equals(dbProblem.message())));

        Node worker1 = node("worker1");
        Node worker2 = node("worker2");
        RGB before = pixelInside(worker1);
        scene.clickToolbar("Heat map");
        assertTrue(scene.diagram().isHeatMap());
        assertEquals(VerdictColors.rgb(Verdict.DOWN), pixelInside(worker1), "losing worker1 takes the db down");
        assertNotEquals(before, pixelInside(worker1));
        // The shop's only manager: without it the swarm has no quorum and reschedules nothing.
        assertEquals(VerdictColors.rgb(Verdict.NOT_RESCHEDULED), pixelInside(node("manager1")));
        assertEquals(VerdictColors.rgb(Verdict.WHOLE), pixelInside(worker2), "worker2 can go");
        Screenshots.capture(scene.window.getShell(), "heat-map-and-problems");

        scene.clickToolbar("Heat map");
        assertEquals(before, pixelInside(worker1), "off again: the usual colours");
    }

    private Node node(String hostname) {
        return scene.cluster().getNodes().stream().filter(n -> n.getHostname().equals(hostname)).findFirst()
                .orElseThrow();
    }

    /** The colour on screen just inside the node's left border, half way down: its fill, clear of its tasks. */
    private RGB pixelInside(Node node) {
        Screenshots.flushPaint(scene.canvas().getDisplay());
        Rectangle bounds = scene.viewer().getBounds(node);
        Point at = scene.viewer().getViewport().toScreen(bounds.x + 3, bounds.y + bounds.height / 2.0);
        Control canvas = scene.canvas();
        GC gc = new GC(canvas);
        Image image = new Image(canvas.getDisplay(), 1, 1);
        try {
            gc.copyArea(image, at.x, at.y);
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(0, 0));
        } finally {
            image.dispose();
            gc.dispose();
        }
    }
}
