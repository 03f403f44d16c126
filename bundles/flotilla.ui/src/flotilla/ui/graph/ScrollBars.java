package flotilla.ui.graph;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The canvas' scrollbars as a second way to move the viewport. They span the diagram plus wherever the
 * view is now, so panning off the edge still works and the thumb never jumps back.
 */
final class ScrollBars {

    /** Scroll wheel and scrollbar step in pixels. */
    static final int STEP = 40;

    private final Canvas canvas;
    private final Viewport viewport;

    ScrollBars(Canvas canvas, Viewport viewport) {
        this.canvas = canvas;
        this.viewport = viewport;
        canvas.getHorizontalBar().addListener(SWT.Selection, event -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, event -> scrolled());
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
