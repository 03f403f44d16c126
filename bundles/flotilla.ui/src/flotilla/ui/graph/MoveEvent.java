package flotilla.ui.graph;

import java.util.Map;

import org.eclipse.swt.graphics.Point;

/**
 * The shapes a drag moved, each with its new position relative to its parent (the same convention as
 * {@link IPositionStore}), and the distance dragged in diagram units.
 */
public record MoveEvent(GraphViewer viewer, Map<Object, Point> positions, int dx, int dy) {
}
