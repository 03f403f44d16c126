package flotilla.ui.graph;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * One drawn connection between two shown shapes. When its ends were hidden inside a collapsed container
 * it connects that container instead, and stands for every edge folded into it.
 */
final class GraphEdge {

    final Object element;
    final GraphNode source;
    final GraphNode target;
    final int index;
    Color color;
    int lineStyle = SWT.LINE_SOLID;
    /**
     * An edge into a packed container, drawn only while one of its ends is selected or hovered: a big
     * cluster's thousands of such straight lines would bury the shapes they cross.
     */
    boolean onDemand;

    /** The route as absolute x,y pairs; laid out by ELK or drawn straight between the two borders. */
    int[] points = new int[0];
    int minX;
    int minY;
    int maxX;
    int maxY;

    GraphEdge(Object element, GraphNode source, GraphNode target, int index) {
        this.element = element;
        this.source = source;
        this.target = target;
        this.index = index;
    }

    void setPoints(int[] route) {
        points = route;
        minX = Integer.MAX_VALUE;
        minY = Integer.MAX_VALUE;
        maxX = Integer.MIN_VALUE;
        maxY = Integer.MIN_VALUE;
        for (int i = 0; i + 1 < route.length; i += 2) {
            minX = Math.min(minX, route[i]);
            maxX = Math.max(maxX, route[i]);
            minY = Math.min(minY, route[i + 1]);
            maxY = Math.max(maxY, route[i + 1]);
        }
    }

    boolean intersects(int rx, int ry, int rw, int rh) {
        return points.length >= 4 && minX <= rx + rw && rx <= maxX && minY <= ry + rh && ry <= maxY;
    }

    /** A straight route from border to border, for edges the layout did not route (or moved ends). */
    void routeStraight() {
        int sx = source.centerX();
        int sy = source.centerY();
        int tx = target.centerX();
        int ty = target.centerY();
        int[] start = borderPoint(source, tx - sx, ty - sy);
        int[] end = borderPoint(target, sx - tx, sy - ty);
        setPoints(new int[]{start[0], start[1], end[0], end[1]});
    }

    /** Where a ray from a node's centre in direction (dx, dy) leaves its box. */
    static int[] borderPoint(GraphNode node, int dx, int dy) {
        double hw = node.width / 2.0;
        double hh = node.height / 2.0;
        if (dx == 0 && dy == 0) {
            return new int[]{node.centerX(), node.centerY()};
        }
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
        return new int[]{(int) Math.round(node.ax + hw + dx * t), (int) Math.round(node.ay + hh + dy * t)};
    }
}
