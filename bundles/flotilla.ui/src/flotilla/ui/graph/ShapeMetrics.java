package flotilla.ui.graph;

import org.eclipse.swt.graphics.Point;

/**
 * How big a shape must be for its title, icon and chips, and where the painter puts them: one place, so
 * the measured size and the drawing agree and a label never leaves its box.
 */
final class ShapeMetrics {

    static final int PADDING = 8;
    static final int ICON = 16;
    static final int ICON_GAP = 4;
    static final int LINE_GAP = 4;
    static final int CHIP_PAD_X = 5;
    static final int CHIP_PAD_Y = 1;
    static final int CHIP_GAP = 4;
    static final int MIN_WIDTH = 60;
    /** Space between a container's border and its children, besides the title band. */
    static final int INSET = 12;
    /** Chips wrap onto a new line past this width, so many labels and networks make a shape taller, not wider. */
    static final int CHIP_LINE = 300;

    private ShapeMetrics() {
    }

    /** Measures a node's texts and sets its smallest size (and, for a container, its title band). */
    static void measure(GraphNode node, TextExtents extents, boolean container) {
        Point title = container ? extents.bold(node.text) : extents.plain(node.text);
        node.textWidth = title.x;
        node.textHeight = title.y;
        int titleWidth = title.x + (node.image != null ? ICON + ICON_GAP : 0);
        int titleHeight = Math.max(title.y, node.image != null ? ICON : 0);

        int chipsWidth = 0;
        int chipHeight = 0;
        int count = node.chips.size();
        node.chipWidths = new int[count];
        node.chipX = new int[count];
        node.chipY = new int[count];
        int x = 0;
        int y = 0;
        for (int i = 0; i < count; i++) {
            Point size = extents.plain(node.chips.get(i).text());
            node.chipWidths[i] = size.x + 2 * CHIP_PAD_X;
            chipHeight = size.y + 2 * CHIP_PAD_Y;
            if (x > 0 && x + node.chipWidths[i] > CHIP_LINE) {
                x = 0;
                y += chipHeight + CHIP_GAP;
            }
            node.chipX[i] = x;
            node.chipY[i] = y;
            x += node.chipWidths[i] + CHIP_GAP;
            chipsWidth = Math.max(chipsWidth, x - CHIP_GAP);
        }
        node.chipsHeight = count == 0 ? 0 : y + chipHeight;
        int contentWidth = Math.max(titleWidth, chipsWidth);
        int contentHeight = titleHeight + (count > 0 ? LINE_GAP + node.chipsHeight : 0);
        if (node.collapsedText != null) {
            Point summary = extents.plain(node.collapsedText);
            node.collapsedTextWidth = summary.x;
            contentWidth = Math.max(contentWidth, summary.x);
            contentHeight += LINE_GAP + summary.y;
        }
        int width = Math.max(MIN_WIDTH, contentWidth + 2 * PADDING);
        int height = contentHeight + 2 * PADDING;
        switch (node.shape) {
        case ELLIPSE -> {
            // The text box must fit inside the ellipse: a rectangle inscribed in an ellipse
            // spans 1/sqrt(2) of each axis.
            width = (int) Math.ceil(width * 1.42);
            height = (int) Math.ceil(height * 1.42);
        }
        case HEXAGON -> width += height;
        default -> {
            // rectangles fit their content as measured
        }
        }
        node.minWidth = width;
        node.minHeight = height;
        node.headerHeight = container ? contentHeight + PADDING : 0;
        node.width = width;
        node.height = height;
    }

    /** Where the first line of content starts inside a shape of the given kind. */
    static int contentLeft(GraphNode node) {
        return switch (node.shape) {
        case ELLIPSE -> node.ax + (node.width - (int) (node.minWidth / 1.42)) / 2 + PADDING;
        case HEXAGON -> node.ax + node.height / 2 + PADDING;
        default -> node.ax + PADDING;
        };
    }

    /** Where the first line of chips starts: under the title. */
    static int chipsTop(GraphNode node) {
        return contentTop(node) + Math.max(node.textHeight, node.image != null ? ICON : 0) + LINE_GAP;
    }

    static int contentTop(GraphNode node) {
        return node.shape == ShapeKind.ELLIPSE
                ? node.ay + (node.height - (int) (node.minHeight / 1.42)) / 2 + PADDING
                : node.ay + PADDING;
    }
}
