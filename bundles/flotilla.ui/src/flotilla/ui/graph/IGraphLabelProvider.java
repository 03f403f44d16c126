package flotilla.ui.graph;

import java.util.List;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * How a {@link GraphViewer} draws shapes and edges. {@link #getText(Object)} and
 * {@link #getImage(Object)} give a shape's title and icon; the other methods have defaults so a
 * provider states only what it changes. Colours and images are owned by the provider (create them once,
 * dispose them in {@link #dispose()}): the viewer never allocates them while painting.
 */
public interface IGraphLabelProvider extends ILabelProvider {

    /** The shape's fill, or {@code null} for the viewer's default. */
    default Color getBackground(Object element) {
        return null;
    }

    /** The shape's outline and edge colour, or {@code null} for the viewer's default. */
    default Color getForeground(Object element) {
        return null;
    }

    default ShapeKind getShape(Object element) {
        return ShapeKind.ROUNDED_RECTANGLE;
    }

    /** Badges drawn under the title, in order. */
    default List<Chip> getChips(Object element) {
        return List.of();
    }

    /** The hover text, or {@code null} for none. */
    default String getToolTipText(Object element) {
        return null;
    }

    /**
     * What a collapsed container shows instead of its {@code childCount} children, for instance
     * "12 tasks: 11 running, 1 failed".
     */
    default String getCollapsedText(Object element, int childCount) {
        return childCount == 1 ? "1 item" : childCount + " items";
    }

    /** An edge's colour, or {@code null} for the viewer's default. */
    default Color getEdgeColor(Object edge) {
        return null;
    }

    /** An edge's line style, one of {@link SWT#LINE_SOLID}, {@link SWT#LINE_DASH}, {@link SWT#LINE_DOT}. */
    default int getEdgeLineStyle(Object edge) {
        return SWT.LINE_SOLID;
    }
}
