package flotilla.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
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

import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;
import flotilla.ui.UserScene;
import flotilla.ui.Widgets;
import flotilla.ui.WorkspaceLogGuard;

/** The Resilience view, used as a user would: open a model, click Analyze, read the coloured table. */
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
}
