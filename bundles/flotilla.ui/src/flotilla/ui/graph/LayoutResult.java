package flotilla.ui.graph;

/**
 * What a layout run computed for one {@link GraphModel}: each node's place relative to its parent and
 * size, each edge's route in absolute coordinates. Kept apart from the model so a worker thread can fill
 * it while the UI thread still draws the model.
 */
final class LayoutResult {

    final GraphModel model;
    /** x, y, width, height of node {@code i} at {@code 4 * i}. */
    final int[] bounds;
    /** Absolute route of edge {@code i}, or null to draw it straight. */
    final int[][] routes;
    int width;
    int height;
    long millis;
    /** Set when the interiors of containers were packed as grids rather than laid out by ELK. */
    boolean packed;
    /** Which nodes had their children packed as a grid, by node index. */
    boolean[] packedInterior;
    /** Every edge is drawn only at a selected or hovered end: so many straight edges would cross the shapes. */
    boolean edgesOnDemand;

    LayoutResult(GraphModel model) {
        this.model = model;
        this.bounds = new int[4 * model.nodes.size()];
        this.routes = new int[model.edges.size()][];
    }
}
