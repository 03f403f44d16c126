package flotilla.ui.graph;

import org.eclipse.swt.widgets.Event;

/** Middle-drag, or Space and drag: the diagram follows the pointer, pixel for pixel at any zoom. */
final class PanGesture implements Gesture {

    private final GestureHost host;
    private int lastX;
    private int lastY;

    PanGesture(GestureHost host) {
        this.host = host;
    }

    Gesture begin(Event event) {
        lastX = event.x;
        lastY = event.y;
        return this;
    }

    @Override
    public Gesture drag(Event event) {
        host.viewport().panBy(lastX - event.x, lastY - event.y);
        lastX = event.x;
        lastY = event.y;
        host.viewportChanged();
        return this;
    }

    @Override
    public void release(Event event) {
        // panning needs no ending
    }

    @Override
    public void cancel() {
        // the view stays where it was panned to
    }
}
