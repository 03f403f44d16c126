package flotilla.ui.graph;

import java.util.List;

/**
 * Which shape, and which chip of it, lies under a diagram point. Children are drawn over their
 * containers, so the innermost shape wins; chips are found where {@link GraphPainter} draws them.
 */
final class HitTest {

    private HitTest() {
    }

    /** The innermost shape at a diagram point, or {@code null}. */
    static GraphNode nodeAt(GraphModel model, int x, int y) {
        GraphNode found = null;
        List<GraphNode> level = model.roots;
        while (true) {
            GraphNode hit = null;
            for (int i = level.size() - 1; i >= 0; i--) {
                if (level.get(i).contains(x, y)) {
                    hit = level.get(i);
                    break;
                }
            }
            if (hit == null) {
                return found;
            }
            found = hit;
            level = hit.children;
        }
    }

    /**
     * The index of the node's chip at a diagram point (in the order the label provider gave the chips),
     * or -1 when the point is on none or chips are not drawn at this zoom.
     */
    static int chipAt(GraphNode node, int x, int y, double zoom) {
        if (node == null || node.chips.isEmpty() || zoom < GraphPainter.CHIP_ZOOM) {
            return -1;
        }
        int top = ShapeMetrics.chipsTop(node); // as GraphPainter draws them
        int left = ShapeMetrics.contentLeft(node);
        int height = node.textHeight + 2 * ShapeMetrics.CHIP_PAD_Y;
        for (int i = 0; i < node.chipWidths.length; i++) {
            int cx = left + node.chipX[i];
            int cy = top + node.chipY[i];
            if (x >= cx && x < cx + node.chipWidths[i] && y >= cy && y < cy + height) {
                return i;
            }
        }
        return -1;
    }
}
