package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.util.SafeRunnable;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * Dragging the selection. While it runs, dashed outlines show where the selected shapes would go
 * (those inside another selected shape move with it, so only the outer ones are drawn). On release
 * the move is reported to the {@link IMoveListener}s with the new positions, the shape under the
 * pointer and the chip the drag started on; the viewer keeps nothing itself and re-reads the position
 * store, so shapes stay where a listener stored them and go back otherwise.
 */
final class MoveGesture implements Gesture {

    private final GestureHost host;
    private final List<IMoveListener> listeners = new ArrayList<>();
    private Set<GraphNode> moving = Set.of();
    private ShapeChip chip;
    private int pressX;
    private int pressY;
    private int dx;
    private int dy;

    MoveGesture(GestureHost host) {
        this.host = host;
    }

    void addListener(IMoveListener listener) {
        listeners.add(listener);
    }

    void removeListener(IMoveListener listener) {
        listeners.remove(listener);
    }

    /** Starts moving the selection from a press at (pressX, pressY); the pointer is now at the event's point. */
    Gesture begin(ShapeChip pressedChip, int fromX, int fromY, Event event) {
        chip = pressedChip;
        pressX = fromX;
        pressY = fromY;
        moving = host.selection().movableNodes(host.model());
        return drag(event);
    }

    /** The shapes being dragged, empty when no move runs. */
    Set<GraphNode> dragged() {
        return moving;
    }

    /** How far the drag has gone, in diagram units. */
    int dx() {
        return dx;
    }

    int dy() {
        return dy;
    }

    @Override
    public Gesture drag(Event event) {
        dx = (int) Math.round((event.x - pressX) / host.viewport().zoom());
        dy = (int) Math.round((event.y - pressY) / host.viewport().zoom());
        host.canvas().redraw();
        return this;
    }

    @Override
    public void release(Event event) {
        Set<GraphNode> moved = moving;
        moving = Set.of();
        if (dx == 0 && dy == 0 || moved.isEmpty()) {
            return;
        }
        Map<Object, Point> positions = new LinkedHashMap<>();
        for (GraphNode node : moved) {
            positions.put(node.element, new Point(node.x + dx, node.y + dy));
        }
        GraphNode under = host.nodeAt(event.x, event.y);
        MoveEvent move = new MoveEvent(host.viewer(), positions, dx, dy, under != null ? under.element : null, chip);
        dx = 0;
        dy = 0;
        chip = null;
        for (IMoveListener listener : List.copyOf(listeners)) {
            SafeRunnable.run(() -> listener.shapesMoved(move));
        }
        // The listeners stored what they accepted: draw shapes there, and the rest where they were.
        host.applyPositions();
    }

    @Override
    public void cancel() {
        moving = Set.of();
        chip = null;
    }
}
