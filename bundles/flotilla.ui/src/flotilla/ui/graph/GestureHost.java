package flotilla.ui.graph;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;

/**
 * What a gesture may read and ask of the viewer it runs in: the shown graph, the viewport, the
 * selection, and a redraw. Gestures change nothing else; what they mean to the caller's model they
 * report to the viewer's listeners.
 */
interface GestureHost {

    /** The viewer, as the source of the events gestures report. */
    GraphViewer viewer();

    Canvas canvas();

    /** The graph as drawn now. */
    GraphModel model();

    Viewport viewport();

    GraphSelection selection();

    /** Redraws after the viewport moved, bringing the scrollbars along. */
    void viewportChanged();

    /** Re-reads the position store and redraws, without a new layout (after a move). */
    void applyPositions();

    /** The shape under the pointer when no gesture runs, drawn highlighted with its tooltip. */
    void hover(GraphNode node);

    /** The innermost shape at a canvas point, or {@code null}. */
    default GraphNode nodeAt(int controlX, int controlY) {
        Point p = viewport().toModel(controlX, controlY);
        return HitTest.nodeAt(model(), p.x, p.y);
    }

    /** The chip of the shape at a canvas point, or {@code null} when the point is on no chip. */
    default ShapeChip chipAt(int controlX, int controlY) {
        GraphNode node = nodeAt(controlX, controlY);
        Point p = viewport().toModel(controlX, controlY);
        int index = HitTest.chipAt(node, p.x, p.y, viewport().zoom());
        return index < 0 ? null : new ShapeChip(node.element, index);
    }
}
