package flotilla.ui.graph;

import org.eclipse.swt.widgets.Event;

/**
 * A drag on the canvas, from the press that starts it to the release that ends it or the Escape that
 * cancels it. {@link PointerInput} decides which gesture a press starts and runs at most one at a time;
 * each gesture is one class that owns its state and its listeners, and draws its feedback through the
 * viewer's overlay.
 */
interface Gesture {

    /** The pointer moved with the button held; answers the gesture that runs on: this, another, or none. */
    Gesture drag(Event event);

    /** The button was released: the gesture ends and reports what it did. */
    void release(Event event);

    /** Escape: the gesture ends and reports nothing. */
    void cancel();
}
