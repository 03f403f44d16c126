package flotilla.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;

import flotilla.model.Cluster;
import flotilla.ui.editor.ModelEditor;
import flotilla.ui.editor.ModelEditors;
import flotilla.ui.graph.GraphViewer;

/** A model editor opened on a file, showing its diagram, with helpers to wait and to drive the canvas. */
final class DiagramScene {

    final IWorkbenchWindow window;
    final ModelEditor editor;
    final DiagramPage page;
    final GraphViewer viewer;
    final Control canvas;
    final Display display;

    DiagramScene(IWorkbenchWindow window, Path file) {
        this.window = window;
        IEditorPart part = ModelEditors.open(window, file);
        assertNotNull(part);
        editor = assertInstanceOf(ModelEditor.class, part);
        page = editor.diagram();
        viewer = page.viewer();
        canvas = viewer.getControl();
        display = canvas.getDisplay();
        settle();
    }

    Cluster cluster() {
        return (Cluster) editor.root();
    }

    /** Waits until the placement is computed and the last layout applied. */
    DiagramScene settle() {
        long until = System.currentTimeMillis() + 60_000;
        do {
            while (display.readAndDispatch()) {
                // drain
            }
            if (System.currentTimeMillis() > until) {
                fail("the diagram did not settle within 60 s");
            }
            sleep(5);
            while (display.readAndDispatch()) {
                // drain
            }
        } while (page.isBusy());
        return this;
    }

    /** The centre of an element's shape in canvas coordinates. */
    Point center(Object element) {
        Rectangle bounds = viewer.getBounds(element);
        assertNotNull(bounds, "no shape for " + element);
        return viewer.getViewport().toScreen(bounds.x + bounds.width / 2.0, bounds.y + bounds.height / 2.0);
    }

    /** Presses at {@code from}, drags in two steps to {@code to} and releases. */
    void drag(Point from, Point to) {
        mouse(SWT.MouseDown, from.x, from.y);
        mouse(SWT.MouseMove, (from.x + to.x) / 2, (from.y + to.y) / 2);
        mouse(SWT.MouseMove, to.x, to.y);
        mouse(SWT.MouseUp, to.x, to.y);
        settle();
    }

    void mouse(int type, int x, int y) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.stateMask = type == SWT.MouseDown ? 0 : SWT.BUTTON1;
        canvas.notifyListeners(type, event);
    }

    void key(int keyCode) {
        Event event = new Event();
        event.keyCode = keyCode;
        canvas.notifyListeners(SWT.KeyDown, event);
        settle();
    }

    void undo() {
        editor.getEditingDomain().getCommandStack().undo();
        settle();
    }

    void redo() {
        editor.getEditingDomain().getCommandStack().redo();
        settle();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
