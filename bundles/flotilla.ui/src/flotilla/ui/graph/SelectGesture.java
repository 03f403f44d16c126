package flotilla.ui.graph;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * A press on a shape: click selects it, Ctrl-click toggles it, Shift-click adds it. Pressing a shape of
 * a multiple selection keeps the selection, so the whole of it can be dragged; releasing without a drag
 * then selects just that shape. Once the pointer has moved {@link #DRAG_THRESHOLD} pixels the press
 * becomes a {@link MoveGesture}, unless Ctrl-click took the shape out of the selection.
 */
final class SelectGesture implements Gesture {

    /** A press that moves less than this many pixels is a click, not a drag. */
    static final int DRAG_THRESHOLD = 4;

    private final GestureHost host;
    private final MoveGesture move;
    private GraphNode pressed;
    private ShapeChip chip;
    private int pressX;
    private int pressY;

    SelectGesture(GestureHost host, MoveGesture move) {
        this.host = host;
        this.move = move;
    }

    /** Starts on {@code node}, pressed at the event's point, on {@code pressedChip} if not {@code null}. */
    Gesture begin(GraphNode node, ShapeChip pressedChip, Event event) {
        pressed = node;
        chip = pressedChip;
        pressX = event.x;
        pressY = event.y;
        GraphSelection selection = host.selection();
        if ((event.stateMask & SWT.MOD1) != 0) {
            selection.toggle(node.element);
        } else if ((event.stateMask & SWT.SHIFT) != 0) {
            selection.add(node.element);
        } else if (!selection.contains(node.element)) {
            selection.clear();
            selection.add(node.element);
        }
        selection.setFocus(node.element);
        selection.changed();
        return this;
    }

    @Override
    public Gesture drag(Event event) {
        if (Math.abs(event.x - pressX) < DRAG_THRESHOLD && Math.abs(event.y - pressY) < DRAG_THRESHOLD) {
            return this;
        }
        GraphNode node = pressed;
        pressed = null;
        if (!host.selection().contains(node.element)) {
            return null; // Ctrl-click took it out of the selection: nothing to drag
        }
        return move.begin(chip, pressX, pressY, event);
    }

    @Override
    public void release(Event event) {
        GraphSelection selection = host.selection();
        if ((event.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0 && selection.size() > 1) {
            selection.clear();
            selection.add(pressed.element);
            selection.changed();
        }
        pressed = null;
    }

    @Override
    public void cancel() {
        pressed = null;
    }
}
