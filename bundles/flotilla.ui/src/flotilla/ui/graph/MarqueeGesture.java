package flotilla.ui.graph;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * A drag that starts on empty space: a rubber-band rectangle that, on release, selects every shape
 * wholly inside it. A plain press clears the selection first; with Ctrl or Shift the shapes are added.
 */
final class MarqueeGesture implements Gesture {

    private final GestureHost host;
    private Rectangle area;
    private int pressX;
    private int pressY;

    MarqueeGesture(GestureHost host) {
        this.host = host;
    }

    Gesture begin(Event event) {
        pressX = event.x;
        pressY = event.y;
        area = new Rectangle(event.x, event.y, 0, 0);
        GraphSelection selection = host.selection();
        if ((event.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0 && !selection.isEmpty()) {
            selection.clear();
            selection.setFocus(null);
            selection.changed();
        }
        return this;
    }

    /** The rectangle in canvas coordinates, {@code null} when no marquee runs. */
    Rectangle area() {
        return area;
    }

    @Override
    public Gesture drag(Event event) {
        area = new Rectangle(Math.min(pressX, event.x), Math.min(pressY, event.y), Math.abs(event.x - pressX),
                Math.abs(event.y - pressY));
        host.canvas().redraw();
        return this;
    }

    @Override
    public void release(Event event) {
        Rectangle dragged = area;
        area = null;
        if (dragged == null || dragged.width < 2 && dragged.height < 2) {
            return;
        }
        Viewport viewport = host.viewport();
        Point from = viewport.toModel(dragged.x, dragged.y);
        Point to = viewport.toModel(dragged.x + dragged.width, dragged.y + dragged.height);
        GraphSelection selection = host.selection();
        if ((event.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0) {
            selection.clear();
        }
        for (GraphNode node : host.model().nodes) {
            if (node.ax >= from.x && node.ay >= from.y && node.ax + node.width <= to.x
                    && node.ay + node.height <= to.y) {
                selection.add(node.element);
            }
        }
        selection.focusFirst();
        selection.changed();
    }

    @Override
    public void cancel() {
        area = null;
    }
}
