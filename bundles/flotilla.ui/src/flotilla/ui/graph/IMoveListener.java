package flotilla.ui.graph;

/**
 * Told when the user dragged shapes to new places. The viewer does not keep the move by itself: a
 * listener that accepts it records the positions in the viewer's {@link IPositionStore}, and the viewer
 * then draws the shapes there; otherwise they go back.
 */
@FunctionalInterface
public interface IMoveListener {

    void shapesMoved(MoveEvent event);
}
