package flotilla.ui.graph;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * Turns the canvas' mouse events into gestures. A press with the middle button, or with the left while
 * Space is held, pans; a left press on a shape connects in connect mode and selects otherwise (and may
 * become a move); a left press on empty space draws a marquee. Moves feed the running gesture, or
 * hover the shape under the pointer when none runs. The wheel scrolls (Shift: sideways) and Ctrl+wheel
 * zooms around the pointer.
 */
final class PointerInput {

    private final GestureHost host;
    private final SelectGesture select;
    private final MarqueeGesture marquee;
    private final ConnectGesture connect;
    private final PanGesture pan;
    private Gesture running;
    private boolean spaceDown;
    /** What the next left click places, as a diagram point; told {@code null} when it is cancelled. */
    private Consumer<Point> placement;

    PointerInput(GestureHost host, SelectGesture select, MarqueeGesture marquee, ConnectGesture connect,
            PanGesture pan) {
        this.host = host;
        this.select = select;
        this.marquee = marquee;
        this.connect = connect;
        this.pan = pan;
        host.canvas().addListener(SWT.MouseDown, this::mouseDown);
        host.canvas().addListener(SWT.MouseMove, this::mouseMove);
        host.canvas().addListener(SWT.MouseUp, this::mouseUp);
        host.canvas().addListener(SWT.MouseExit, event -> host.hover(null));
        host.canvas().addListener(SWT.MouseVerticalWheel, this::wheel);
        host.canvas().addListener(SWT.MouseHorizontalWheel, this::wheel);
    }

    /** Space held: a left drag pans. */
    void setSpaceDown(boolean down) {
        spaceDown = down;
    }

    /** Escape: the running gesture ends without reporting anything, a pending placement is dropped. */
    void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        placeNext(null);
        host.canvas().redraw();
    }

    /**
     * The next left click on the canvas places something at its diagram point (a palette's creation tool)
     * instead of selecting; the previous placement, if any, is told it was cancelled.
     */
    void placeNext(Consumer<Point> place) {
        Consumer<Point> previous = placement;
        placement = place;
        host.canvas().setCursor(place == null ? null : host.canvas().getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        if (previous != null) {
            previous.accept(null);
        }
    }

    private void mouseDown(Event event) {
        host.canvas().setFocus();
        // A press starts a gesture: the tooltip of the shape pressed on must not follow the drag (or stay
        // over the dialog its drop opens).
        host.hover(null);
        if (event.button == 2 || (event.button == 1 && spaceDown)) {
            running = pan.begin(event);
            return;
        }
        if (event.button != 1) {
            return;
        }
        if (placement != null) {
            Consumer<Point> place = placement;
            placement = null;
            host.canvas().setCursor(null);
            place.accept(host.viewport().toModel(event.x, event.y));
            return;
        }
        GraphNode node = host.nodeAt(event.x, event.y);
        if (node == null) {
            running = marquee.begin(event);
        } else if (connect.isEnabled()) {
            running = connect.begin(node, host.chipAt(event.x, event.y), event);
        } else {
            running = select.begin(node, host.chipAt(event.x, event.y), event);
        }
    }

    private void mouseMove(Event event) {
        if (running == null) {
            host.hover(host.nodeAt(event.x, event.y));
        } else {
            running = running.drag(event);
        }
    }

    private void mouseUp(Event event) {
        Gesture done = running;
        running = null;
        if (done != null) {
            done.release(event);
        }
        host.canvas().redraw();
    }

    private void wheel(Event event) {
        event.doit = false;
        Viewport viewport = host.viewport();
        if ((event.stateMask & SWT.MOD1) != 0) {
            double factor = event.count > 0 ? Viewport.ZOOM_STEP : 1 / Viewport.ZOOM_STEP;
            viewport.zoomAround(viewport.zoom() * factor, event.x, event.y);
        } else if (event.type == SWT.MouseHorizontalWheel || (event.stateMask & SWT.SHIFT) != 0) {
            viewport.panBy(-event.count * ScrollBars.STEP / 3.0, 0);
        } else {
            viewport.panBy(0, -event.count * ScrollBars.STEP / 3.0);
        }
        host.viewportChanged();
    }
}
