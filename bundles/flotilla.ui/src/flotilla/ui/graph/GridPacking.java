package flotilla.ui.graph;

/**
 * Shelf packing of a container's children, in their order, into rows no wider than a limit: cheap, and
 * readable for the many alike boxes of a cluster's nodes.
 */
final class GridPacking {

    /** Where a packed child goes, relative to its container. */
    interface Placer {
        void place(GraphNode child, int x, int y, int width, int height);
    }

    /** A child's size as packed: its smallest, or for a container the size its own packing gave it. */
    interface Sizes {
        int[] of(GraphNode child);
    }

    private GridPacking() {
    }

    /**
     * Packs {@code container}'s children into rows at most {@code rowLimit} wide (or as wide as its title
     * needs) and answers the container's width and height.
     */
    static int[] pack(GraphNode container, int rowLimit, Sizes sizes, Placer placer) {
        int gap = (int) ElkGraphLayout.NODE_SPACING / 2;
        int limit = Math.max(container.minWidth - 2 * ShapeMetrics.INSET, rowLimit);
        int top = container.headerHeight + ShapeMetrics.PADDING;
        int x = ShapeMetrics.INSET;
        int y = top;
        int rowHeight = 0;
        int width = container.minWidth;
        for (GraphNode child : container.children) {
            int[] size = sizes.of(child);
            int childWidth = size[0];
            int childHeight = size[1];
            if (x > ShapeMetrics.INSET && x + childWidth > ShapeMetrics.INSET + limit) {
                x = ShapeMetrics.INSET;
                y += rowHeight + gap;
                rowHeight = 0;
            }
            placer.place(child, x, y, childWidth, childHeight);
            x += childWidth + gap;
            rowHeight = Math.max(rowHeight, childHeight);
            width = Math.max(width, x - gap + ShapeMetrics.INSET);
        }
        return new int[]{width, Math.max(container.minHeight, y + rowHeight + ShapeMetrics.INSET)};
    }

    /** The row limit that makes the packed children about as wide as they are tall, times 1.6. */
    static int squareish(GraphNode container) {
        int gap = (int) ElkGraphLayout.NODE_SPACING / 2;
        long area = 0;
        for (GraphNode child : container.children) {
            area += (long) (child.minWidth + gap) * (child.minHeight + gap);
        }
        return (int) Math.sqrt(area * 1.6);
    }
}
