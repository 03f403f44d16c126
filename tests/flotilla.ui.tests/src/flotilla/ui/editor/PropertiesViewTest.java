package flotilla.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;
import flotilla.ui.UserInput;
import flotilla.ui.UserScene;
import flotilla.ui.Widgets;
import flotilla.ui.WorkspaceLogGuard;

/**
 * Editing in the Properties view with mouse and keyboard: click a shape, click a value, type, Enter or
 * Tab, Ctrl+Z. Every edit typed there used to re-apply itself until the stack overflowed.
 */
@ExtendWith(WorkspaceLogGuard.class)
class PropertiesViewTest {

    @TempDir
    Path folder;

    private UserScene scene;

    @BeforeEach
    void openTheTutorialSwarm() throws Exception {
        Path file = folder.resolve("swarm-tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), file);
        scene = new UserScene(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).open(file);
        scene.properties();
    }

    @AfterEach
    void closeEditors() {
        scene.page.closeAllEditors(false);
        scene.user.settle();
    }

    @Test
    void hostnameTypedIntoThePropertiesCellIsOneUndoableCommandNotAStackOverflow() {
        Node worker = scene.cluster().getNodes().get(1);
        CommandStack stack = scene.editor.getEditingDomain().getCommandStack();
        scene.clickShape(worker);
        assertSame(worker, ((IStructuredSelection) scene.editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement(), "clicking the node's shape selects it");
        assertEquals("worker1", scene.propertyValue("Hostname"));

        scene.editProperty("Hostname", "edge1", "Return");

        assertEquals("edge1", worker.getHostname());
        assertEquals("edge1", scene.propertyValue("Hostname"), "the sheet shows the new value");
        assertTrue(scene.viewer().getShownText(worker).contains("edge1"), scene.viewer().getShownText(worker));
        assertTrue(scene.editor.isDirty());
        Screenshots.capture(scene.window.getShell(), "properties-hostname-typed");

        stack.undo();
        scene.settle();
        assertEquals("worker1", worker.getHostname(), "one Undo takes the whole edit back");
        assertFalse(stack.canUndo(), "the edit ran more than one command");
        assertEquals("worker1", scene.propertyValue("Hostname"));
        assertTrue(scene.viewer().getShownText(worker).contains("worker1"), scene.viewer().getShownText(worker));
        assertFalse(scene.editor.isDirty());
    }

    @Test
    void replicasTabbedOutOfTheCellAreUndoneAndRedoneByKeyboard() {
        Service frontier = scene.cluster().getServices().get(3);
        scene.clickShape(frontier);
        assertEquals("3", scene.propertyValue("Replicas"));

        scene.editProperty("Replicas", "10", "Tab");
        assertEquals(10, frontier.getReplicas());
        assertEquals(10, scene.diagram().tasks().stream().filter(task -> task.service() == frontier).count(),
                "the diagram places the new replicas at once");

        // Ctrl+Z right away, the Properties view still focused: it undoes on the editor's stack.
        scene.undoByKeyboard();
        assertEquals(3, frontier.getReplicas());
        assertEquals(3, scene.diagram().tasks().stream().filter(task -> task.service() == frontier).count());
        assertEquals("3", scene.propertyValue("Replicas"));
        // Ctrl+Y on the diagram brings it back.
        scene.clickEmptyCanvas().redoByKeyboard();
        assertEquals(10, frontier.getReplicas());
        assertEquals(10, scene.diagram().tasks().stream().filter(task -> task.service() == frontier).count());
    }

    @Test
    void aPortIsAddedFromThePropertiesViewInOneUndoableCommand() {
        Service web = scene.cluster().getServices().get(2);
        assertEquals("my-web", web.getName());
        int ports = web.getPorts().size();
        CommandStack stack = scene.editor.getEditingDomain().getCommandStack();
        scene.clickShape(web);
        assertTrue(scene.propertyValue("Ports").contains("8080->80/tcp"), scene.propertyValue("Ports"));

        // The row's "..." button opens the list; Add, then Escape closes it.
        scene.user.whenDialogOpens("Ports of", dialog -> {
            Button add = Widgets.all(dialog, Button.class).stream()
                    .filter(button -> button.getText().startsWith("Add ")).findFirst().orElseThrow();
            List<Object> gestures = new ArrayList<>(UserInput.clickArgs(add));
            gestures.addAll(List.of("key", "Escape"));
            return gestures.toArray();
        });
        scene.openPropertyDialog("Ports");
        assertEquals(ports + 1, web.getPorts().size(), "Add in the Ports dialog added a port");
        String focus = String.valueOf(scene.window.getShell().getDisplay().getFocusControl());
        assertTrue(stack.canUndo());

        // Ctrl+Z right away, where the dialog left the keyboard: the Properties view.
        scene.undoByKeyboard();
        assertEquals(ports, web.getPorts().size(), "one Undo takes the added port back; focus was on " + focus);
        assertFalse(stack.canUndo(), "adding the port ran more than one command");
        scene.redoByKeyboard();
        assertEquals(ports + 1, web.getPorts().size(), "Ctrl+Y adds the port again");
        assertEquals(ports + 1, scene.propertyValue("Ports").split(", ").length, scene.propertyValue("Ports"));
    }

    @Test
    void clickingAListRowShowsItsElementsAsTheRowDidNotTheirJavaNames() {
        Service web = scene.cluster().getServices().get(2);
        scene.clickShape(web);
        String shown = scene.propertyValue("Ports");
        assertTrue(shown.contains("8080->80/tcp"), shown);
        Tree tree = scene.clickPropertyValue("Ports");
        scene.user.waitUntil(() -> openCell(tree) != null, 5_000, "clicking the Ports value opened no cell editor");
        Label cell = openCell(tree);
        Screenshots.capture(scene.window.getShell(), "properties-ports-cell-editor");
        assertEquals(shown, cell.getText(), "the open cell reads as the row did");
        scene.user.key("Escape");
    }

    @Test
    void anEditTypedIntoPropertiesLeavesExitAndTheSavePromptWorking() {
        Node worker = scene.cluster().getNodes().get(2);
        scene.clickShape(worker);
        scene.editProperty("Hostname", "edge2", "Return");
        assertEquals("edge2", worker.getHostname());
        // The workbench still runs commands: the editor saves, and closing it asks nothing once saved.
        scene.editor.doSave(null);
        assertFalse(scene.editor.isDirty());
        assertTrue(scene.page.closeEditor(scene.editor, true));
    }

    /** The label a list row's cell editor shows beside its "..." button, once the cell editor is open. */
    private static Label openCell(Tree tree) {
        return Widgets.all(tree, Label.class).stream().filter(Label::isVisible).findFirst().orElse(null);
    }
}
