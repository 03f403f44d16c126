package flotilla.ui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;

import flotilla.model.Cluster;
import flotilla.ui.diagram.DiagramCommands;
import flotilla.ui.diagram.DiagramPage;
import flotilla.ui.editor.ModelEditor;
import flotilla.ui.editor.ModelEditors;
import flotilla.ui.graph.GraphViewer;

/**
 * The workbench window as a user sees it, with a model open: shapes on the diagram, rows in the
 * Properties view, the palette. Every gesture goes through {@link UserInput}: pointer and key events
 * made by the X server.
 */
public final class UserScene {

    public final IWorkbenchWindow window;
    public final IWorkbenchPage page;
    public final UserInput user;
    public ModelEditor editor;

    public UserScene(IWorkbenchWindow window) {
        this.window = window;
        this.page = window.getActivePage();
        this.user = new UserInput(window.getShell().getDisplay());
        // The whole screen, as a user's maximized window: the diagram and Properties have room.
        window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
        window.getShell().forceActive();
        user.settle();
    }

    /** Opens a model file on its diagram and waits until it is laid out. */
    public UserScene open(Path file) {
        IEditorPart part = ModelEditors.open(window, file);
        assertNotNull(part, "no editor opened " + file);
        editor = assertInstanceOf(ModelEditor.class, part);
        return settle();
    }

    /** Takes the active editor as the scene's, once the user opened the model again (e.g. File > Open Recent). */
    public UserScene reopened() {
        editor = assertInstanceOf(ModelEditor.class, page.getActiveEditor());
        return settle();
    }

    public Cluster cluster() {
        return (Cluster) editor.root();
    }

    public DiagramPage diagram() {
        return editor.diagram();
    }

    public GraphViewer viewer() {
        return editor.diagram().viewer();
    }

    public Control canvas() {
        return viewer().getControl();
    }

    /** Waits until events are handled, the placement is computed and the last layout applied. */
    public UserScene settle() {
        user.settle();
        if (editor != null && !editor.diagram().getControl().isDisposed()) {
            user.waitUntil(() -> !editor.diagram().isBusy(), 60_000, "the diagram did not settle within 60 s");
        }
        user.settle();
        return this;
    }

    // ---- The diagram -----------------------------------------------------------------------------------

    /** The centre of an element's shape, in canvas coordinates; fails when the diagram does not draw it. */
    public Point center(Object element) {
        Rectangle bounds = viewer().getBounds(element);
        assertNotNull(bounds, "the diagram draws no shape for " + element);
        return viewer().getViewport().toScreen(bounds.x + bounds.width / 2.0, bounds.y + bounds.height / 2.0);
    }

    /** A point inside the element's shape just below its top edge: on the title, clear of its children. */
    public Point title(Object element) {
        Rectangle bounds = viewer().getBounds(element);
        assertNotNull(bounds, "the diagram draws no shape for " + element);
        return viewer().getViewport().toScreen(bounds.x + bounds.width / 2.0, bounds.y + 8);
    }

    /**
     * Where to press on an element's shape: its title, brought into view first the way a user would, with
     * the toolbar's Fit, when the diagram is larger than the canvas.
     */
    public Point visibleTitle(Object element) {
        Rectangle client = ((org.eclipse.swt.widgets.Scrollable) canvas()).getClientArea();
        if (!client.contains(title(element))) {
            clickToolbar("Fit");
        }
        Point at = title(element);
        assertTrue(client.contains(at), "even fitted, the diagram shows " + element + " outside the canvas");
        return at;
    }

    public UserScene clickShape(Object element) {
        Point at = visibleTitle(element);
        user.click(canvas(), at.x, at.y);
        return diagramFocused();
    }

    /**
     * Waits until a click on the canvas has given it the keyboard and made the editor the active part: on a
     * loaded machine the focus arrives after the click's own events, and a key pressed before goes nowhere.
     */
    private UserScene diagramFocused() {
        user.waitUntil(() -> canvas().isFocusControl() && page.getActivePart() == editor, 10_000,
                "the click on the diagram did not give it the keyboard; focus on "
                        + canvas().getDisplay().getFocusControl() + ", active part " + page.getActivePart());
        return settle();
    }

    /** Clicks where the diagram draws nothing: the canvas gets the focus, nothing stays selected. */
    public UserScene clickEmptyCanvas() {
        Rectangle area = ((org.eclipse.swt.widgets.Scrollable) canvas()).getClientArea();
        // Clear of the edges: GTK's overlay scroll bars, shown a while after the pointer moved, take a press
        // there and leave the keyboard where it was.
        for (int y = area.height - 30; y > 0; y -= 20) {
            for (int x = area.width - 30; x > 0; x -= 20) {
                if (viewer().elementAt(x, y) == null) {
                    user.click(canvas(), x, y);
                    return diagramFocused();
                }
            }
        }
        fail("the diagram has no empty spot");
        return this;
    }

    /** Clicks a palette item by its text (Select, Connect, Node, Service, Network). */
    public UserScene clickPalette(String text) {
        ToolItem item = paletteItem(text);
        user.click(item.getParent(), item.getBounds());
        return settle();
    }

    /** Drags a palette item (Node, Service, Network) onto the canvas and drops it at a canvas point. */
    public UserScene dragPalette(String text, Point to) {
        ToolItem item = paletteItem(text);
        user.drag(item.getParent(), center(item.getBounds()), canvas(), to);
        return settle();
    }

    /** A point of the canvas where the diagram draws nothing, at least {@code margin} pixels from any shape. */
    public Point emptySpot(int margin) {
        Rectangle area = ((org.eclipse.swt.widgets.Scrollable) canvas()).getClientArea();
        for (int y = area.height - margin; y > margin; y -= 10) {
            for (int x = margin; x < area.width - margin; x += 10) {
                if (clear(x, y, margin)) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("the diagram has no empty spot");
    }

    /**
     * Where a user drops a new shape: a canvas point with room to its right and below for a shape of this
     * size (a drop puts the shape's top-left corner there), {@code margin} pixels clear of every shape and
     * of the canvas edges: nearest the top-left, or with {@code low} nearest the bottom-left (below the
     * nodes, which grow downwards as tasks land on them).
     */
    public Point roomFor(int width, int height, int margin, boolean low) {
        Rectangle area = ((org.eclipse.swt.widgets.Scrollable) canvas()).getClientArea();
        List<Rectangle> taken = new ArrayList<>();
        for (Object element : viewer().getShownElements()) {
            Rectangle b = viewer().getBounds(element);
            if (b != null) {
                Point topLeft = viewer().getViewport().toScreen(b.x, b.y);
                double zoom = viewer().getZoom();
                taken.add(new Rectangle(topLeft.x - margin, topLeft.y - margin,
                        (int) Math.ceil(b.width * zoom) + 2 * margin, (int) Math.ceil(b.height * zoom) + 2 * margin));
            }
        }
        int rows = (area.height - height - 2 * margin) / 10;
        for (int row = 0; row <= rows; row++) {
            int y = low ? area.height - height - margin - 10 * row : margin + 10 * row;
            for (int x = margin; x + width + margin <= area.width; x += 10) {
                Rectangle room = new Rectangle(x, y, width, height);
                if (taken.stream().noneMatch(room::intersects)) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("the diagram has no room for a " + width + "x" + height + " shape");
    }

    private boolean clear(int x, int y, int margin) {
        for (int dy = -margin; dy <= margin; dy += margin) {
            for (int dx = -margin; dx <= margin; dx += margin) {
                if (viewer().elementAt(x + dx, y + dy) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    private ToolItem paletteItem(String text) {
        return Arrays.stream(diagram().paletteItem(DiagramCommands.Kind.NODE).getParent().getItems())
                .filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no palette item " + text));
    }

    /** Clicks a tool of the diagram's toolbar by its text (Desired, Simulated, Counts, Fit). */
    public UserScene clickToolbar(String text) {
        for (ToolBar bar : Widgets.all((Composite) diagram().getControl(), ToolBar.class)) {
            for (ToolItem item : bar.getItems()) {
                if (text.equals(item.getText())) {
                    user.click(bar, item.getBounds());
                    return settle();
                }
            }
        }
        throw new AssertionError("no toolbar item " + text);
    }

    /** Presses on one shape, drags and releases on another (a move, or a connection in Connect mode). */
    public UserScene dragShape(Object from, Object to) {
        visibleTitle(from);
        user.drag(canvas(), visibleTitle(from), canvas(), visibleTitle(to));
        return settle();
    }

    private static Point center(Rectangle bounds) {
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    /** Presses Ctrl+Z on the diagram, as a user who just made a change does. */
    public UserScene undoByKeyboard() {
        user.key("ctrl+z");
        return settle();
    }

    public UserScene redoByKeyboard() {
        user.key("ctrl+y");
        return settle();
    }

    // ---- The Properties view ---------------------------------------------------------------------------

    /** Shows the Properties view without taking the focus from the editor. */
    public Tree properties() {
        try {
            IViewPart view = page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
            settle();
            return assertInstanceOf(Tree.class, ((PropertySheet) view).getCurrentPage().getControl());
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }

    /** The row of a property by its display name, expanding categories as a user would. */
    public TreeItem propertyRow(String name) {
        Tree tree = properties();
        List<String> seen = new ArrayList<>();
        TreeItem row = find(tree.getItems(), name, seen);
        if (row == null) {
            fail("the Properties view has no row '" + name + "': " + seen + "; active part "
                    + page.getActivePart().getSite().getId() + ", editor selection "
                    + editor.getSite().getSelectionProvider().getSelection());
        }
        return row;
    }

    /** The text the Properties view shows as a property's value. */
    public String propertyValue(String name) {
        return propertyRow(name).getText(1);
    }

    /**
     * Scrolls the Properties view to a property's row, as a user would, and clicks its value cell; answers the
     * Properties tree.
     */
    public Tree clickPropertyValue(String name) {
        TreeItem row = propertyRow(name);
        Tree tree = row.getParent();
        scrollTo(row);
        user.click(tree, row.getBounds(1));
        return tree;
    }

    /** Clicks a property's value cell, types {@code text} over its value and presses {@code finish} (Return, Tab). */
    public UserScene editProperty(String name, String text, String finish) {
        Tree tree = clickPropertyValue(name);
        // The cell editor is a control inside the tree; until it has the keyboard, typing goes elsewhere
        // (e.g. to the diagram, which had the focus before the click).
        user.waitUntil(() -> isCellEditor(tree.getDisplay().getFocusControl(), tree), 5_000,
                "clicking the value of '" + name + "' opened no cell editor");
        user.type(text).key(finish); // the cell editor opens with its value selected: typing replaces it
        // The sheet takes the value when the key closes the cell editor: the next gesture comes after that.
        user.waitUntil(() -> !isCellEditor(tree.getDisplay().getFocusControl(), tree), 5_000,
                finish + " left the cell editor of '" + name + "' open");
        return settle();
    }

    /** Clicks a property's row and then the "..." button its cell editor shows (lists open a dialog). */
    public UserScene openPropertyDialog(String name) {
        Tree tree = clickPropertyValue(name);
        Button more = Widgets.all(tree, Button.class).stream().filter(Button::isVisible).findFirst()
                .orElseThrow(() -> new AssertionError("the row '" + name + "' shows no ... button"));
        user.click(more);
        return settle();
    }

    /**
     * Scrolls the Properties view with the mouse wheel until the row shows whole between the column headers
     * and the bottom edge, as a user does when the view is too short for all the rows.
     */
    private void scrollTo(TreeItem row) {
        Tree tree = row.getParent();
        for (int turns = 0; turns < 30 && !rowShown(row); turns++) {
            Rectangle client = tree.getClientArea();
            user.wheel(tree, client.width / 2, client.y + client.height / 2,
                    row.getBounds(1).y < client.y + tree.getHeaderHeight() ? -1 : 1);
        }
        assertTrue(rowShown(row), "the wheel did not bring the row '" + row.getText(0) + "' into view: row at "
                + row.getBounds(1) + ", tree client area " + tree.getClientArea());
    }

    /**
     * Whether the row shows whole below the column headers. Rows and the client area are in the rows' own
     * coordinates (on GTK the client area starts above 0, where the headers are).
     */
    private static boolean rowShown(TreeItem row) {
        Tree tree = row.getParent();
        Rectangle client = tree.getClientArea();
        Rectangle bounds = row.getBounds(1);
        return bounds.height > 0 && bounds.y >= client.y + tree.getHeaderHeight()
                && bounds.y + bounds.height <= client.y + client.height;
    }

    private static boolean isCellEditor(Control focus, Tree tree) {
        for (Control c = focus; c != null; c = c.getParent()) {
            if (c.getParent() == tree) {
                return true;
            }
        }
        return false;
    }

    private static TreeItem find(TreeItem[] items, String name, List<String> seen) {
        for (TreeItem item : items) {
            seen.add(item.getText(0));
            if (item.getText(0).equals(name)) {
                return item;
            }
        }
        for (TreeItem item : items) {
            if (item.getItemCount() > 0) {
                item.setExpanded(true);
                TreeItem found = find(item.getItems(), name, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
