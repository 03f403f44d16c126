package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.util.SafeRunnable;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * In connect mode, a drag from one shape to another. While it runs, a rubber band runs from the source
 * to the pointer and the shape under the pointer is outlined green when some {@link IConnectListener}
 * would accept the connection, red otherwise. On release over an accepted target each listener that
 * accepts it is told; nothing moves.
 */
final class ConnectGesture implements Gesture {

    private final GestureHost host;
    private final List<IConnectListener> listeners = new ArrayList<>();
    private boolean enabled;
    private GraphNode source;
    private ShapeChip chip;
    private GraphNode target;
    private boolean accepted;
    private int x;
    private int y;

    ConnectGesture(GestureHost host) {
        this.host = host;
    }

    void addListener(IConnectListener listener) {
        listeners.add(listener);
    }

    void removeListener(IConnectListener listener) {
        listeners.remove(listener);
    }

    /** Whether a press on a shape starts this gesture rather than a selection (connect mode). */
    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean connectMode) {
        enabled = connectMode;
    }

    /** Starts from {@code node}, pressed at the event's point, on {@code pressedChip} if not {@code null}. */
    Gesture begin(GraphNode node, ShapeChip pressedChip, Event event) {
        source = node;
        chip = pressedChip;
        Point p = host.viewport().toModel(event.x, event.y);
        x = p.x;
        y = p.y;
        return this;
    }

    /** The shape the drag started on, {@code null} when no connect gesture runs. */
    GraphNode source() {
        return source;
    }

    /** The shape under the pointer, other than the source, or {@code null}. */
    GraphNode target() {
        return target;
    }

    boolean accepted() {
        return accepted;
    }

    /** The pointer, in diagram coordinates. */
    int x() {
        return x;
    }

    int y() {
        return y;
    }

    @Override
    public Gesture drag(Event event) {
        Point p = host.viewport().toModel(event.x, event.y);
        x = p.x;
        y = p.y;
        GraphNode under = host.nodeAt(event.x, event.y);
        target = under != null && under != source ? under : null;
        accepted = target != null && canConnect(event(source, target));
        host.canvas().redraw();
        return this;
    }

    @Override
    public void release(Event event) {
        GraphNode from = source;
        GraphNode to = target;
        ShapeChip pressedChip = chip;
        cancel();
        if (from == null || to == null) {
            return;
        }
        ConnectEvent connection = new ConnectEvent(host.viewer(), from.element, to.element, pressedChip);
        if (!canConnect(connection)) {
            return;
        }
        for (IConnectListener listener : List.copyOf(listeners)) {
            if (listener.canConnect(connection)) {
                SafeRunnable.run(() -> listener.connect(connection));
            }
        }
    }

    @Override
    public void cancel() {
        source = null;
        target = null;
        chip = null;
        accepted = false;
    }

    private ConnectEvent event(GraphNode from, GraphNode to) {
        return new ConnectEvent(host.viewer(), from.element, to.element, chip);
    }

    private boolean canConnect(ConnectEvent connection) {
        for (IConnectListener listener : listeners) {
            if (listener.canConnect(connection)) {
                return true;
            }
        }
        return false;
    }
}
