package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out a {@link GraphModel} whose content provider gives rows ({@link IGraphRowProvider}): the rows
 * stack top to bottom; in each, plain shapes flow left to right and wrap at the view's width, and
 * containers share one cell width, so a grid of them keeps its columns however many children each
 * holds. Every container's interior is packed as a grid ({@link GridPacking}), and the edges into it are
 * drawn when one of their ends is pointed at or selected. Nothing depends on the edges, which are drawn
 * straight: the same shapes always land in the same places.
 */
final class RowLayout {

    /** The narrowest cell a container gets: a full line of chips, which then wrap rather than widen it. */
    static final int MIN_CELL = ShapeMetrics.CHIP_LINE + 2 * ShapeMetrics.PADDING;
    /** The widest cell: beyond it a container's children would spread over a line too long to read. */
    static final int MAX_CELL = 520;
    /** Above this many edges, straight lines through the rows would hide the shapes: they show on demand. */
    static final int EDGES_ALWAYS_DRAWN = 16;
    /** The width assumed before the view has one (the window is not shown yet). */
    static final int DEFAULT_WIDTH = 1200;

    private final GraphModel model;
    private final LayoutResult result;
    private final int width;

    private RowLayout(GraphModel model, int viewWidth) {
        this.model = model;
        this.result = new LayoutResult(model);
        this.width = Math.max(MIN_CELL, (viewWidth > 0 ? viewWidth : DEFAULT_WIDTH) - 2 * ElkGraphLayout.MARGIN);
        result.packed = true;
        result.packedInterior = new boolean[model.nodes.size()];
        result.edgesOnDemand = model.edges.size() > EDGES_ALWAYS_DRAWN;
    }

    /** Lays {@code model} out for a view {@code viewWidth} pixels wide; safe on any thread. */
    static LayoutResult layout(GraphModel model, int viewWidth) {
        return new RowLayout(model, viewWidth).run();
    }

    private LayoutResult run() {
        Map<Integer, List<GraphNode>> rows = new TreeMap<>();
        for (GraphNode root : model.roots) {
            if (root.placedByUser) {
                // Where the user put it (the placement reads the position store): it keeps no place in a row.
                int cell = root.isContainer() ? Math.max(MIN_CELL, root.minWidth) : root.minWidth;
                setBounds(root, 0, 0, cell, size(root, cell));
            } else {
                rows.computeIfAbsent(root.row, row -> new ArrayList<>()).add(root);
            }
        }
        int y = ElkGraphLayout.MARGIN;
        int right = 0;
        for (List<GraphNode> row : rows.values()) {
            int[] extent = row.stream().anyMatch(GraphNode::isContainer) ? cells(row, y) : flow(row, y);
            right = Math.max(right, extent[0]);
            y = extent[1] + (int) ElkGraphLayout.LAYER_SPACING;
        }
        result.width = right + ElkGraphLayout.MARGIN;
        result.height = rows.isEmpty() ? 0 : y - (int) ElkGraphLayout.LAYER_SPACING + ElkGraphLayout.MARGIN;
        return result;
    }

    /** Plain shapes at their own size, left to right, a new line when the next would pass the width. */
    private int[] flow(List<GraphNode> row, int top) {
        int gap = (int) ElkGraphLayout.NODE_SPACING;
        int x = ElkGraphLayout.MARGIN;
        int y = top;
        int lineHeight = 0;
        int right = x;
        for (GraphNode node : row) {
            if (x > ElkGraphLayout.MARGIN && x + node.minWidth > ElkGraphLayout.MARGIN + width) {
                x = ElkGraphLayout.MARGIN;
                y += lineHeight + gap;
                lineHeight = 0;
            }
            setBounds(node, x, y, node.minWidth, node.minHeight);
            x += node.minWidth + gap;
            lineHeight = Math.max(lineHeight, node.minHeight);
            right = Math.max(right, x - gap);
        }
        return new int[]{right, y + lineHeight};
    }

    /**
     * A grid of equal cells: as many columns as cells of {@link #MIN_CELL} fit the width (never fewer than
     * the widest title needs), each shape as wide as a cell and as tall as its packed children.
     */
    private int[] cells(List<GraphNode> row, int top) {
        int gap = (int) ElkGraphLayout.NODE_SPACING;
        int widest = row.stream().mapToInt(node -> node.minWidth).max().orElse(MIN_CELL);
        int columns = Math.max(1, Math.min(row.size(), (width + gap) / (Math.max(MIN_CELL, widest) + gap)));
        int cell = Math.max(widest, Math.min(MAX_CELL, (width + gap) / columns - gap));
        int[] heights = new int[row.size()];
        for (int i = 0; i < row.size(); i++) {
            heights[i] = size(row.get(i), cell);
        }
        int y = top;
        for (int first = 0; first < row.size(); first += columns) {
            int lineHeight = 0;
            for (int i = first; i < Math.min(row.size(), first + columns); i++) {
                setBounds(row.get(i), ElkGraphLayout.MARGIN + (i - first) * (cell + gap), y, cell, heights[i]);
                lineHeight = Math.max(lineHeight, heights[i]);
            }
            y += lineHeight + gap;
        }
        return new int[]{ElkGraphLayout.MARGIN + columns * (cell + gap) - gap, y - gap};
    }

    /** Packs a shape's children into {@code cellWidth} and answers its height. */
    private int size(GraphNode node, int cellWidth) {
        return node.isContainer() ? pack(node, cellWidth - 2 * ShapeMetrics.INSET)[1] : node.minHeight;
    }

    /** Packs a container's children, containers among them first, and answers its width and height. */
    private int[] pack(GraphNode container, int rowLimit) {
        result.packedInterior[container.index] = true;
        return GridPacking.pack(container, rowLimit,
                child -> child.isContainer()
                        ? pack(child, GridPacking.squareish(child))
                        : new int[]{child.minWidth, child.minHeight},
                this::setBounds);
    }

    private void setBounds(GraphNode node, int x, int y, int width, int height) {
        int at = 4 * node.index;
        result.bounds[at] = x;
        result.bounds[at + 1] = y;
        result.bounds[at + 2] = width;
        result.bounds[at + 3] = height;
    }
}
