package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import org.eclipse.elk.core.options.Direction;
import org.eclipse.jface.util.SafeRunnable;
import org.eclipse.jface.viewers.IBaseLabelProvider;
import org.eclipse.jface.viewers.IContentProvider;
import org.eclipse.jface.viewers.ILabelProvider;
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
 * <p>
 * This class is the facade; the work is done by one class per job: {@link LayoutScheduler} and
 * {@link ShapePlacement} (layout), {@link PointerInput} with {@link SelectGesture}, {@link MarqueeGesture},
 * {@link MoveGesture}, {@link ConnectGesture} and {@link PanGesture} (mouse), {@link KeyboardNavigation},
 * {@link GraphDropAdapter} (drag and drop), {@link HitTest}, {@link GraphPainter}, {@link Viewport} and
 * {@link ScrollBars}.
 */
public class GraphViewer extends StructuredViewer {

    private final Canvas canvas;
    private final Viewport viewport = new Viewport();
    private final GraphPainter painter;
    private final TextExtents extents = new TextExtents();
    private final ScrollBars scrollBars;
    private final LayoutScheduler layouts;
    private final GraphSelection selection = new GraphSelection(this::selectionChanged);
    private final MoveGesture move;
    private final ConnectGesture connect;
    private final MarqueeGesture marquee;
    private final PointerInput pointer;
    private Font boldFont;

    private GraphModel model = GraphModel.empty();
    private LayoutResult lastLayout;

    private Direction direction = Direction.DOWN;
    private boolean orthogonalEdges = true;
    private int collapseThreshold = Integer.MAX_VALUE;
    private int packingThreshold = ElkGraphLayout.PACKING_THRESHOLD;
    private IPositionStore positionStore = element -> null;

    private final List<Runnable> layoutListeners = new ArrayList<>();
    /**
     * Whether the view fits itself to each new layout and to a resized canvas: from a new input until the
     * user zooms or pans. A rows layout is also redone when the canvas' width changes.
     */
    private boolean autoFit = true;
    private int laidOutWidth = -1;

    // What the user points at, by element or shape, redrawn on top of the diagram.
    private GraphNode hover;
    private List<Object> highlightedPath = List.of();
    private GraphNode dropTarget;
    private boolean dropAccepted;

    @SuppressWarnings("this-escape")
    public GraphViewer(Composite parent, int style) {
        canvas = new Canvas(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        painter = new GraphPainter(canvas.getDisplay());
        boldFont = GraphPainter.boldVariant(canvas.getDisplay(), canvas.getFont());
        canvas.setBackground(painter.canvasBackground);
        hookControl(canvas);
        canvas.addListener(SWT.Paint, this::paint);
        GestureHost host = new Host();
        move = new MoveGesture(host);
        connect = new ConnectGesture(host);
        marquee = new MarqueeGesture(host);
        pointer = new PointerInput(host, new SelectGesture(host, move), marquee, connect,
                new PanGesture(host));
        new KeyboardNavigation(host, pointer);
        scrollBars = new ScrollBars(canvas, viewport);
        canvas.addListener(SWT.Resize, event -> resized());
        // Once the user presses on the diagram, they work with the view as it is: no refit moves it away.
        canvas.addListener(SWT.MouseDown, event -> autoFit = false);
        layouts = new LayoutScheduler(canvas.getDisplay(), this::laidOut);
        canvas.addListener(SWT.Dispose, event -> {
            layouts.cancel();
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
        if (!(provider instanceof IGraphRowProvider)) {
            LayoutScheduler.warmUpElk(); // ELK lays this content out: its first run loads and compiles much
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
        autoFit = true;
        refresh();
    }

    @Override
    protected void internalRefresh(Object element) {
        rebuild();
    }

    @Override
    protected List<Object> getSelectionFromWidget() {
        return selection.toList();
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
        selection.focusFirst();
        // A selected shape the user can already see stays where it is: scrolling it whole into view would
        // push the shapes at the opposite edge out of it (a node just dropped at the right edge cut the
        // title of the one at the left).
        if (reveal && selection.focus() != null && !isShown(selection.focus())) {
            reveal(selection.focus());
        }
        canvas.redraw();
    }

    /** Whether some part of the element's shape shows in the canvas. */
    private boolean isShown(Object element) {
        GraphNode node = model.shownNode(element);
        Rectangle client = canvas.getClientArea();
        return node != null && viewport.shows(new Rectangle(node.ax, node.ay, node.width, node.height), client.width,
                client.height);
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
        layouts.setExecutor(executor);
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

    /**
     * The next left click on the canvas reports its diagram point to {@code place} instead of selecting,
     * under a cross-hair cursor (a palette's creation tool); Escape, or another call, reports {@code null}.
     */
    public void placeNext(java.util.function.Consumer<Point> place) {
        pointer.placeNext(place);
    }

    /** Where the user put the element's shape, or {@code null}: the position store's answer. */
    Point storedPosition(Object element) {
        return positionStore.getPosition(element);
    }

    /** In connect mode a drag from a shape to another reports a connection instead of moving. */
    public void setConnectMode(boolean connectMode) {
        connect.setEnabled(connectMode);
    }

    public boolean isConnectMode() {
        return connect.isEnabled();
    }

    public void addMoveListener(IMoveListener listener) {
        move.addListener(listener);
    }

    public void removeMoveListener(IMoveListener listener) {
        move.removeListener(listener);
    }

    public void addConnectListener(IConnectListener listener) {
        connect.addListener(listener);
    }

    public void removeConnectListener(IConnectListener listener) {
        connect.removeListener(listener);
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
     * chips), or -1 when the point is on no chip. Move and connect events carry the chip a drag started on.
     */
    public int chipIndexAt(int controlX, int controlY) {
        Point p = viewport.toModel(controlX, controlY);
        return HitTest.chipAt(HitTest.nodeAt(model, p.x, p.y), p.x, p.y, viewport.zoom());
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

    /** The texts of the chips drawn on the element's shape, in order; empty when it is not drawn. */
    public List<String> getShownChips(Object element) {
        GraphNode node = model.node(element);
        return node == null ? List.of() : node.chips.stream().map(Chip::text).toList();
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
        return layouts.pending() != null;
    }

    /** How many layout results came back after the input had changed again, and were dropped. */
    public int getDiscardedLayoutCount() {
        return layouts.discarded();
    }

    /** How long the last applied layout took on its worker thread, in milliseconds. */
    public long getLastLayoutMillis() {
        return lastLayout == null ? -1 : lastLayout.millis;
    }

    // ---- Zoom and pan ---------------------------------------------------------------------------

    public void setZoom(double zoom) {
        Rectangle client = canvas.getClientArea();
        viewport.zoomAround(zoom, client.width / 2.0, client.height / 2.0);
        autoFit = false;
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
        autoFit = false; // the user chose this zoom: the automatic, readable fit must not undo it
        viewportChanged();
    }

    /**
     * Fits the diagram to the view the way it opens: whole when that leaves its text readable, else as wide
     * as the view (scrolling down for the rest) rather than in a font too small to read.
     */
    private void fitReadably() {
        Rectangle client = canvas.getClientArea();
        viewport.fitReadably(new Rectangle(0, 0, model.width, model.height), client.width, client.height,
                Viewport.READABLE_ZOOM, viewport.originY() / viewport.zoom());
        viewportChanged();
    }

    /** A resized canvas refits an untouched view; a rows layout is redone for the new width. */
    private void resized() {
        if (model.rowed && canvas.getClientArea().width != laidOutWidth) {
            refresh();
        } else if (autoFit) {
            fitReadably();
        } else {
            scrollBars.update(model);
        }
    }

    /** Shows the diagram at 100%, keeping the point in the middle of the canvas where it is. */
    public void zoomToActualSize() {
        setZoom(1);
    }

    /** Moves the view so the diagram point (x, y) is at the canvas' top-left corner. */
    public void scrollTo(int modelX, int modelY) {
        viewport.setOrigin(modelX * viewport.zoom(), modelY * viewport.zoom());
        autoFit = false;
        viewportChanged();
    }

    /** Whether the view still fits itself to the diagram (no zoom or pan by the user since it opened). */
    public boolean isAutoFit() {
        return autoFit;
    }

    private void viewportChanged() {
        scrollBars.update(model);
        canvas.redraw();
    }

    // ---- Refresh and layout ---------------------------------------------------------------------

    private GraphModel latestModel() {
        GraphModel pending = layouts.pending();
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
        laidOutWidth = canvas.getClientArea().width;
        layouts.schedule(next,
                new ElkGraphLayout.Options(direction, orthogonalEdges, packingThreshold, laidOutWidth));
    }

    private boolean sameFont(Font font) {
        var plain = font.getFontData()[0];
        var bold = boldFont.getFontData()[0];
        return plain.getName().equals(bold.getName()) && plain.getHeight() == bold.getHeight();
    }

    /** The newest layout is back: it becomes what the viewer shows. */
    private void laidOut(GraphModel laidOut, LayoutResult result) {
        model = laidOut;
        lastLayout = result;
        // The hovered shape's element may be gone (deleted): its tooltip must not outlive it.
        Object hovered = hover == null ? null : hover.element;
        hover = null;
        canvas.setToolTipText(null);
        setHover(model.node(hovered));
        selection.retainShown(model);
        applyPositions();
        if (autoFit) {
            fitReadably();
        }
        for (Runnable listener : List.copyOf(layoutListeners)) {
            SafeRunnable.run(listener::run);
        }
    }

    /** Re-reads the position store and places the shapes accordingly, without a new layout. */
    public void applyPositions() {
        ShapePlacement.place(model, lastLayout, positionStore);
        scrollBars.update(model);
        canvas.redraw();
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
        for (Object element : selection.toList()) {
            GraphNode node = model.node(element);
            if (node != null) {
                selected.add(node);
            }
        }
        HighlightedPath path = HighlightedPath.of(model, highlightedPath);
        boolean connecting = connect.source() != null;
        return new GraphPainter.Overlay(selected, hover, path.nodes(), path.edges(), move.dragged(), move.dx(),
                move.dy(), connecting ? connect.target() : dropTarget,
                connecting ? connect.accepted() : dropAccepted, connect.source(), connect.x(), connect.y(),
                marquee.area());
    }

    // ---- Pointing -------------------------------------------------------------------------------

    private GraphNode nodeAt(int controlX, int controlY) {
        Point p = viewport.toModel(controlX, controlY);
        return HitTest.nodeAt(model, p.x, p.y);
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

    /** What the gestures and the keyboard may see and do of this viewer. */
    private final class Host implements GestureHost {

        @Override
        public GraphViewer viewer() {
            return GraphViewer.this;
        }

        @Override
        public Canvas canvas() {
            return canvas;
        }

        @Override
        public GraphModel model() {
            return model;
        }

        @Override
        public Viewport viewport() {
            return viewport;
        }

        @Override
        public GraphSelection selection() {
            return selection;
        }

        @Override
        public void viewportChanged() {
            autoFit = false; // the user zoomed or panned: the view stays where they put it
            GraphViewer.this.viewportChanged();
        }

        @Override
        public void applyPositions() {
            GraphViewer.this.applyPositions();
        }

        @Override
        public void hover(GraphNode node) {
            setHover(node);
        }
    }
}
