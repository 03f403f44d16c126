package flotilla.ui.graph;

import org.eclipse.swt.graphics.Point;

/**
 * Where the user put shapes, kept by the layer above the viewer (for instance as diagram notation). The
 * viewer only reads it: after each layout a shape with a stored position is drawn there instead of where
 * the layout put it. A position is relative to the top-left corner of the parent shape, or of the
 * diagram for a top-level shape.
 */
@FunctionalInterface
public interface IPositionStore {

    /** The pinned position of {@code element}, or {@code null} to let the layout place it. */
    Point getPosition(Object element);
}
