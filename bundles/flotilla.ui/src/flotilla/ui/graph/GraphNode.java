package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;

/**
 * The viewer's own record of one shape: what the label provider said, the size measured from it, and
 * where layout and user put it. Built on the UI thread; the layout thread only reads it.
 */
final class GraphNode {

    final Object element;
    final GraphNode parent;
    final int index;
    final int depth;
    final List<GraphNode> children = new ArrayList<>();
    /** A top-level shape's row, when the content provider gives rows ({@link IGraphRowProvider}). */
    int row;
    /** Whether the user put this shape somewhere when the model was read: it then takes no place in a row. */
    boolean placedByUser;

    // What to draw, read from the label provider once per refresh.
    String text = "";
    Image image;
    List<Chip> chips = List.of();
    ShapeKind shape = ShapeKind.ROUNDED_RECTANGLE;
    Color background;
    Color foreground;
    /** For a collapsed container: the summary drawn instead of its children; null otherwise. */
    String collapsedText;
    int collapsedCount;

    // Measured on the UI thread (diagram units, equal to pixels at 100%).
    int textWidth;
    int textHeight;
    int[] chipWidths = new int[0];
    /** Each chip's place relative to the first chip's, in lines wrapped at {@link ShapeMetrics#CHIP_LINE}. */
    int[] chipX = new int[0];
    int[] chipY = new int[0];
    int chipsHeight;
    int collapsedTextWidth;
    /** A plain shape's size, or a container's smallest size (its title must fit). */
    int minWidth;
    int minHeight;
    /** A container's title band, which the layout keeps free of children. */
    int headerHeight;

    // Placement: relative to the parent (x, y), absolute (ax, ay), and the layout's own proposal.
    int x;
    int y;
    int width;
    int height;
    int ax;
    int ay;
    int layoutX;
    int layoutY;
    /** Set when a stored position overrides the layout for this node or one of its ancestors. */
    boolean displaced;

    GraphNode(Object element, GraphNode parent, int index) {
        this.element = element;
        this.parent = parent;
        this.index = index;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    boolean isContainer() {
        return !children.isEmpty();
    }

    boolean contains(int px, int py) {
        return px >= ax && py >= ay && px < ax + width && py < ay + height;
    }

    boolean intersects(int rx, int ry, int rw, int rh) {
        return ax < rx + rw && rx < ax + width && ay < ry + rh && ry < ay + height;
    }

    boolean isAncestorOf(GraphNode other) {
        for (GraphNode p = other.parent; p != null; p = p.parent) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    int centerX() {
        return ax + width / 2;
    }

    int centerY() {
        return ay + height / 2;
    }

    @Override
    public String toString() {
        return "GraphNode[" + text + " " + ax + "," + ay + " " + width + "x" + height + "]";
    }
}
