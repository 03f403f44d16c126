package flotilla.ui.graph;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The canvas' scrollbars as a second way to move the viewport. They span the diagram plus wherever the
 * view is now, so panning off the edge still works and the thumb never jumps back. They are classic bars
 * beside the diagram: GTK's overlay bars show only while the pointer rests on the edge, so a diagram taller
 * than the view (the 50-node example's nodes sit below its services) gave no sign that it went on.
 */
final class ScrollBars {

    /** Scroll wheel and scrollbar step in pixels. */
    static final int STEP = 40;
    /** Below this width or height the canvas has no room for classic bars (GTK complains on stderr). */
    private static final int ROOM_FOR_BARS = 100;

    private final Canvas canvas;
    private final Viewport viewport;

    ScrollBars(Canvas canvas, Viewport viewport) {
        this.canvas = canvas;
        this.viewport = viewport;
        canvas.setScrollbarsMode(SWT.NONE);
        canvas.getHorizontalBar().setVisible(false);
        canvas.getVerticalBar().setVisible(false);
        canvas.addListener(SWT.Resize, event -> showWhenThereIsRoom());
        canvas.getHorizontalBar().addListener(SWT.Selection, event -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, event -> scrolled());
    }

    /** A canvas just created, or squeezed by the user, is smaller than the bars themselves: none until it grows. */
    private void showWhenThereIsRoom() {
        Point size = canvas.getSize();
        boolean room = size.x >= ROOM_FOR_BARS && size.y >= ROOM_FOR_BARS;
        if (canvas.getVerticalBar().getVisible() != room) {
            canvas.getHorizontalBar().setVisible(room);
            canvas.getVerticalBar().setVisible(room);
        }
    }

    /** Brings the bars in line with the viewport and the diagram's size. */
    void update(GraphModel model) {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        double zoom = viewport.zoom();
        set(canvas.getHorizontalBar(), viewport.originX(), model.width * zoom, client.width);
        set(canvas.getVerticalBar(), viewport.originY(), model.height * zoom, client.height);
    }

    private static void set(ScrollBar bar, double origin, double extent, int visible) {
        int min = (int) Math.floor(Math.min(0, origin));
        int max = (int) Math.ceil(Math.max(extent, origin + visible));
        bar.setValues((int) Math.round(origin), min, Math.max(max, min + 1), Math.max(1, visible), STEP,
                Math.max(1, visible - STEP));
    }

    private void scrolled() {
        viewport.setOrigin(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection());
        canvas.redraw();
    }
}
