package flotilla.ui.graph;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Point;

/**
 * The drop gesture: a drop listener that knows which shape is under the pointer. Register it with
 * {@link GraphViewer#addDropSupport(int, org.eclipse.swt.dnd.Transfer[], org.eclipse.swt.dnd.DropTargetListener)};
 * the viewer outlines the shape under the pointer green when {@link #validateDrop} accepts it, red
 * otherwise.
 */
public abstract class GraphDropAdapter extends DropTargetAdapter {

    private final GraphViewer viewer;

    protected GraphDropAdapter(GraphViewer viewer) {
        this.viewer = viewer;
    }

    protected GraphViewer getViewer() {
        return viewer;
    }

    /**
     * Whether data of {@code type} may be dropped on {@code target} (a shape's element, or {@code null}
     * for empty space) with the given {@link DND} operation.
     */
    protected abstract boolean validateDrop(Object target, int operation, TransferData type);

    /** Performs the drop on {@code target} ({@code null}: empty space); answers whether it happened. */
    protected abstract boolean performDrop(Object target, Object data, int displayX, int displayY);

    /** A display point in diagram coordinates, where a drop on empty space should place what it creates. */
    public Point diagramPoint(int displayX, int displayY) {
        Point at = viewer.getControl().toControl(displayX, displayY);
        return viewer.getViewport().toModel(at.x, at.y);
    }

    /** The element of the shape at a display point, or {@code null}. */
    public Object targetAt(int displayX, int displayY) {
        GraphNode node = viewer.nodeAtDisplay(displayX, displayY);
        return node != null ? node.element : null;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        dragOver(event);
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragOver(event);
    }

    @Override
    public void dragOver(DropTargetEvent event) {
        GraphNode node = viewer.nodeAtDisplay(event.x, event.y);
        Object target = node != null ? node.element : null;
        int operation = event.detail == DND.DROP_NONE ? DND.DROP_COPY : event.detail;
        boolean ok = validateDrop(target, operation, event.currentDataType);
        viewer.setDropFeedback(node, ok);
        event.detail = ok ? operation : DND.DROP_NONE;
        event.feedback = DND.FEEDBACK_SCROLL;
    }

    @Override
    public void dragLeave(DropTargetEvent event) {
        viewer.setDropFeedback(null, false);
    }

    @Override
    public void drop(DropTargetEvent event) {
        Object target = targetAt(event.x, event.y);
        viewer.setDropFeedback(null, false);
        if (!validateDrop(target, event.detail, event.currentDataType)
                || !performDrop(target, event.data, event.x, event.y)) {
            event.detail = DND.DROP_NONE;
        }
    }
}
