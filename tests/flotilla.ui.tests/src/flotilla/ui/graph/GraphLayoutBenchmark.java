package flotilla.ui.graph;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Measures the viewer on swarm-sized graphs and prints the figures; it asserts nothing, since timings
 * depend on the machine. Run {@link #main} with the test bundle's classpath, or through
 * {@link GraphLayoutBenchmarkTest} in the build. Pass {@code --full} to also try ELK layered across all
 * levels on the big cluster (minutes), the alternative that packing replaced.
 */
public final class GraphLayoutBenchmark {

    private static final int RUNS = 3;

    private GraphLayoutBenchmark() {
    }

    public static void main(String[] args) {
        Display display = Display.getDefault();
        run(display, Arrays.asList(args).contains("--full"));
    }

    static void run(Display display, boolean full) {
        layout(display, "50 nodes, 300 tasks, 10 services, 3 networks", TestGraph.cluster(50, 6, 10, 3),
                ElkGraphLayout.PACKING_THRESHOLD);
        layout(display, "1,000 nodes, 10,000 tasks, 200 services, 5 networks", TestGraph.cluster(1000, 10, 200, 5),
                ElkGraphLayout.PACKING_THRESHOLD);
        if (full) {
            layout(display, "1,000 nodes, 10,000 tasks, ELK across all levels", TestGraph.cluster(1000, 10, 200, 5),
                    Integer.MAX_VALUE);
        }
        paint(display, TestGraph.cluster(1000, 10, 200, 5));
    }

    /** Lays a graph out a few times after a warm-up; prints the worker's ELK time and the whole refresh. */
    private static void layout(Display display, String name, TestGraph graph, int packingThreshold) {
        try (GraphScene scene = new GraphScene(graph)) {
            scene.viewer.setPackingThreshold(packingThreshold);
            long coldStart = System.nanoTime();
            scene.show();
            long cold = (System.nanoTime() - coldStart) / 1_000_000;
            long[] elk = new long[RUNS];
            long[] total = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                scene.awaitLayout(scene.viewer::refresh);
                total[i] = (System.nanoTime() - start) / 1_000_000;
                elk[i] = scene.viewer.getLastLayoutMillis();
            }
            Arrays.sort(elk);
            Arrays.sort(total);
            print("layout %s: %d shapes; first %d ms (JIT cold); then median %d ms on the worker, %d ms from "
                    + "refresh to drawn (min %d, max %d); diagram %s", name, scene.viewer.getShownElements().size(),
                    cold, elk[RUNS / 2], total[RUNS / 2], total[0], total[RUNS - 1], scene.viewer.getDiagramSize());
        }
    }

    /** Paints frames into an image while panning at 100%, and at lower zooms over the whole graph. */
    private static void paint(Display display, TestGraph graph) {
        try (GraphScene scene = new GraphScene(graph)) {
            scene.show();
            GraphViewer viewer = scene.viewer;
            Rectangle frame = new Rectangle(0, 0, 1280, 900);
            Image image = new Image(display, frame.width, frame.height);
            GC gc = new GC(image);
            try {
                viewer.zoomToActualSize();
                frames(viewer, gc, frame, "100%, panning across the middle", 40, true);
                viewer.setZoom(0.5);
                frames(viewer, gc, frame, "50%, panning", 40, true);
                viewer.setZoom(0.3);
                frames(viewer, gc, frame, "30% (boxes only)", 40, true);
                viewer.zoomToFit();
                frames(viewer, gc, frame, String.format(Locale.ROOT, "fit (%.0f%%), everything in view",
                        viewer.getZoom() * 100), 10, false);
            } finally {
                gc.dispose();
                image.dispose();
            }
        }
    }

    private static void frames(GraphViewer viewer, GC gc, Rectangle frame, String name, int count, boolean pan) {
        Viewport viewport = viewer.getViewport();
        double startX = pan ? viewer.getDiagramSize().x * viewport.zoom() / 3 : viewport.originX();
        double startY = pan ? viewer.getDiagramSize().y * viewport.zoom() / 3 : viewport.originY();
        viewer.paint(gc, frame); // warm-up
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            if (pan) {
                viewport.setOrigin(startX + 37 * i, startY + 23 * i);
            }
            long start = System.nanoTime();
            viewer.paint(gc, frame);
            times[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(times);
        print("paint %s: median %.1f ms, 90th percentile %.1f ms per frame; %d shapes and %d edges drawn", name,
                times[count / 2] / 1000.0, times[count * 9 / 10] / 1000.0, viewer.getPaintedShapeCount(),
                viewer.getPaintedEdgeCount());
    }

    private static void print(String format, Object... args) {
        System.out.println("[graph benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
