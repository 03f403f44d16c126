package flotilla.ui.graph;

import static flotilla.ui.graph.GraphScene.pixelsNear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import flotilla.ui.Screenshots;

/** The graph viewer in a real shell: what it draws, and what the mouse and keyboard do to it. */
class GraphViewerTest {

    private GraphScene scene;

    @AfterEach
    void close() {
        if (scene != null) {
            scene.close();
        }
    }

    /** Two machines with three tasks each, three services on two networks. */
    private static TestGraph small() {
        return TestGraph.cluster(2, 3, 3, 2);
    }

    private List<Object> selection() {
        return ((IStructuredSelection) scene.viewer.getSelection()).toList();
    }

    @Test
    void drawsTheShapesTheProvidersGive() {
        scene = new GraphScene(small()).show();
        List<Object> shown = scene.viewer.getShownElements();
        assertEquals(List.of("net-0", "net-1", "svc-0", "svc-1", "svc-2", "node-0", "svc-0.1", "svc-1.1", "svc-2.1",
                "node-1", "svc-0.2", "svc-1.2", "svc-2.2"), shown);
        assertEquals(List.of("svc-0.1", "svc-1.1", "svc-2.1"), List.copyOf(scene.viewer.getShownChildren("node-0")));

        ImageData image = scene.paint();
        TestGraph.Labels labels = (TestGraph.Labels) scene.viewer.getLabelProvider();
        // Inside each kind of shape, away from its text, the fill its label provider chose.
        Rectangle net = scene.viewer.getBounds("net-0");
        Point netPoint = scene.viewer.getViewport().toScreen(net.x + net.width / 2.0, net.y + net.height - 4);
        assertEquals(labels.network.getRGB(), GraphScene.pixel(image, netPoint.x, netPoint.y));
        Rectangle svc = scene.viewer.getBounds("svc-1");
        Point svcPoint = scene.viewer.getViewport().toScreen(svc.x + svc.width / 2.0, svc.y + svc.height - 6);
        assertEquals(labels.service.getRGB(), GraphScene.pixel(image, svcPoint.x, svcPoint.y));
        Rectangle node = scene.viewer.getBounds("node-0");
        Point nodePoint = scene.viewer.getViewport().toScreen(node.x + node.width - 5, node.y + node.height - 5);
        assertEquals(new RGB(243, 246, 250), GraphScene.pixel(image, nodePoint.x, nodePoint.y));
        // Edges are drawn, each ending in an arrow head.
        assertEquals(6 + 3, scene.viewer.getPaintedEdgeCount());
        Screenshots.capture(scene.shell, "graph-small-100");
    }

    @Test
    void elkLaysOutInTheOsgiRuntime() {
        scene = new GraphScene(small()).show();
        assertTrue(scene.viewer.getLastLayoutMillis() >= 0, "the layout failed; see the log");
        // An orthogonal route from a task inside a node to its service bends at right angles.
        int[] route = scene.viewer.getRoute(new TestGraph.Edge("svc-1.1", "svc-1"));
        assertNotNull(route);
        assertTrue(route.length >= 4, "no route");
        for (int i = 0; i + 3 < route.length; i += 2) {
            assertTrue(route[i] == route[i + 2] || route[i + 1] == route[i + 3],
                    "segment " + i / 2 + " is not orthogonal: " + java.util.Arrays.toString(route));
        }
        Rectangle task = scene.viewer.getBounds("svc-1.1");
        Rectangle service = scene.viewer.getBounds("svc-1");
        assertTrue(near(task, route[0], route[1]), "route starts at the task's border");
        assertTrue(near(service, route[route.length - 2], route[route.length - 1]), "route ends at the service");
    }

    private static boolean near(Rectangle r, int x, int y) {
        return x >= r.x - 2 && x <= r.x + r.width + 2 && y >= r.y - 2 && y <= r.y + r.height + 2;
    }

    @Test
    void childrenSitInsideTheirParentsAndNoShapesOverlap() {
        scene = new GraphScene(TestGraph.cluster(6, 4, 4, 2).chips("node-1", "gpu=true", "rack=r12", "ssd")).show();
        assertNoOverlaps();
    }

    /** The 50-node example size, laid out across hierarchy levels, read at 100%. */
    @Test
    void fiftyNodeClusterIsReadableAt100Percent() {
        scene = new GraphScene(TestGraph.cluster(50, 6, 10, 3)).show();
        assertNoOverlaps();
        scene.viewer.zoomToActualSize();
        scene.viewer.scrollTo(0, 0);
        Screenshots.capture(scene.shell, "graph-50-nodes-100");
        scene.viewer.zoomToFit();
        Screenshots.capture(scene.shell, "graph-50-nodes-fit");
    }

    /** Past the packing threshold the nodes' tasks are packed as grids, still inside and apart. */
    @Test
    void thousandNodeClusterPacksTasksInsideTheirNodes() {
        scene = new GraphScene(TestGraph.cluster(1000, 10, 200, 5)).show();
        List<Object> shown = scene.viewer.getShownElements();
        assertEquals(1000 + 10_000 + 200 + 5, shown.size());
        List<Rectangle> tops = new ArrayList<>();
        for (Object element : shown) {
            Rectangle box = scene.viewer.getBounds(element);
            List<Rectangle> children = scene.viewer.getShownChildren(element).stream()
                    .map(scene.viewer::getBounds).toList();
            for (int i = 0; i < children.size(); i++) {
                Rectangle c = children.get(i);
                assertTrue(box.contains(c.x, c.y) && box.contains(c.x + c.width - 1, c.y + c.height - 1),
                        "a task of " + element + " leaves it");
                for (int j = i + 1; j < children.size(); j++) {
                    assertFalse(c.intersects(children.get(j)), "two tasks of " + element + " overlap");
                }
            }
            if (element.toString().matches("(node|svc|net)-\\d+")) {
                tops.add(box);
            }
        }
        for (int i = 0; i < tops.size(); i++) {
            for (int j = i + 1; j < tops.size(); j++) {
                assertFalse(tops.get(i).intersects(tops.get(j)), tops.get(i) + " overlaps " + tops.get(j));
            }
        }
        scene.viewer.zoomToActualSize();
        scene.viewer.scrollTo(0, 0);
        Screenshots.capture(scene.shell, "graph-1000-nodes-100");
        scene.viewer.setZoom(0.3);
        Screenshots.capture(scene.shell, "graph-1000-nodes-30");
        scene.viewer.zoomToFit();
        Screenshots.capture(scene.shell, "graph-1000-nodes-fit");
    }

    private void assertNoOverlaps() {
        List<Object> shown = scene.viewer.getShownElements();
        for (Object parent : shown) {
            Rectangle p = scene.viewer.getBounds(parent);
            for (Object child : scene.viewer.getShownChildren(parent)) {
                Rectangle c = scene.viewer.getBounds(child);
                assertTrue(p.contains(c.x, c.y) && p.contains(c.x + c.width - 1, c.y + c.height - 1),
                        child + " " + c + " leaves " + parent + " " + p);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                Object a = shown.get(i);
                Object b = shown.get(j);
                if (scene.viewer.getShownChildren(a).contains(b) || isAncestor(a, b)) {
                    continue;
                }
                Rectangle ra = scene.viewer.getBounds(a);
                Rectangle rb = scene.viewer.getBounds(b);
                assertFalse(ra.intersects(rb), a + " " + ra + " overlaps " + b + " " + rb);
            }
        }
    }

    private boolean isAncestor(Object ancestor, Object element) {
        for (Object child : scene.viewer.getShownChildren(ancestor)) {
            if (child.equals(element) || isAncestor(child, element)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyTitleAndChipFitsItsBox() {
        TestGraph graph = TestGraph.cluster(3, 2, 2, 1);
        graph.node("a-service-with-a-rather-long-name-that-must-still-fit");
        graph.chips("node-0", "node.labels.zone=eu-west-1a", "role=manager");
        scene = new GraphScene(graph).show();
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(scene.canvas);
        try {
            for (Object element : scene.viewer.getShownElements()) {
                Rectangle box = scene.viewer.getBounds(element);
                String text = element.toString();
                int width = gc.textExtent(text).x + 2 * ShapeMetrics.PADDING;
                if (!scene.viewer.getShownChildren(element).isEmpty()) {
                    // container titles are bold: measure them at least as wide as plain text
                    width = width * 11 / 10;
                }
                assertTrue(width <= box.width, text + " needs " + width + " but its box is " + box.width);
                // Chips wrap onto lines of at most CHIP_LINE: the widest line must fit the box.
                int line = 0;
                int widest = 0;
                for (Chip chip : graph.chips.getOrDefault(element, List.of())) {
                    int chipWidth = gc.textExtent(chip.text()).x + 2 * ShapeMetrics.CHIP_PAD_X;
                    line = line > 0 && line + ShapeMetrics.CHIP_GAP + chipWidth > ShapeMetrics.CHIP_LINE
                            ? chipWidth
                            : line + (line > 0 ? ShapeMetrics.CHIP_GAP : 0) + chipWidth;
                    widest = Math.max(widest, line);
                }
                assertTrue(widest == 0 || widest + 2 * ShapeMetrics.PADDING <= box.width,
                        text + "'s widest line of chips needs " + widest + " but its box is " + box.width);
            }
        } finally {
            gc.dispose();
        }
        Screenshots.capture(scene.shell, "graph-long-labels");
    }

    @Test
    void clickSelectsCtrlClickTogglesShiftClickAdds() {
        scene = new GraphScene(small()).show();
        List<IStructuredSelection> events = new ArrayList<>();
        scene.viewer.addSelectionChangedListener(event -> events.add((IStructuredSelection) event.getSelection()));

        scene.click("svc-0", 0);
        assertEquals(List.of("svc-0"), selection());
        scene.click("svc-1.1", SWT.MOD1);
        assertEquals(List.of("svc-0", "svc-1.1"), selection(), "the innermost shape is hit, not its node");
        scene.click("net-1", SWT.SHIFT);
        assertEquals(List.of("svc-0", "svc-1.1", "net-1"), selection());
        scene.click("svc-0", SWT.MOD1);
        assertEquals(List.of("svc-1.1", "net-1"), selection());
        // A node's title band belongs to the node; its middle to the tasks in it.
        Rectangle node = scene.viewer.getBounds("node-1");
        Point title = scene.viewer.getViewport().toScreen(node.x + 4, node.y + 4);
        scene.mouse(SWT.MouseDown, title.x, title.y, 1, 0);
        scene.mouse(SWT.MouseUp, title.x, title.y, 1, SWT.BUTTON1);
        assertEquals(List.of("node-1"), selection());
        assertEquals(List.of("node-1"), events.get(events.size() - 1).toList());

        // Clicking empty space clears the selection.
        Rectangle diagram = new Rectangle(0, 0, scene.viewer.getDiagramSize().x, scene.viewer.getDiagramSize().y);
        Point empty = scene.viewer.getViewport().toScreen(diagram.x + 3, diagram.y + 3);
        scene.mouse(SWT.MouseDown, empty.x, empty.y, 1, 0);
        scene.mouse(SWT.MouseUp, empty.x, empty.y, 1, SWT.BUTTON1);
        assertTrue(selection().isEmpty());
    }

    @Test
    void marqueeSelectsTheShapesInside() {
        scene = new GraphScene(small()).show();
        Rectangle node = scene.viewer.getBounds("node-0");
        Point from = scene.viewer.getViewport().toScreen(node.x - 6, node.y - 6);
        Point to = scene.viewer.getViewport().toScreen(node.x + node.width + 6, node.y + node.height + 6);
        scene.drag(from, to, 0);
        assertEquals(List.of("node-0", "svc-0.1", "svc-1.1", "svc-2.1"), selection());
        Screenshots.capture(scene.shell, "graph-marquee-selection");
    }

    @Test
    void arrowsMoveTheSelectionToTheNearestShapeTabCycles() {
        scene = new GraphScene(small()).show();
        scene.click("svc-0.1", 0);
        scene.key(SWT.ARROW_RIGHT, (char) 0, 0);
        assertEquals(List.of("svc-1.1"), selection());
        scene.key(SWT.ARROW_LEFT, (char) 0, 0);
        assertEquals(List.of("svc-0.1"), selection());

        List<Object> order = scene.viewer.getShownElements();
        int at = order.indexOf("svc-0.1");
        org.eclipse.swt.widgets.Event tab = new org.eclipse.swt.widgets.Event();
        tab.detail = SWT.TRAVERSE_TAB_NEXT;
        tab.doit = true;
        scene.canvas.notifyListeners(SWT.Traverse, tab);
        assertFalse(tab.doit, "Tab stays in the canvas");
        assertEquals(List.of(order.get(at + 1)), selection());
        tab.detail = SWT.TRAVERSE_TAB_PREVIOUS;
        scene.canvas.notifyListeners(SWT.Traverse, tab);
        assertEquals(List.of("svc-0.1"), selection());

        // From a service, down leads to a network below it (edges flow downwards).
        scene.click("svc-0", 0);
        scene.key(SWT.ARROW_DOWN, (char) 0, 0);
        assertTrue(selection().get(0).toString().startsWith("net-"), selection().toString());
    }

    @Test
    void plusMinusZeroAndCtrlWheelZoom() {
        scene = new GraphScene(small()).show();
        GraphViewer viewer = scene.viewer;
        viewer.zoomToActualSize();
        scene.key(0, '+', 0);
        assertEquals(Viewport.ZOOM_STEP, viewer.getZoom(), 1e-9);
        scene.key(0, '-', 0);
        scene.key(0, '-', 0);
        assertEquals(1 / Viewport.ZOOM_STEP, viewer.getZoom(), 1e-9);
        scene.key(0, '0', 0);
        assertEquals(1, viewer.getZoom(), 1e-9);

        // Ctrl+wheel zooms around the pointer: the diagram point under it stays put.
        double modelX = viewer.getViewport().toModelX(300);
        double modelY = viewer.getViewport().toModelY(200);
        org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
        wheel.x = 300;
        wheel.y = 200;
        wheel.count = 3;
        wheel.stateMask = SWT.MOD1;
        scene.canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertEquals(Viewport.ZOOM_STEP, viewer.getZoom(), 1e-9);
        assertEquals(modelX, viewer.getViewport().toModelX(300), 1e-6);
        assertEquals(modelY, viewer.getViewport().toModelY(200), 1e-6);

        // A plain wheel scrolls; a middle drag pans by exactly the dragged pixels.
        double originY = viewer.getViewport().originY();
        wheel.stateMask = 0;
        wheel.count = -3;
        scene.canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertTrue(viewer.getViewport().originY() > originY);
        double originX = viewer.getViewport().originX();
        scene.mouse(SWT.MouseDown, 400, 300, 2, 0);
        scene.mouse(SWT.MouseMove, 350, 280, 0, SWT.BUTTON2);
        scene.mouse(SWT.MouseUp, 350, 280, 2, SWT.BUTTON2);
        assertEquals(originX + 50, viewer.getViewport().originX(), 1e-6);

        viewer.zoomToFit();
        Point size = viewer.getDiagramSize();
        Rectangle client = scene.canvas.getClientArea();
        Point topLeft = viewer.getViewport().toScreen(0, 0);
        Point bottomRight = viewer.getViewport().toScreen(size.x, size.y);
        assertTrue(client.contains(topLeft) && bottomRight.x <= client.width && bottomRight.y <= client.height,
                "fit shows the whole diagram");
    }

    @Test
    void draggingReportsAMoveAndShowsWhatTheStoreKeeps() {
        scene = new GraphScene(small()).show();
        Map<Object, Point> store = new HashMap<>();
        scene.viewer.setPositionStore(store::get);
        List<MoveEvent> moves = new ArrayList<>();
        scene.viewer.addMoveListener(moves::add);
        Rectangle before = scene.viewer.getBounds("svc-2");
        Point from = scene.center("svc-2");

        // While dragging, dashed outlines show where the selection would go.
        scene.mouse(SWT.MouseDown, from.x, from.y, 1, 0);
        scene.mouse(SWT.MouseMove, from.x + 60, from.y + 10, 0, SWT.BUTTON1);
        Screenshots.capture(scene.shell, "graph-dragging");
        scene.mouse(SWT.MouseUp, from.x + 60, from.y + 10, 1, SWT.BUTTON1);
        moves.clear();

        // Nobody keeps the move: the shape goes back.
        scene.drag(from, new Point(from.x + 40, from.y + 30), 0);
        assertEquals(1, moves.size());
        assertEquals(Map.of("svc-2", new Point(before.x + 40, before.y + 30)), moves.get(0).positions());
        assertEquals(before, scene.viewer.getBounds("svc-2"));

        // The diagram layer stores it: the shape stays there, and its edges follow.
        scene.viewer.addMoveListener(event -> store.putAll(event.positions()));
        scene.drag(from, new Point(from.x + 40, from.y + 30), 0);
        Rectangle after = scene.viewer.getBounds("svc-2");
        assertEquals(new Point(before.x + 40, before.y + 30), new Point(after.x, after.y));
        int[] route = scene.viewer.getRoute(new TestGraph.Edge("svc-2", "net-0"));
        assertTrue(near(after, route[0], route[1]), "the edge starts at the moved shape");

        // A refresh lays out again, and the pinned shape keeps its place.
        scene.awaitLayout(scene.viewer::refresh);
        assertEquals(after, scene.viewer.getBounds("svc-2"));
    }

    @Test
    void aChildsStoredPositionIsRelativeToItsParent() {
        scene = new GraphScene(small()).show();
        Rectangle node = scene.viewer.getBounds("node-0");
        scene.viewer.setPositionStore(element -> element.equals("svc-0.1") ? new Point(20, 64) : null);
        scene.viewer.applyPositions();
        Rectangle task = scene.viewer.getBounds("svc-0.1");
        assertEquals(new Point(node.x + 20, node.y + 64), new Point(task.x, task.y));
    }

    @Test
    void aLabelChangeOfManyElementsLaysOutOnce() {
        scene = new GraphScene(small()).show();
        int discarded = scene.viewer.getDiscardedLayoutCount();
        List<Long> layouts = new ArrayList<>();
        scene.viewer.addLayoutListener(() -> layouts.add(System.nanoTime()));
        TestGraph.Labels labels = (TestGraph.Labels) scene.viewer.getLabelProvider();
        scene.awaitLayout(() -> labels.changed("svc-0", "svc-1", "svc-2"));
        GraphScene.sleep(300);
        scene.spin();
        assertEquals(1, layouts.size());
        assertEquals(discarded, scene.viewer.getDiscardedLayoutCount(), "more than one layout was started");
    }

    @Test
    void draggingFromShapeToShapeInConnectModeReportsSourceAndTarget() {
        scene = new GraphScene(small()).show();
        List<String> connections = new ArrayList<>();
        scene.viewer.addConnectListener(new IConnectListener() {
            @Override
            public boolean canConnect(ConnectEvent event) {
                return event.source().toString().startsWith("svc-") && event.target().toString().startsWith("net-");
            }

            @Override
            public void connect(ConnectEvent event) {
                connections.add(event.source() + "->" + event.target());
            }
        });
        scene.viewer.setConnectMode(true);
        Rectangle before = scene.viewer.getBounds("svc-0");
        // Half-way: the rubber band runs from the source to the pointer, the target outlined green.
        Point from = scene.center("svc-0");
        Point to = scene.center("net-1");
        scene.mouse(SWT.MouseDown, from.x, from.y, 1, 0);
        scene.mouse(SWT.MouseMove, to.x, to.y, 0, SWT.BUTTON1);
        ImageData feedback = scene.paint();
        Rectangle net = scene.viewer.getBounds("net-1");
        Point netTop = scene.viewer.getViewport().toScreen(net.x + net.width / 2.0, net.y);
        assertTrue(pixelsNear(feedback, new Rectangle(netTop.x - 10, netTop.y - 2, 20, 5), new RGB(20, 150, 70)) > 0,
                "the target is not outlined as accepted");
        Screenshots.capture(scene.shell, "graph-connecting");
        scene.key(SWT.ESC, (char) 27, 0);
        assertTrue(connections.isEmpty(), "Escape cancels the gesture");
        scene.drag(scene.center("svc-0"), scene.center("net-1"), 0);
        scene.drag(scene.center("net-1"), scene.center("svc-1"), 0); // refused by canConnect
        assertEquals(List.of("svc-0->net-1"), connections);
        assertEquals(before, scene.viewer.getBounds("svc-0"), "connecting moves nothing");
    }

    @Test
    void filtersHideShapesTheirChildrenAndTheirEdges() {
        scene = new GraphScene(small()).show();
        scene.awaitLayout(() -> scene.viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return !element.equals("node-1") && !element.equals("svc-2.1");
            }
        }));
        List<Object> shown = scene.viewer.getShownElements();
        assertFalse(shown.contains("node-1"));
        assertFalse(shown.contains("svc-0.2"), "children of a hidden node are hidden too");
        assertFalse(shown.contains("svc-2.1"));
        assertTrue(shown.contains("svc-0.1"));
        assertNull(scene.viewer.getRoute(new TestGraph.Edge("svc-0.2", "svc-0")));
        assertNotNull(scene.viewer.getRoute(new TestGraph.Edge("svc-0.1", "svc-0")));
    }

    @Test
    void bigContainersCollapseToACount() {
        TestGraph graph = TestGraph.cluster(3, 12, 4, 2);
        scene = new GraphScene(graph);
        scene.viewer.setCollapseThreshold(10);
        scene.show();
        assertTrue(scene.viewer.isCollapsed("node-0"));
        assertFalse(scene.viewer.getShownElements().contains("svc-0.1"));
        // Edges from the folded tasks end at the node, one per service.
        assertNotNull(scene.viewer.getRoute(new TestGraph.Edge("svc-0.1", "svc-0")));
        assertEquals(2 + 4 + 3, scene.viewer.getShownElements().size(), "networks, services and nodes only");

        // The count is drawn: dark text pixels in the line under the title and chips.
        ImageData image = scene.paint();
        Rectangle node = scene.viewer.getBounds("node-0");
        Point bottomLeft = scene.viewer.getViewport().toScreen(node.x, node.y + node.height);
        Rectangle countLine = new Rectangle(bottomLeft.x + ShapeMetrics.PADDING,
                bottomLeft.y - ShapeMetrics.PADDING - 14,
                60, 12);
        assertTrue(pixelsNear(image, countLine, new RGB(90, 98, 110)) > 10, "no count drawn in " + countLine);
        Screenshots.capture(scene.shell, "graph-collapsed");
    }

    @Test
    void aLayoutThatFinishesAfterTheInputChangedIsDropped() {
        scene = new GraphScene(small());
        scene.awaitLayout(scene.viewer::refresh); // let the layouts of the empty viewer settle
        GraphScene.sleep(200);
        scene.spin();
        List<Runnable> queued = new ArrayList<>();
        scene.viewer.setLayoutExecutor(queued::add);
        scene.viewer.setInput(scene.graph);
        TestGraph other = TestGraph.cluster(1, 1, 1, 1);
        scene.viewer.setContentProvider(other.new Content());
        scene.viewer.setInput(other);
        assertTrue(scene.viewer.isLayoutPending());
        int discarded = scene.viewer.getDiscardedLayoutCount();
        // The newest layout finishes first, the stale one after it.
        Runnable newest = queued.remove(queued.size() - 1);
        Runnable stale = queued.remove(queued.size() - 1);
        scene.awaitLayout(newest);
        stale.run();
        long until = System.currentTimeMillis() + 5000;
        while (scene.viewer.getDiscardedLayoutCount() == discarded && System.currentTimeMillis() < until) {
            if (!scene.display.readAndDispatch()) {
                GraphScene.sleep(5);
            }
        }
        assertTrue(scene.viewer.getDiscardedLayoutCount() > discarded, "the stale layout was applied");
        assertEquals(List.of("net-0", "svc-0", "node-0", "svc-0.1"), scene.viewer.getShownElements());
        assertFalse(scene.viewer.isLayoutPending());
    }

    @Test
    void setSelectionRevealsTheShape() {
        scene = new GraphScene(TestGraph.cluster(12, 3, 4, 2)).show();
        scene.viewer.zoomToActualSize();
        scene.viewer.scrollTo(0, 0);
        Object far = scene.viewer.getShownElements().stream()
                .max((a, b) -> Integer.compare(scene.viewer.getBounds(a).x, scene.viewer.getBounds(b).x)).orElseThrow();
        scene.viewer.setSelection(new StructuredSelection(far), true);
        assertEquals(List.of(far), selection());
        Rectangle b = scene.viewer.getBounds(far);
        Point topLeft = scene.viewer.getViewport().toScreen(b.x, b.y);
        Rectangle client = scene.canvas.getClientArea();
        assertTrue(client.contains(topLeft), far + " at " + topLeft + " is not in view " + client);
    }

    @Test
    void hoverHighlightsAndShowsTheToolTip() {
        scene = new GraphScene(small()).show();
        Point p = scene.center("svc-1");
        scene.mouse(SWT.MouseMove, p.x, p.y, 0, 0);
        assertEquals("svc-1", scene.viewer.getHoveredElement());
        assertEquals("tip:svc-1", scene.canvas.getToolTipText());
        scene.mouse(SWT.MouseExit, p.x, p.y, 0, 0);
        assertNull(scene.viewer.getHoveredElement());
    }

    @Test
    void aHighlightedPathIsDrawnOverTheShapesAndEdges() {
        scene = new GraphScene(small()).show();
        int before = pixelsNear(scene.paint(), scene.canvas.getClientArea(), new RGB(235, 120, 0));
        scene.viewer.setHighlightedPath(List.of("net-0", "svc-0", "svc-0.2"));
        ImageData image = scene.paint();
        Rectangle svc = scene.viewer.getBounds("svc-0");
        Point top = scene.viewer.getViewport().toScreen(svc.x + svc.width / 2.0, svc.y);
        assertTrue(pixelsNear(image, new Rectangle(top.x - 3, top.y - 2, 6, 5), new RGB(235, 120, 0)) > 0,
                "the service's outline is not highlighted");
        assertTrue(pixelsNear(image, scene.canvas.getClientArea(), new RGB(235, 120, 0)) > before + 200);
        Screenshots.capture(scene.shell, "graph-path");
    }

    @Test
    void theDropAdapterNamesTheShapeUnderThePointer() {
        scene = new GraphScene(small()).show();
        GraphDropAdapter adapter = new GraphDropAdapter(scene.viewer) {
            @Override
            protected boolean validateDrop(Object target, int operation, org.eclipse.swt.dnd.TransferData type) {
                return target != null;
            }

            @Override
            protected boolean performDrop(Object target, Object data, int x, int y) {
                return true;
            }
        };
        Point task = scene.canvas.toDisplay(scene.center("svc-1.2"));
        assertEquals("svc-1.2", adapter.targetAt(task.x, task.y));
        Rectangle node = scene.viewer.getBounds("node-1");
        Point header = scene.canvas.toDisplay(scene.viewer.getViewport().toScreen(node.x + 4, node.y + 4));
        assertEquals("node-1", adapter.targetAt(header.x, header.y));
        Point outside = scene.canvas.toDisplay(scene.viewer.getViewport().toScreen(-50, -50));
        assertNull(adapter.targetAt(outside.x, outside.y));
    }
}
