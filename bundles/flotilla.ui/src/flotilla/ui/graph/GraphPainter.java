package flotilla.ui.graph;

import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * Draws a laid-out {@link GraphModel}. Everything it needs is allocated once (colours, the transform,
 * point arrays); a frame draws only the shapes and edges that meet the visible area, and leaves out
 * text when it would be too small to read.
 */
final class GraphPainter {

    /** Below this zoom titles are not drawn: boxes alone read better and paint far faster. */
    static final double TEXT_ZOOM = 0.45;
    static final double CHIP_ZOOM = 0.6;
    /** With more edges than this in view, only edges between top-level shapes are drawn. */
    static final int EDGE_BUDGET = 1500;
    private static final int ARROW_LENGTH = 9;
    private static final int ARROW_HALF_WIDTH = 4;

    final Color canvasBackground = new Color(255, 255, 255);
    final Color shapeBackground = new Color(255, 255, 255);
    final Color containerBackground = new Color(243, 246, 250);
    final Color border = new Color(112, 124, 138);
    final Color text = new Color(25, 30, 38);
    final Color mutedText = new Color(90, 98, 110);
    final Color edge = new Color(104, 114, 128);
    final Color chipBackground = new Color(222, 230, 240);
    final Color selection = new Color(0, 110, 220);
    final Color hover = new Color(120, 170, 235);
    final Color path = new Color(235, 120, 0);
    final Color accept = new Color(20, 150, 70);
    final Color refuse = new Color(200, 40, 40);
    final Color marqueeFill = new Color(0, 110, 220);

    private final Transform transform;
    private final int[] polygon = new int[12];
    private final int[] arrow = new int[6];
    /** Reused for edges converted to screen coordinates; polylines are mostly of the same few lengths. */
    private int[] screen = new int[4];

    private final TextLayouts texts;

    GraphPainter(Display display) {
        transform = new Transform(display);
        texts = new TextLayouts(display);
    }

    void dispose() {
        transform.dispose();
        texts.dispose();
    }

    /** What the viewer wants drawn on top of the diagram in this frame. */
    record Overlay(Set<GraphNode> selected, GraphNode hover, List<GraphNode> path, Set<GraphEdge> pathEdges,
            Set<GraphNode> dragged, int dragX, int dragY, GraphNode dropTarget, boolean dropAccepted,
            GraphNode connectSource, int connectX, int connectY, Rectangle marquee) {
    }

    /** Counts of what the last frame drew, for tests and the benchmark. */
    int paintedNodes;
    int paintedEdges;

    void paint(GC gc, GraphModel model, Viewport viewport, Rectangle client, Font plain, Font bold, Overlay overlay) {
        gc.setBackground(canvasBackground);
        gc.fillRectangle(client);
        paintedNodes = 0;
        paintedEdges = 0;
        double zoom = viewport.zoom();
        Rectangle visible = viewport.visibleModelArea(client.width, client.height);
        transform.setElements((float) zoom, 0, 0, (float) zoom, (float) -viewport.originX(),
                (float) -viewport.originY());
        if (zoom >= TEXT_ZOOM) {
            gc.setTransform(transform);
            gc.setAntialias(SWT.ON);
            gc.setTextAntialias(SWT.ON);
            boolean chips = zoom >= CHIP_ZOOM;
            for (GraphNode node : model.roots) {
                paintTree(gc, node, visible, chips, plain, bold, overlay);
            }
            gc.setTransform(null);
        } else {
            paintOverview(gc, model, viewport, visible, overlay);
        }
        paintEdges(gc, model, viewport, visible, client, overlay);
        gc.setAntialias(SWT.ON);
        gc.setTransform(transform);
        paintOverlay(gc, overlay);
        gc.setTransform(null);
        if (overlay.marquee() != null) {
            Rectangle m = overlay.marquee();
            gc.setAlpha(40);
            gc.setBackground(marqueeFill);
            gc.fillRectangle(m);
            gc.setAlpha(255);
            gc.setForeground(selection);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(m);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private void paintTree(GC gc, GraphNode node, Rectangle visible, boolean chips, Font plain, Font bold,
            Overlay overlay) {
        if (!node.intersects(visible.x, visible.y, visible.width, visible.height)) {
            return;
        }
        paintNode(gc, node, chips, plain, bold, overlay);
        for (GraphNode child : node.children) {
            paintTree(gc, child, visible, chips, plain, bold, overlay);
        }
    }

    /**
     * Zoomed out, text is unreadable and a transformed path per shape costs far more than the pixels it
     * covers: draw plain boxes in screen coordinates.
     */
    private void paintOverview(GC gc, GraphModel model, Viewport viewport, Rectangle visible, Overlay overlay) {
        gc.setAntialias(SWT.OFF);
        gc.setLineWidth(1);
        double zoom = viewport.zoom();
        double ox = viewport.originX();
        double oy = viewport.originY();
        for (GraphNode node : model.nodes) {
            if ((node.parent != null && !node.parent.intersects(visible.x, visible.y, visible.width, visible.height))
                    || !node.intersects(visible.x, visible.y, visible.width, visible.height)) {
                continue;
            }
            paintedNodes++;
            int x = (int) Math.round(node.ax * zoom - ox);
            int y = (int) Math.round(node.ay * zoom - oy);
            int w = Math.max(1, (int) Math.round(node.width * zoom));
            int h = Math.max(1, (int) Math.round(node.height * zoom));
            boolean container = node.isContainer() || node.collapsedText != null;
            gc.setBackground(node.background != null
                    ? node.background
                    : container ? containerBackground : shapeBackground);
            gc.fillRectangle(x, y, w, h);
            if (w > 3 && h > 3) {
                gc.setForeground(overlay.selected().contains(node)
                        ? selection
                        : node.foreground != null ? node.foreground : border);
                gc.drawRectangle(x, y, w - 1, h - 1);
            }
        }
    }

    /**
     * Edges are drawn in screen coordinates, each segment clipped to the view: stroking long lines
     * through a scaling transform cost Cairo a second per frame on a 10,000-edge cluster. With more
     * edges in view than can be told apart, only those between top-level shapes and those at selected
     * or hovered shapes are drawn; edges into packed containers only at selected or hovered shapes.
     */
    private void paintEdges(GC gc, GraphModel model, Viewport viewport, Rectangle visible, Rectangle client,
            Overlay overlay) {
        int inView = 0;
        for (GraphEdge e : model.edges) {
            if (!e.onDemand && e.intersects(visible.x, visible.y, visible.width, visible.height)) {
                inView++;
            }
        }
        boolean all = inView <= EDGE_BUDGET;
        double zoom = viewport.zoom();
        double ox = viewport.originX();
        double oy = viewport.originY();
        gc.setLineWidth(1);
        gc.setAntialias(zoom >= TEXT_ZOOM ? SWT.ON : SWT.OFF);
        for (GraphEdge e : model.edges) {
            if (!e.intersects(visible.x, visible.y, visible.width, visible.height)) {
                continue;
            }
            boolean atFocus = overlay.selected().contains(e.source) || overlay.selected().contains(e.target)
                    || e.source == overlay.hover() || e.target == overlay.hover();
            boolean wanted = e.onDemand ? atFocus : all || (e.source.parent == null && e.target.parent == null);
            if (!wanted && !atFocus) {
                continue;
            }
            Color color = e.color != null ? e.color : edge;
            gc.setForeground(color);
            gc.setBackground(color);
            gc.setLineStyle(e.lineStyle);
            int[] points = screenPoints(e.points, zoom, ox, oy);
            for (int i = 0; i + 3 < points.length; i += 2) {
                drawClipped(gc, points[i], points[i + 1], points[i + 2], points[i + 3], client);
            }
            gc.setLineStyle(SWT.LINE_SOLID);
            int n = points.length;
            if (zoom >= TEXT_ZOOM && client.contains(points[n - 2], points[n - 1])) {
                paintArrow(gc, points[n - 4], points[n - 3], points[n - 2], points[n - 1], zoom);
            }
            paintedEdges++;
        }
    }

    /** Draws the part of a segment inside the client area (Liang-Barsky), so long lines cost nothing off screen. */
    private static void drawClipped(GC gc, int x0, int y0, int x1, int y1, Rectangle clip) {
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - clip.x, clip.x + clip.width - x0, y0 - clip.y, clip.y + clip.height - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return;
        }
        gc.drawLine((int) Math.round(x0 + t0 * dx), (int) Math.round(y0 + t0 * dy),
                (int) Math.round(x0 + t1 * dx), (int) Math.round(y0 + t1 * dy));
    }

    private int[] screenPoints(int[] points, double zoom, double ox, double oy) {
        if (screen.length != points.length) {
            screen = new int[points.length];
        }
        for (int i = 0; i < points.length; i += 2) {
            screen[i] = (int) Math.round(points[i] * zoom - ox);
            screen[i + 1] = (int) Math.round(points[i + 1] * zoom - oy);
        }
        return screen;
    }

    private void paintNode(GC gc, GraphNode node, boolean chips, Font plain, Font bold, Overlay overlay) {
        paintedNodes++;
        boolean container = node.isContainer() || node.collapsedText != null;
        // Antialiased rectangles cost Cairo two thirds of a frame and look the same: smooth only curves.
        gc.setAntialias(node.shape == ShapeKind.ELLIPSE || node.shape == ShapeKind.HEXAGON ? SWT.ON : SWT.OFF);
        gc.setBackground(node.background != null
                ? node.background
                : container ? containerBackground : shapeBackground);
        fillShape(gc, node, node.ax, node.ay);
        Color outline = node.foreground != null ? node.foreground : border;
        int lineWidth = 1;
        if (overlay.selected().contains(node)) {
            outline = selection;
            lineWidth = 3;
        } else if (node == overlay.hover()) {
            outline = hover;
            lineWidth = 2;
        }
        gc.setForeground(outline);
        gc.setLineWidth(lineWidth);
        drawShape(gc, node, node.ax, node.ay);
        int left = ShapeMetrics.contentLeft(node);
        int top = ShapeMetrics.contentTop(node);
        int lineHeight = Math.max(node.textHeight, node.image != null ? ShapeMetrics.ICON : 0);
        if (node.image != null) {
            Rectangle size = node.image.getBounds();
            gc.drawImage(node.image, 0, 0, size.width, size.height, left, top + (lineHeight - ShapeMetrics.ICON) / 2,
                    ShapeMetrics.ICON, ShapeMetrics.ICON);
            left += ShapeMetrics.ICON + ShapeMetrics.ICON_GAP;
        }
        gc.setForeground(text);
        texts.get(node.text, container ? bold : plain, container).draw(gc, left,
                top + (lineHeight - node.textHeight) / 2);
        int y = top + lineHeight;
        left = ShapeMetrics.contentLeft(node);
        if (!node.chips.isEmpty()) {
            y += ShapeMetrics.LINE_GAP;
            if (chips) {
                paintChips(gc, node, left, y, plain);
            }
            y += node.chipsHeight;
        }
        if (node.collapsedText != null) {
            y += ShapeMetrics.LINE_GAP;
            gc.setForeground(mutedText);
            texts.get(node.collapsedText, plain, false).draw(gc, left, y);
        }
    }

    private void paintChips(GC gc, GraphNode node, int left, int top, Font plain) {
        gc.setFont(plain);
        gc.setLineWidth(1);
        for (int i = 0; i < node.chips.size(); i++) {
            Chip chip = node.chips.get(i);
            int width = node.chipWidths[i];
            int height = node.textHeight + 2 * ShapeMetrics.CHIP_PAD_Y;
            int x = left + node.chipX[i];
            int y = top + node.chipY[i];
            gc.setBackground(chip.background() != null ? chip.background() : chipBackground);
            gc.fillRoundRectangle(x, y, width, height, height, height);
            gc.setForeground(chip.foreground() != null ? chip.foreground() : text);
            texts.get(chip.text(), plain, false).draw(gc, x + ShapeMetrics.CHIP_PAD_X, y + ShapeMetrics.CHIP_PAD_Y);
        }
    }

    private void fillShape(GC gc, GraphNode node, int x, int y) {
        switch (node.shape) {
        case RECTANGLE -> gc.fillRectangle(x, y, node.width, node.height);
        case ELLIPSE -> gc.fillOval(x, y, node.width, node.height);
        case HEXAGON -> gc.fillPolygon(hexagon(x, y, node.width, node.height));
        default -> gc.fillRoundRectangle(x, y, node.width, node.height, 10, 10);
        }
    }

    private void drawShape(GC gc, GraphNode node, int x, int y) {
        switch (node.shape) {
        case RECTANGLE -> gc.drawRectangle(x, y, node.width - 1, node.height - 1);
        case ELLIPSE -> gc.drawOval(x, y, node.width - 1, node.height - 1);
        case HEXAGON -> gc.drawPolygon(hexagon(x, y, node.width - 1, node.height - 1));
        default -> gc.drawRoundRectangle(x, y, node.width - 1, node.height - 1, 10, 10);
        }
    }

    private int[] hexagon(int x, int y, int width, int height) {
        int inset = height / 2;
        int[] p = polygon;
        p[0] = x + inset;
        p[1] = y;
        p[2] = x + width - inset;
        p[3] = y;
        p[4] = x + width;
        p[5] = y + height / 2;
        p[6] = x + width - inset;
        p[7] = y + height;
        p[8] = x + inset;
        p[9] = y + height;
        p[10] = x;
        p[11] = y + height / 2;
        return p;
    }

    private void paintEdge(GC gc, GraphEdge e, Color color, int lineStyle, int width) {
        int[] points = e.points;
        if (points.length < 4) {
            return;
        }
        gc.setForeground(color);
        gc.setBackground(color);
        gc.setLineWidth(width);
        gc.setLineStyle(lineStyle);
        gc.drawPolyline(points);
        gc.setLineStyle(SWT.LINE_SOLID);
        int n = points.length;
        paintArrow(gc, points[n - 4], points[n - 3], points[n - 2], points[n - 1]);
    }

    private void paintArrow(GC gc, int fromX, int fromY, int toX, int toY) {
        paintArrow(gc, fromX, fromY, toX, toY, 1);
    }

    private void paintArrow(GC gc, int fromX, int fromY, int toX, int toY, double scale) {
        double dx = toX - fromX;
        double dy = toY - fromY;
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        arrow[0] = toX;
        arrow[1] = toY;
        double length2 = ARROW_LENGTH * scale;
        double half = ARROW_HALF_WIDTH * scale;
        arrow[2] = (int) Math.round(toX - ux * length2 - uy * half);
        arrow[3] = (int) Math.round(toY - uy * length2 + ux * half);
        arrow[4] = (int) Math.round(toX - ux * length2 + uy * half);
        arrow[5] = (int) Math.round(toY - uy * length2 - ux * half);
        gc.fillPolygon(arrow);
    }

    private void paintOverlay(GC gc, Overlay overlay) {
        for (GraphEdge e : overlay.pathEdges()) {
            paintEdge(gc, e, path, SWT.LINE_SOLID, 3);
        }
        List<GraphNode> nodes = overlay.path();
        gc.setForeground(path);
        gc.setBackground(path);
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            gc.setLineWidth(3);
            gc.setForeground(path);
            drawShape(gc, node, node.ax, node.ay);
            if (i > 0 && !connected(overlay.pathEdges(), nodes.get(i - 1), node)) {
                // No edge joins these two steps: draw the hop itself, border to border.
                GraphNode from = nodes.get(i - 1);
                int[] start = GraphEdge.borderPoint(from, node.centerX() - from.centerX(),
                        node.centerY() - from.centerY());
                int[] end = GraphEdge.borderPoint(node, from.centerX() - node.centerX(),
                        from.centerY() - node.centerY());
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawLine(start[0], start[1], end[0], end[1]);
                gc.setLineStyle(SWT.LINE_SOLID);
                paintArrow(gc, start[0], start[1], end[0], end[1]);
            }
        }
        gc.setLineWidth(1);
        if (!overlay.dragged().isEmpty()) {
            gc.setForeground(selection);
            gc.setLineStyle(SWT.LINE_DASH);
            for (GraphNode node : overlay.dragged()) {
                drawShape(gc, node, node.ax + overlay.dragX(), node.ay + overlay.dragY());
            }
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        if (overlay.dropTarget() != null) {
            gc.setLineWidth(3);
            gc.setForeground(overlay.dropAccepted() ? accept : refuse);
            drawShape(gc, overlay.dropTarget(), overlay.dropTarget().ax, overlay.dropTarget().ay);
            gc.setLineWidth(1);
        }
        GraphNode source = overlay.connectSource();
        if (source != null) {
            gc.setLineWidth(2);
            gc.setForeground(overlay.dropAccepted() ? accept : selection);
            gc.setBackground(overlay.dropAccepted() ? accept : selection);
            // From the source's border, so the rubber band never crosses its title.
            int[] start = GraphEdge.borderPoint(source, overlay.connectX() - source.centerX(),
                    overlay.connectY() - source.centerY());
            gc.drawLine(start[0], start[1], overlay.connectX(), overlay.connectY());
            paintArrow(gc, start[0], start[1], overlay.connectX(), overlay.connectY());
            gc.setLineWidth(1);
        }
    }

    private static boolean connected(Set<GraphEdge> edges, GraphNode a, GraphNode b) {
        for (GraphEdge e : edges) {
            if ((e.source == a && e.target == b) || (e.source == b && e.target == a)) {
                return true;
            }
        }
        return false;
    }

    /** The font of container titles; made once by the viewer from its control's font. */
    static Font boldVariant(Display display, Font font) {
        var data = font.getFontData();
        for (var d : data) {
            d.setStyle(d.getStyle() | SWT.BOLD);
        }
        return new Font(display, data);
    }
}
