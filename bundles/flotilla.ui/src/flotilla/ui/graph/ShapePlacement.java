package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.graphics.Point;

/**
 * Puts every shape where the user put it ({@link IPositionStore}) or else where the layout put it, and
 * routes the edges to match. Runs after each layout and after each move, with no new layout.
 * <p>
 * Precondition: {@code result} is the layout of {@code model}, or of an older model (then only stored
 * positions and sizes already known count), or {@code null}. Postcondition: every node has its size,
 * its place relative to its parent and its absolute place; {@code displaced} marks shapes away from
 * their layout (and their children), whose edges are drawn straight since ELK's routes would miss
 * them; no two top-level shapes overlap; the model's size covers every shape plus the margin.
 */
final class ShapePlacement {

    private ShapePlacement() {
    }

    static void place(GraphModel model, LayoutResult result, IPositionStore positions) {
        boolean current = result != null && result.model == model;
        for (GraphNode node : model.nodes) {
            if (current) {
                int at = 4 * node.index;
                node.layoutX = result.bounds[at];
                node.layoutY = result.bounds[at + 1];
                node.width = Math.max(node.minWidth, result.bounds[at + 2]);
                node.height = Math.max(node.minHeight, result.bounds[at + 3]);
            }
            Point pinned = positions.getPosition(node.element);
            node.x = pinned != null ? pinned.x : node.layoutX;
            node.y = pinned != null ? pinned.y : node.layoutY;
            node.displaced = pinned != null || (node.parent != null && node.parent.displaced);
            node.ax = node.x + (node.parent != null ? node.parent.ax : 0);
            node.ay = node.y + (node.parent != null ? node.parent.ay : 0);
        }
        separate(model);
        int width = current ? result.width : 0;
        int height = current ? result.height : 0;
        for (GraphNode node : model.roots) {
            width = Math.max(width, node.ax + node.width + ElkGraphLayout.MARGIN);
            height = Math.max(height, node.ay + node.height + ElkGraphLayout.MARGIN);
        }
        model.width = width;
        model.height = height;
        for (GraphEdge edge : model.edges) {
            int[] route = current ? result.routes[edge.index] : null;
            edge.onDemand = route == null && current && (result.edgesOnDemand
                    || packed(result, edge.source.parent) || packed(result, edge.target.parent));
            if (route != null && !edge.source.displaced && !edge.target.displaced) {
                edge.setPoints(route);
            } else {
                edge.routeStraight();
            }
        }
    }

    /**
     * Moves a top-level shape down, below the one it would overlap, when one of the two holds shapes: shapes
     * the user put somewhere keep that place while they grow (a node gets tasks), and would otherwise grow
     * over their neighbours. Shapes higher up (then further left) keep their place; what moves takes its
     * children along. Two plain shapes stay where the user put them, over each other if so.
     */
    private static void separate(GraphModel model) {
        int gap = (int) ElkGraphLayout.NODE_SPACING;
        List<GraphNode> placed = new ArrayList<>();
        List<GraphNode> roots = new ArrayList<>(model.roots);
        roots.sort(Comparator.comparingInt((GraphNode n) -> n.ay).thenComparingInt(n -> n.ax));
        for (GraphNode root : roots) {
            int dy = 0;
            for (boolean moved = true; moved;) {
                moved = false;
                for (GraphNode other : placed) {
                    if ((root.isContainer() || other.isContainer())
                            && root.intersects(other.ax - gap / 2, other.ay - gap / 2, other.width + gap,
                                    other.height + gap)) {
                        int down = other.ay + other.height + gap - root.ay;
                        root.y += down;
                        root.ay += down;
                        dy += down;
                        moved = true;
                    }
                }
            }
            if (dy != 0) {
                root.displaced = true;
                for (GraphNode node : model.nodes) {
                    if (root.isAncestorOf(node)) {
                        node.ay += dy;
                        node.displaced = true;
                    }
                }
            }
            placed.add(root);
        }
    }

    private static boolean packed(LayoutResult result, GraphNode node) {
        return node != null && result.packedInterior != null && result.packedInterior[node.index];
    }
}
