package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.jface.util.SafeRunnable;
import org.eclipse.jface.viewers.IBaseLabelProvider;
import org.eclipse.jface.viewers.IContentProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Widget;

/**
 * A JFace viewer that draws a graph of the caller's objects on an SWT canvas: shapes (plain or
 * containers holding other shapes) and edges, given by an {@link IGraphContentProvider} and drawn as an
 * {@link IGraphLabelProvider} says. Eclipse ELK lays the graph out on a worker thread; the result of a
 * layout whose input changed meanwhile is dropped.
 * <p>
 * The viewer never changes the caller's model. Moves, connections and drops are reported to listeners
 * ({@link IMoveListener}, {@link IConnectListener}, {@link GraphDropAdapter}); where the user put shapes
 * is read back from an {@link IPositionStore}. Selection is a {@code StructuredSelection} of the
 * elements of shapes.
 * <p>
 * Mouse: click, Ctrl-click (toggle), Shift-click (add); drag on empty space for a marquee; drag a
 * shape to move the selection; wheel to scroll (Shift for sideways), Ctrl+wheel to zoom around the
 * pointer; middle-drag or Space+drag to pan. Keys: arrows select the nearest shape that way, Tab and
 * Shift+Tab cycle, + and - zoom, 0 zooms to 100%, F fits the diagram, Escape cancels a gesture.
 */
public class GraphViewer extends StructuredViewer {

    /** A press that moves less than this many pixels is a click, not a drag. */
    private static final int DRAG_THRESHOLD = 4;
    /** Scroll wheel and scrollbar step in pixels. */
    private static final int SCROLL_STEP = 40;

    private final Canvas canvas;
    private final Viewport viewport = new Viewport();
    private final GraphPainter painter;
    private final TextExtents extents = new TextExtents();
    private Font boldFont;

    private GraphModel model = GraphModel.empty();
    private GraphModel pending;
    /** Counts refreshes; written on the UI thread, read by layout workers to skip work already stale. */
    private volatile long layoutGeneration;
    private LayoutResult lastLayout;
    private int discardedLayouts;
    private Executor layoutExecutor = GraphViewer::runAsJob;
    private static boolean warmedUp;

    private Direction direction = Direction.DOWN;
    private boolean orthogonalEdges = true;
    private int collapseThreshold = Integer.MAX_VALUE;
    private int packingThreshold = ElkGraphLayout.PACKING_THRESHOLD;
    private IPositionStore positionStore = element -> null;

    private final List<IMoveListener> moveListeners = new ArrayList<>();
    private final List<IConnectListener> connectListeners = new ArrayList<>();
    private final List<Runnable> layoutListeners = new ArrayList<>();

    // What the user has selected or points at, by element so it survives refreshes.
    private final LinkedHashSet<Object> selection = new LinkedHashSet<>();
    private Object focus;
    private GraphNode hover;
    private List<Object> highlightedPath = List.of();
    private GraphNode dropTarget;
    private boolean dropAccepted;

    // The gesture in progress.
    private enum Gesture { NONE, PRESS, MOVE, MARQUEE, PAN, CONNECT }

    private Gesture gesture = Gesture.NONE;
    private boolean connectMode;
    private boolean spaceDown;
    private int pressX;
    private int pressY;
    private int lastX;
    private int lastY;
    private GraphNode pressed;
    private Set<GraphNode> moving = Set.of();
    private int moveDx;
    private int moveDy;
    private Rectangle marquee;
    private GraphNode connectSource;
    private int connectX;
    private int connectY;

    @SuppressWarnings("this-escape")
    public GraphViewer(Composite parent, int style) {
        canvas = new Canvas(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        painter = new GraphPainter(canvas.getDisplay());
        boldFont = GraphPainter.boldVariant(canvas.getDisplay(), canvas.getFont());
        canvas.setBackground(painter.canvasBackground);
        hookControl(canvas);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseExit, event -> setHover(null));
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseHorizontalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.KeyUp, event -> spaceDown = event.character == ' ' ? false : spaceDown);
        canvas.addListener(SWT.Traverse, this::traverse);
        canvas.addListener(SWT.Resize, event -> updateScrollBars());
        canvas.getHorizontalBar().addListener(SWT.Selection, event -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, event -> scrolled());
        if (!warmedUp) {
            warmedUp = true;
            runAsJob(ElkGraphLayout::warmUp);
        }
        canvas.addListener(SWT.Dispose, event -> {
            layoutGeneration++;
            painter.dispose();
            boldFont.dispose();
        });
    }

    // ---- JFace plumbing -------------------------------------------------------------------------

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    protected void assertContentProviderType(IContentProvider provider) {
        if (!(provider instanceof IGraphContentProvider)) {
            throw new IllegalArgumentException("GraphViewer needs an IGraphContentProvider, not " + provider);
        }
    }

    @Override
    public void setLabelProvider(IBaseLabelProvider labelProvider) {
        if (!(labelProvider instanceof ILabelProvider)) {
            throw new IllegalArgumentException("GraphViewer needs an ILabelProvider, ideally an IGraphLabelProvider");
        }
        super.setLabelProvider(labelProvider);
    }

    @Override
    protected Widget doFindInputItem(Object element) {
        return null; // shapes are drawn, not widgets
    }

    @Override
    protected Widget doFindItem(Object element) {
        return null;
    }

    @Override
    protected void doUpdateItem(Widget item, Object element, boolean fullMap) {
        // no widgets to update: update(Object, String[]) refreshes the drawing instead
    }

    /** Labels decide sizes, so a changed label means a new layout: one for all the elements given. */
    @Override
    public void update(Object element, String[] properties) {
        refresh();
    }

    @Override
    public void update(Object[] elements, String[] properties) {
        refresh();
    }

    @Override
    protected void inputChanged(Object input, Object oldInput) {
        refresh();
    }

    @Override
    protected void internalRefresh(Object element) {
        rebuild();
    }

    @Override
    protected List<Object> getSelectionFromWidget() {
        return new ArrayList<>(selection);
    }

    @Override
    protected void setSelectionToWidget(@SuppressWarnings("rawtypes") List list, boolean reveal) {
        selection.clear();
        GraphModel latest = latestModel();
        if (list != null) {
            for (Object element : list) {
                if (latest.contains(element)) {
                    selection.add(element);
                }
            }
        }
        focus = selection.isEmpty() ? null : selection.iterator().next();
        if (reveal && focus != null) {
            reveal(focus);
        }
        canvas.redraw();
    }

    /** Scrolls so the element's shape is in view (once it has been laid out). */
    @Override
    public void reveal(Object element) {
        GraphNode node = model.shownNode(element);
        if (node != null) {
            Rectangle client = canvas.getClientArea();
            viewport.reveal(new Rectangle(node.ax, node.ay, node.width, node.height), client.width, client.height);
            viewportChanged();
        }
    }

    // ---- Configuration --------------------------------------------------------------------------

    /**
     * Runs layouts on {@code executor} instead of an Eclipse job; results still reach the UI thread
     * through {@code asyncExec}. Tests use it to hold a layout back.
     */
    public void setLayoutExecutor(Executor executor) {
        layoutExecutor = executor;
    }

    /** The direction edges flow in: {@link SWT#DOWN} (the default) or {@link SWT#RIGHT}. */
    public void setLayoutDirection(int swtDirection) {
        direction = swtDirection == SWT.RIGHT ? Direction.RIGHT : Direction.DOWN;
    }

    /** Orthogonal edges (the default) or polylines. */
    public void setOrthogonalEdges(boolean orthogonal) {
        orthogonalEdges = orthogonal;
    }

    /** Containers with more shown children than this draw a count instead of their children. */
    public void setCollapseThreshold(int children) {
        collapseThreshold = children;
    }

    /**
     * Graphs with more shapes than this have the interiors of their containers packed as grids and only
     * the level above laid out by ELK; it keeps very big graphs fast (see the benchmark).
     */
    public void setPackingThreshold(int shapes) {
        packingThreshold = shapes;
    }

    /** Where the user put shapes; read after each layout and after each move. */
    public void setPositionStore(IPositionStore store) {
        positionStore = store != null ? store : element -> null;
    }

    /** In connect mode a drag from a shape to another reports a connection instead of moving. */
    public void setConnectMode(boolean connect) {
        connectMode = connect;
    }

    public boolean isConnectMode() {
        return connectMode;
    }

    public void addMoveListener(IMoveListener listener) {
        moveListeners.add(listener);
    }

    public void removeMoveListener(IMoveListener listener) {
        moveListeners.remove(listener);
    }

    public void addConnectListener(IConnectListener listener) {
        connectListeners.add(listener);
    }

    public void removeConnectListener(IConnectListener listener) {
        connectListeners.remove(listener);
    }

    /** Runs {@code listener} on the UI thread each time a layout has been applied. */
    public void addLayoutListener(Runnable listener) {
        layoutListeners.add(listener);
    }

    public void removeLayoutListener(Runnable listener) {
        layoutListeners.remove(listener);
    }

    /** The path last given to {@link #setHighlightedPath(List)}. */
    public List<Object> getHighlightedPath() {
        return highlightedPath;
    }

    /**
     * Highlights a path of elements, in order, such as a request's way through the routing mesh: their
     * shapes and the edges joining consecutive ones; a hop without an edge is drawn as a dashed arrow.
     */
    public void setHighlightedPath(List<?> elements) {
        highlightedPath = elements == null ? List.of() : List.copyOf(elements);
        canvas.redraw();
    }

    // ---- Queries --------------------------------------------------------------------------------

    /** The element of the innermost shape at a point of the canvas, or {@code null}. */
    public Object elementAt(int controlX, int controlY) {
        GraphNode node = nodeAt(controlX, controlY);
        return node != null ? node.element : null;
    }

    /**
     * The index of the chip drawn at a point of the canvas (in the order the label provider gave the
     * chips), or -1 when the point is on no chip. Lets the layer above drag a chip rather than its shape.
     */
    public int chipIndexAt(int controlX, int controlY) {
        GraphNode node = nodeAt(controlX, controlY);
        if (node == null || node.chips.isEmpty() || viewport.zoom() < GraphPainter.CHIP_ZOOM) {
            return -1;
        }
        Point p = viewport.toModel(controlX, controlY);
        int lineHeight = Math.max(node.textHeight, node.image != null ? ShapeMetrics.ICON : 0);
        int top = ShapeMetrics.contentTop(node) + lineHeight + ShapeMetrics.LINE_GAP; // as GraphPainter draws them
        if (p.y < top || p.y >= top + node.textHeight + 2 * ShapeMetrics.CHIP_PAD_Y) {
            return -1;
        }
        int x = ShapeMetrics.contentLeft(node);
        for (int i = 0; i < node.chipWidths.length; i++) {
            if (p.x >= x && p.x < x + node.chipWidths[i]) {
                return i;
            }
            x += node.chipWidths[i] + ShapeMetrics.CHIP_GAP;
        }
        return -1;
    }

    /** The element's shape in diagram coordinates, or {@code null} when it is not drawn (yet). */
    public Rectangle getBounds(Object element) {
        GraphNode node = model.node(element);
        return node == null ? null : new Rectangle(node.ax, node.ay, node.width, node.height);
    }

    /** The text drawn on the element's shape, or {@code null} when it is not drawn (yet). */
    public String getShownText(Object element) {
        GraphNode node = model.node(element);
        return node == null ? null : node.text;
    }

    /** The elements drawn as shapes, parents before children. */
    public List<Object> getShownElements() {
        return model.nodes.stream().map(node -> node.element).toList();
    }

    /** Whether the element is a container drawn collapsed, with a count instead of its children. */
    public boolean isCollapsed(Object element) {
        GraphNode node = model.node(element);
        return node != null && node.collapsedText != null;
    }

    /** The route of the edge element as absolute x,y pairs, or {@code null} when it is not drawn. */
    public int[] getRoute(Object edge) {
        for (GraphEdge e : model.edges) {
            if (e.element.equals(edge)) {
                return e.points.clone();
            }
        }
        return null;
    }

    /** The size of the laid-out diagram. */
    public Point getDiagramSize() {
        return new Point(model.width, model.height);
    }

    public Viewport getViewport() {
        return viewport;
    }

    /** Whether a layout is running or waiting to be applied. */
    public boolean isLayoutPending() {
        return pending != null;
    }

    /** How many layout results came back after the input had changed again, and were dropped. */
    public int getDiscardedLayoutCount() {
        return discardedLayouts;
    }

    /** How long the last applied layout took on its worker thread, in milliseconds. */
    public long getLastLayoutMillis() {
        return lastLayout == null ? -1 : lastLayout.millis;
    }

    // ---- Zoom and pan ---------------------------------------------------------------------------

    public void setZoom(double zoom) {
        Rectangle client = canvas.getClientArea();
        viewport.zoomAround(zoom, client.width / 2.0, client.height / 2.0);
        viewportChanged();
    }

    public double getZoom() {
        return viewport.zoom();
    }

    public void zoomIn() {
        setZoom(viewport.zoom() * Viewport.ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(viewport.zoom() / Viewport.ZOOM_STEP);
    }

    /** Shows the whole diagram, at 100% at most. */
    public void zoomToFit() {
        Rectangle client = canvas.getClientArea();
        viewport.fit(new Rectangle(0, 0, model.width, model.height), client.width, client.height);
        viewportChanged();
    }

    /** Shows the diagram at 100%, keeping the point in the middle of the canvas where it is. */
    public void zoomToActualSize() {
        setZoom(1);
    }

    /** Moves the view so the diagram point (x, y) is at the canvas' top-left corner. */
    public void scrollTo(int modelX, int modelY) {
        viewport.setOrigin(modelX * viewport.zoom(), modelY * viewport.zoom());
        viewportChanged();
    }

    private void viewportChanged() {
        updateScrollBars();
        canvas.redraw();
    }

    /** Scrollbars span the diagram plus wherever the view is now, so panning off the edge still works. */
    private void updateScrollBars() {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        double zoom = viewport.zoom();
        setBar(canvas.getHorizontalBar(), viewport.originX(), model.width * zoom, client.width);
        setBar(canvas.getVerticalBar(), viewport.originY(), model.height * zoom, client.height);
    }

    private static void setBar(ScrollBar bar, double origin, double extent, int visible) {
        int min = (int) Math.floor(Math.min(0, origin));
        int max = (int) Math.ceil(Math.max(extent, origin + visible));
        bar.setValues((int) Math.round(origin), min, Math.max(max, min + 1), Math.max(1, visible),
                SCROLL_STEP, Math.max(1, visible - SCROLL_STEP));
    }

    private void scrolled() {
        viewport.setOrigin(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection());
        canvas.redraw();
    }

    // ---- Refresh and layout ---------------------------------------------------------------------

    private GraphModel latestModel() {
        return pending != null ? pending : model;
    }

    /** Reads the providers into a new model and lays it out off the UI thread. */
    private void rebuild() {
        if (canvas.isDisposed()) {
            return;
        }
        Font font = canvas.getFont();
        if (!boldFont.isDisposed() && !sameFont(font)) {
            boldFont.dispose();
            boldFont = GraphPainter.boldVariant(canvas.getDisplay(), font);
        }
        GraphModel next;
        extents.begin(canvas, font, boldFont);
        try {
            next = GraphModel.build(this, getInput(), (IGraphContentProvider) getContentProvider(),
                    (ILabelProvider) getLabelProvider(), getFilters(), collapseThreshold, extents);
        } finally {
            extents.end();
        }
        pending = next;
        long generation = ++layoutGeneration;
        ElkGraphLayout.Options options = new ElkGraphLayout.Options(direction, orthogonalEdges, packingThreshold);
        var display = canvas.getDisplay();
        layoutExecutor.execute(() -> {
            LayoutResult result = null;
            try {
                if (generation == layoutGeneration) { // a newer refresh came before this layout started
                    result = ElkGraphLayout.layout(next, options);
                }
            } catch (RuntimeException | LinkageError e) {
                ILog.get().log(Status.error("Graph layout failed", e));
                result = null;
            }
            LayoutResult done = result;
            if (!display.isDisposed()) {
                display.asyncExec(() -> layoutDone(generation, next, done));
            }
        });
    }

    private boolean sameFont(Font font) {
        var plain = font.getFontData()[0];
        var bold = boldFont.getFontData()[0];
        return plain.getName().equals(bold.getName()) && plain.getHeight() == bold.getHeight();
    }

    private void layoutDone(long generation, GraphModel laidOut, LayoutResult result) {
        if (canvas.isDisposed() || generation != layoutGeneration) {
            discardedLayouts++;
            return; // the input changed while this layout ran: a newer one is on its way
        }
        pending = null;
        model = laidOut;
        lastLayout = result;
        hover = null;
        selection.retainAll(model.byElement.keySet());
        if (focus != null && !model.contains(focus)) {
            focus = null;
        }
        place();
        updateScrollBars();
        canvas.redraw();
        for (Runnable listener : List.copyOf(layoutListeners)) {
            SafeRunnable.run(listener::run);
        }
    }

    /** Puts every node where the layout or, if it has one, the position store says. */
    private void place() {
        LayoutResult result = lastLayout;
        for (GraphNode node : model.nodes) {
            if (result != null && result.model == model) {
                int at = 4 * node.index;
                node.layoutX = result.bounds[at];
                node.layoutY = result.bounds[at + 1];
                node.width = Math.max(node.minWidth, result.bounds[at + 2]);
                node.height = Math.max(node.minHeight, result.bounds[at + 3]);
            }
            Point pinned = positionStore.getPosition(node.element);
            node.x = pinned != null ? pinned.x : node.layoutX;
            node.y = pinned != null ? pinned.y : node.layoutY;
            node.displaced = pinned != null || (node.parent != null && node.parent.displaced);
            node.ax = node.x + (node.parent != null ? node.parent.ax : 0);
            node.ay = node.y + (node.parent != null ? node.parent.ay : 0);
        }
        int width = result != null && result.model == model ? result.width : 0;
        int height = result != null && result.model == model ? result.height : 0;
        for (GraphNode node : model.roots) {
            width = Math.max(width, node.ax + node.width + ElkGraphLayout.MARGIN);
            height = Math.max(height, node.ay + node.height + ElkGraphLayout.MARGIN);
        }
        model.width = width;
        model.height = height;
        for (GraphEdge edge : model.edges) {
            int[] route = result != null && result.model == model ? result.routes[edge.index] : null;
            edge.onDemand = route == null && result != null && result.model == model
                    && (packed(result, edge.source.parent) || packed(result, edge.target.parent));
            if (route != null && !edge.source.displaced && !edge.target.displaced) {
                edge.setPoints(route);
            } else {
                edge.routeStraight();
            }
        }
    }

    private static boolean packed(LayoutResult result, GraphNode node) {
        return node != null && result.packedInterior != null && result.packedInterior[node.index];
    }

    private static void runAsJob(Runnable layout) {
        Job job = Job.create("Laying out the graph", monitor -> {
            try {
                layout.run();
            } catch (RuntimeException | LinkageError e) {
                ILog.get().log(Status.error("Graph layout failed", e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    // ---- Painting -------------------------------------------------------------------------------

    private void paint(Event event) {
        Rectangle client = canvas.getClientArea();
        paint(event.gc, client);
    }

    /** Draws the current frame into {@code gc}; also used to paint into images for tests and benchmarks. */
    public void paint(GC gc, Rectangle client) {
        painter.paint(gc, model, viewport, client, canvas.getFont(), boldFont, overlay());
    }

    /** How many shapes the last frame drew (those outside the view are skipped). */
    public int getPaintedShapeCount() {
        return painter.paintedNodes;
    }

    /** How many edges the last frame drew. */
    public int getPaintedEdgeCount() {
        return painter.paintedEdges;
    }

    private GraphPainter.Overlay overlay() {
        Set<GraphNode> selected = new HashSet<>();
        for (Object element : selection) {
            GraphNode node = model.node(element);
            if (node != null) {
                selected.add(node);
            }
        }
        List<GraphNode> path = new ArrayList<>();
        for (Object element : highlightedPath) {
            GraphNode node = model.shownNode(element);
            if (node != null && (path.isEmpty() || path.get(path.size() - 1) != node)) {
                path.add(node);
            }
        }
        Set<GraphEdge> pathEdges = new HashSet<>();
        if (path.size() > 1) {
            Map<Long, GraphEdge> byEnds = new HashMap<>();
            for (GraphEdge e : model.edges) {
                byEnds.put(((long) e.source.index << 32) | e.target.index, e);
                byEnds.putIfAbsent(((long) e.target.index << 32) | e.source.index, e);
            }
            for (int i = 1; i < path.size(); i++) {
                GraphEdge e = byEnds.get(((long) path.get(i - 1).index << 32) | path.get(i).index);
                if (e != null) {
                    pathEdges.add(e);
                }
            }
        }
        return new GraphPainter.Overlay(selected, hover, path, pathEdges,
                gesture == Gesture.MOVE ? moving : Set.of(), moveDx, moveDy,
                gesture == Gesture.CONNECT ? dropTargetOrConnectTarget() : dropTarget, dropAccepted,
                gesture == Gesture.CONNECT ? connectSource : null, connectX, connectY,
                gesture == Gesture.MARQUEE ? marquee : null);
    }

    private GraphNode dropTargetOrConnectTarget() {
        return dropTarget;
    }

    // ---- Hit testing ----------------------------------------------------------------------------

    private GraphNode nodeAt(int controlX, int controlY) {
        Point p = viewport.toModel(controlX, controlY);
        return nodeAtModel(p.x, p.y);
    }

    /** The innermost shape at a diagram point: children are drawn over their containers. */
    GraphNode nodeAtModel(int x, int y) {
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

    // ---- Mouse ----------------------------------------------------------------------------------

    private void mouseDown(Event event) {
        canvas.setFocus();
        pressX = lastX = event.x;
        pressY = lastY = event.y;
        if (event.button == 2 || (event.button == 1 && spaceDown)) {
            gesture = Gesture.PAN;
            return;
        }
        if (event.button != 1) {
            return;
        }
        GraphNode node = nodeAt(event.x, event.y);
        boolean toggle = (event.stateMask & SWT.MOD1) != 0;
        boolean extend = (event.stateMask & SWT.SHIFT) != 0;
        if (node != null && connectMode) {
            gesture = Gesture.CONNECT;
            connectSource = node;
            Point p = viewport.toModel(event.x, event.y);
            connectX = p.x;
            connectY = p.y;
            return;
        }
        if (node == null) {
            gesture = Gesture.MARQUEE;
            marquee = new Rectangle(event.x, event.y, 0, 0);
            if (!toggle && !extend && !selection.isEmpty()) {
                selection.clear();
                focus = null;
                selectionChanged();
            }
            return;
        }
        gesture = Gesture.PRESS;
        pressed = node;
        if (toggle) {
            if (!selection.remove(node.element)) {
                selection.add(node.element);
            }
        } else if (extend) {
            selection.add(node.element);
        } else if (!selection.contains(node.element)) {
            selection.clear();
            selection.add(node.element);
        }
        focus = node.element;
        selectionChanged();
    }

    private void mouseMove(Event event) {
        int dx = event.x - lastX;
        int dy = event.y - lastY;
        lastX = event.x;
        lastY = event.y;
        switch (gesture) {
            case PAN -> {
                viewport.panBy(-dx, -dy);
                viewportChanged();
            }
            case PRESS -> {
                if (Math.abs(event.x - pressX) >= DRAG_THRESHOLD || Math.abs(event.y - pressY) >= DRAG_THRESHOLD) {
                    if (selection.contains(pressed.element)) {
                        gesture = Gesture.MOVE;
                        moving = movableSelection();
                        updateMove(event);
                    } else {
                        gesture = Gesture.NONE; // Ctrl-click took it out of the selection: nothing to drag
                    }
                }
            }
            case MOVE -> updateMove(event);
            case MARQUEE -> {
                marquee = new Rectangle(Math.min(pressX, event.x), Math.min(pressY, event.y),
                        Math.abs(event.x - pressX), Math.abs(event.y - pressY));
                canvas.redraw();
            }
            case CONNECT -> {
                Point p = viewport.toModel(event.x, event.y);
                connectX = p.x;
                connectY = p.y;
                GraphNode target = nodeAt(event.x, event.y);
                dropTarget = target != null && target != connectSource ? target : null;
                dropAccepted = dropTarget != null && canConnect(connectSource.element, dropTarget.element);
                canvas.redraw();
            }
            case NONE -> setHover(nodeAt(event.x, event.y));
        }
    }

    private void updateMove(Event event) {
        moveDx = (int) Math.round((event.x - pressX) / viewport.zoom());
        moveDy = (int) Math.round((event.y - pressY) / viewport.zoom());
        canvas.redraw();
    }

    /** The selected shapes that move: those inside another selected shape move with it. */
    private Set<GraphNode> movableSelection() {
        Set<GraphNode> nodes = new LinkedHashSet<>();
        for (Object element : selection) {
            GraphNode node = model.node(element);
            if (node != null) {
                nodes.add(node);
            }
        }
        nodes.removeIf(node -> nodes.stream().anyMatch(other -> other.isAncestorOf(node)));
        return nodes;
    }

    private void mouseUp(Event event) {
        Gesture done = gesture;
        gesture = Gesture.NONE;
        switch (done) {
            case MOVE -> finishMove();
            case MARQUEE -> finishMarquee(event);
            case CONNECT -> finishConnect();
            case PRESS -> {
                // A plain click on a shape of a multiple selection selects just that shape.
                if ((event.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0 && selection.size() > 1) {
                    selection.clear();
                    selection.add(pressed.element);
                    selectionChanged();
                }
            }
            default -> {
                // panning needs no ending
            }
        }
        pressed = null;
        canvas.redraw();
    }

    private void finishMove() {
        Set<GraphNode> moved = moving;
        moving = Set.of();
        if (moveDx == 0 && moveDy == 0 || moved.isEmpty()) {
            return;
        }
        Map<Object, Point> positions = new LinkedHashMap<>();
        for (GraphNode node : moved) {
            positions.put(node.element, new Point(node.x + moveDx, node.y + moveDy));
        }
        MoveEvent move = new MoveEvent(this, positions, moveDx, moveDy);
        moveDx = 0;
        moveDy = 0;
        for (IMoveListener listener : List.copyOf(moveListeners)) {
            SafeRunnable.run(() -> listener.shapesMoved(move));
        }
        // The listeners stored what they accepted: draw shapes there, and the rest where they were.
        applyPositions();
    }

    /** Re-reads the position store and places the shapes accordingly, without a new layout. */
    public void applyPositions() {
        place();
        updateScrollBars();
        canvas.redraw();
    }

    private void finishMarquee(Event event) {
        Rectangle area = marquee;
        marquee = null;
        if (area == null || area.width < 2 && area.height < 2) {
            return;
        }
        Point from = viewport.toModel(area.x, area.y);
        Point to = viewport.toModel(area.x + area.width, area.y + area.height);
        if ((event.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0) {
            selection.clear();
        }
        for (GraphNode node : model.nodes) {
            if (node.ax >= from.x && node.ay >= from.y && node.ax + node.width <= to.x
                    && node.ay + node.height <= to.y) {
                selection.add(node.element);
            }
        }
        focus = selection.isEmpty() ? null : selection.iterator().next();
        selectionChanged();
    }

    private void finishConnect() {
        GraphNode source = connectSource;
        GraphNode target = dropTarget;
        connectSource = null;
        dropTarget = null;
        dropAccepted = false;
        if (source == null || target == null || !canConnect(source.element, target.element)) {
            return;
        }
        for (IConnectListener listener : List.copyOf(connectListeners)) {
            if (listener.canConnect(source.element, target.element)) {
                SafeRunnable.run(() -> listener.connect(source.element, target.element));
            }
        }
    }

    private boolean canConnect(Object source, Object target) {
        for (IConnectListener listener : connectListeners) {
            if (listener.canConnect(source, target)) {
                return true;
            }
        }
        return false;
    }

    private void wheel(Event event) {
        event.doit = false;
        if ((event.stateMask & SWT.MOD1) != 0) {
            double factor = event.count > 0 ? Viewport.ZOOM_STEP : 1 / Viewport.ZOOM_STEP;
            viewport.zoomAround(viewport.zoom() * factor, event.x, event.y);
        } else if (event.type == SWT.MouseHorizontalWheel || (event.stateMask & SWT.SHIFT) != 0) {
            viewport.panBy(-event.count * SCROLL_STEP / 3.0, 0);
        } else {
            viewport.panBy(0, -event.count * SCROLL_STEP / 3.0);
        }
        viewportChanged();
    }

    private void setHover(GraphNode node) {
        if (node == hover) {
            return;
        }
        hover = node;
        String tip = null;
        if (node != null && getLabelProvider() instanceof IGraphLabelProvider styles) {
            tip = styles.getToolTipText(node.element);
        }
        canvas.setToolTipText(tip);
        canvas.redraw();
    }

    /** The shape under the pointer, which is drawn highlighted. */
    public Object getHoveredElement() {
        return hover != null ? hover.element : null;
    }

    // ---- Keyboard -------------------------------------------------------------------------------

    private void traverse(Event event) {
        if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
            event.doit = false; // Tab cycles through the shapes instead of leaving the canvas
            cycle(event.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
        }
    }

    private void keyDown(Event event) {
        switch (event.keyCode) {
            case SWT.ARROW_LEFT -> navigate(-1, 0);
            case SWT.ARROW_RIGHT -> navigate(1, 0);
            case SWT.ARROW_UP -> navigate(0, -1);
            case SWT.ARROW_DOWN -> navigate(0, 1);
            case SWT.KEYPAD_ADD -> zoomIn();
            case SWT.KEYPAD_SUBTRACT -> zoomOut();
            case SWT.ESC -> cancelGesture();
            default -> {
                switch (event.character) {
                    case '+', '=' -> zoomIn();
                    case '-' -> zoomOut();
                    case '0' -> zoomToActualSize();
                    case 'f', 'F' -> zoomToFit();
                    case ' ' -> spaceDown = true;
                    default -> {
                        // other keys are the application's
                    }
                }
            }
        }
    }

    private void cancelGesture() {
        gesture = Gesture.NONE;
        moving = Set.of();
        marquee = null;
        connectSource = null;
        dropTarget = null;
        canvas.redraw();
    }

    /** Selects the nearest shape in a direction from the focused one, favouring those straight ahead. */
    private void navigate(int dirX, int dirY) {
        GraphNode from = model.node(focus);
        if (from == null) {
            cycle(1);
            return;
        }
        GraphNode best = null;
        long bestScore = Long.MAX_VALUE;
        for (GraphNode node : model.nodes) {
            if (node == from || node.isAncestorOf(from)) {
                continue;
            }
            long ahead = (long) (node.centerX() - from.centerX()) * dirX + (long) (node.centerY() - from.centerY()) * dirY;
            long aside = Math.abs((long) (node.centerX() - from.centerX()) * dirY)
                    + Math.abs((long) (node.centerY() - from.centerY()) * dirX);
            if (ahead <= 0) {
                continue;
            }
            long score = ahead + 2 * aside;
            if (score < bestScore) {
                bestScore = score;
                best = node;
            }
        }
        if (best != null) {
            selectOnly(best);
        }
    }

    private void cycle(int step) {
        List<GraphNode> nodes = model.nodes;
        if (nodes.isEmpty()) {
            return;
        }
        GraphNode from = model.node(focus);
        int next = from == null ? (step > 0 ? 0 : nodes.size() - 1)
                : Math.floorMod(nodes.indexOf(from) + step, nodes.size());
        selectOnly(nodes.get(next));
    }

    private void selectOnly(GraphNode node) {
        selection.clear();
        selection.add(node.element);
        focus = node.element;
        reveal(node.element);
        selectionChanged();
    }

    private void selectionChanged() {
        canvas.redraw();
        updateSelection(getSelection());
    }

    // ---- Drag and drop --------------------------------------------------------------------------

    /** Shows a drop target's feedback on a shape; {@link GraphDropAdapter} calls it. */
    void setDropFeedback(GraphNode node, boolean accepted) {
        if (node != dropTarget || accepted != dropAccepted) {
            dropTarget = node;
            dropAccepted = accepted;
            canvas.redraw();
        }
    }

    GraphNode nodeAtDisplay(int displayX, int displayY) {
        Point p = canvas.toControl(displayX, displayY);
        return nodeAt(p.x, p.y);
    }

    /** The elements of the shapes inside the given element's shape (for callers that need the tree). */
    public Collection<Object> getShownChildren(Object element) {
        GraphNode node = model.node(element);
        return node == null ? List.of() : node.children.stream().map(child -> child.element).toList();
    }
}
