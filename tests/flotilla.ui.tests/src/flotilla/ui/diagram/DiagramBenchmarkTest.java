package flotilla.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.graph.GraphViewer;
import flotilla.ui.problems.ModelDiagnostics;

/**
 * A benchmark, not a test: prints {@code [diagram benchmark]} lines with the time the engine takes to
 * place the tasks, the layout time, and frame times while panning and zooming, for the 50-node example
 * and for a 1,000-node, 10,000-task cluster. It fails only when something throws.
 */
@Tag("benchmark")
class DiagramBenchmarkTest {

    private static final int FRAMES = 40;

    @Test
    void printFigures() {
        measure("large(50,3,30)", ExampleClusters.large(50, 3, 30));
        measure("1000 nodes, 10000 tasks", thousandNodes());
    }

    /** 1,000 nodes and 100 services of 100 replicas on three overlays: 10,000 tasks. */
    static Cluster thousandNodes() {
        ModelFactory factory = ModelFactory.eINSTANCE;
        Cluster cluster = Models.newCluster("thousand");
        for (int i = 1; i <= 1000; i++) {
            Node node = factory.createNode();
            node.setHostname(String.format("node%04d", i));
            node.setRole(i <= 3 ? NodeRole.MANAGER : NodeRole.WORKER);
            cluster.getNodes().add(node);
        }
        List<Network> overlays = new ArrayList<>();
        for (String name : List.of("frontend", "backend", "monitoring")) {
            Network network = factory.createNetwork();
            network.setName(name);
            cluster.getNetworks().add(network);
            overlays.add(network);
        }
        for (int i = 1; i <= 100; i++) {
            Service service = factory.createService();
            service.setName(String.format("svc%03d", i));
            service.setImage("registry.example/app" + i % 7 + ":1." + i % 4);
            service.setReplicas(100);
            NetworkAttachment attachment = factory.createNetworkAttachment();
            attachment.setNetwork(overlays.get(i % 3));
            service.getNetworks().add(attachment);
            cluster.getServices().add(service);
        }
        return cluster;
    }

    private static void measure(String name, Cluster cluster) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(20, 20, 1200, 800);
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        var domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
        try {
            Models.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("bench.flotilla"))
                    .getContents().add(cluster);
            long validateStart = System.nanoTime();
            int problems = ModelDiagnostics.validate(cluster).size();
            long validateMillis = (System.nanoTime() - validateStart) / 1_000_000;
            DiagramPage page = new DiagramPage(shell, domain, adapters, () -> null);
            shell.open();
            long start = System.nanoTime();
            page.setInput(cluster, null);
            while (page.isBusy() || page.tasks().isEmpty()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
                if (System.nanoTime() - start > 300_000_000_000L) {
                    System.out.println("[diagram benchmark] " + name + ": gave up after 300 s");
                    return;
                }
            }
            long total = (System.nanoTime() - start) / 1_000_000;
            GraphViewer viewer = page.viewer();
            System.out.printf("[diagram benchmark] %s: %d tasks; validation %d ms (%d findings); open to laid out %d ms"
                    + " (engine placement and first layout included); last layout %d ms%n",
                    name, page.tasks().size(), validateMillis, problems, total, viewer.getLastLayoutMillis());
            frames(name, viewer);
            page.setCountsOnly(true);
            long countsStart = System.nanoTime();
            while (page.isBusy()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            System.out.printf("[diagram benchmark] %s: counts-only relayout %d ms (layout %d ms)%n", name,
                    (System.nanoTime() - countsStart) / 1_000_000, viewer.getLastLayoutMillis());
            frames(name + " counts", viewer);
        } finally {
            shell.dispose();
            adapters.dispose();
        }
    }

    /** Paints frames while panning across and zooming in and out, as a user scrolling around would. */
    private static void frames(String name, GraphViewer viewer) {
        Rectangle client = viewer.getControl().getBounds();
        client.x = client.y = 0;
        Image image = new Image(viewer.getControl().getDisplay(), client.width, client.height);
        GC gc = new GC(image);
        try {
            viewer.zoomToActualSize();
            var size = viewer.getDiagramSize();
            long[] pan = new long[FRAMES];
            for (int i = 0; i < FRAMES; i++) {
                // a diagonal sweep across the whole diagram, so every frame has shapes to draw
                viewer.scrollTo(Math.max(0, size.x - client.width) * i / FRAMES,
                        Math.max(0, size.y - client.height) * i / FRAMES);
                long t = System.nanoTime();
                viewer.paint(gc, client);
                pan[i] = System.nanoTime() - t;
            }
            viewer.scrollTo(size.x / 3, size.y / 3);
            long[] zoom = new long[FRAMES];
            for (int i = 0; i < FRAMES; i++) {
                viewer.setZoom(i % 20 < 10 ? viewer.getZoom() / 1.2 : viewer.getZoom() * 1.2);
                long t = System.nanoTime();
                viewer.paint(gc, client);
                zoom[i] = System.nanoTime() - t;
            }
            System.out.printf("[diagram benchmark] %s: diagram %dx%d; pan frame median %.1f ms, worst %.1f ms;"
                    + " zoom frame median %.1f ms, worst %.1f ms (%d shapes in the last frame)%n",
                    name, size.x, size.y, median(pan), worst(pan), median(zoom), worst(zoom),
                    viewer.getPaintedShapeCount());
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double worst(long[] nanos) {
        return java.util.Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
