package flotilla.ui.graph;

import java.util.Map;

import org.eclipse.swt.graphics.Point;

/**
 * The shapes a drag moved, each with its new position relative to its parent (the same convention as
 * {@link IPositionStore}), and the distance dragged in diagram units; the element of the innermost shape
 * under the pointer at the release, where the shapes were before the move ({@code null}: empty space);
 * and the chip the drag started on ({@code null} when it started elsewhere on the shape).
 */
public record MoveEvent(GraphViewer viewer, Map<Object, Point> positions, int dx, int dy, Object target,
        ShapeChip chip) {
}
