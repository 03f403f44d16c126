package flotilla.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;

/**
 * A benchmark, not a test: the 1,000-node, 10,000-task model opened from a file in the running workbench, then panned
 * (middle drag, wheel) and zoomed (Ctrl+wheel) by real X events from xdotool. For every frame it prints the paint's own
 * time (from the canvas' paint event to the end of the diagram's painting) and the time from the input event to the
 * end of the paint it caused, as median, 95th percentile and worst. Run with {@code -Pbenchmarks}.
 */
@Tag("benchmark")
class PanZoomFrameBenchmarkTest {

    private static final int STEPS = 60;

    @TempDir
    Path folder;

    @Test
    void panAndZoomOverAThousandNodes() throws Exception {
        Path file = folder.resolve("thousand.flotilla");
        Models.save(DiagramBenchmarkTest.thousandNodes(), file);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 900);
        long start = System.nanoTime();
        DiagramScene scene = new DiagramScene(window, file);
        System.out.printf("[frame benchmark] thousand.flotilla: opened, placed and laid out in %d ms (layout %d ms),"
                + " %d tasks%n", (System.nanoTime() - start) / 1_000_000, scene.viewer.getLastLayoutMillis(),
                scene.page.tasks().size());
        Screenshots.capture(window.getShell(), "thousand-nodes");
        try {
            // From the middle of the diagram, so that every pan and zoom step changes what is shown.
            Point size = scene.viewer.getDiagramSize();
            scene.viewer.scrollTo(size.x / 3, size.y / 3);
            scene.settle();
            Point centre = scene.canvas.toDisplay(scene.canvas.getSize().x / 2, scene.canvas.getSize().y / 2);
            List<Object> drag = new ArrayList<>(List.of("mousemove", centre.x, centre.y, "mousedown", 2));
            for (int i = 0; i < STEPS; i++) {
                int dx = i < STEPS / 2 ? -9 : 9;
                drag.addAll(List.of("sleep", "0.02", "mousemove_relative", "--", dx, -6 + (i % 3) * 6));
            }
            drag.addAll(List.of("mouseup", 2));
            measure(scene, "pan (middle drag)", drag);

            List<Object> wheel = new ArrayList<>(List.of("mousemove", centre.x, centre.y));
            for (int i = 0; i < STEPS; i++) {
                wheel.addAll(List.of("sleep", "0.02", "click", i < STEPS / 2 ? 5 : 4));
            }
            measure(scene, "pan (wheel)", wheel);

            List<Object> zoom = new ArrayList<>(List.of("mousemove", centre.x, centre.y, "keydown", "ctrl"));
            for (int i = 0; i < STEPS; i++) {
                zoom.addAll(List.of("sleep", "0.02", "click", (i / 10) % 2 == 0 ? 5 : 4));
            }
            zoom.addAll(List.of("keyup", "ctrl"));
            measure(scene, "zoom (Ctrl+wheel)", zoom);
            Screenshots.capture(window.getShell(), "thousand-nodes-after-zoom");
        } finally {
            window.getActivePage().closeAllEditors(false);
        }
    }

    /** Runs the gestures, timing every paint of the canvas and every input event up to the paint it caused. */
    private static void measure(DiagramScene scene, String name, List<Object> gestures) {
        FrameClock clock = new FrameClock(scene.canvas);
        try {
            xdotool(scene.display, gestures);
            scene.settle();
        } finally {
            clock.dispose();
        }
        System.out.printf("[frame benchmark] %s: %d frames; paint median %.1f ms, p95 %.1f ms, worst %.1f ms;"
                + " input to painted median %.1f ms, p95 %.1f ms, worst %.1f ms; %d shapes in the last frame%n",
                name, clock.paints.size(), percentile(clock.paints, 50), percentile(clock.paints, 95),
                percentile(clock.paints, 100), percentile(clock.latencies, 50), percentile(clock.latencies, 95),
                percentile(clock.latencies, 100), scene.viewer.getPaintedShapeCount());
    }

    /**
     * Display filters run before the canvas' own listeners: the paint filter starts the paint's clock and the input
     * filter the frame's; a paint listener added after the viewer's stops both once the diagram is drawn.
     */
    private static final class FrameClock {
        final List<Long> paints = new ArrayList<>();
        final List<Long> latencies = new ArrayList<>();
        /** Not final: the listeners below read it, and they are made before the constructor sets it. */
        private Control canvas;
        private final Display display;
        private long paintStart;
        private long inputSince;
        private final Listener paintFilter = event -> {
            if (event.widget == canvas) {
                paintStart = System.nanoTime();
            }
        };
        private final Listener inputFilter = event -> {
            if (event.widget == canvas && inputSince == 0) {
                inputSince = System.nanoTime();
            }
        };
        private final Listener painted = event -> {
            long now = System.nanoTime();
            if (paintStart != 0) {
                paints.add(now - paintStart);
                paintStart = 0;
            }
            if (inputSince != 0) {
                latencies.add(now - inputSince);
                inputSince = 0;
            }
        };

        FrameClock(Control canvas) {
            this.canvas = canvas;
            this.display = canvas.getDisplay();
            display.addFilter(SWT.Paint, paintFilter);
            for (int type : new int[]{SWT.MouseMove, SWT.MouseVerticalWheel, SWT.MouseHorizontalWheel}) {
                display.addFilter(type, inputFilter);
            }
            canvas.addListener(SWT.Paint, painted);
        }

        void dispose() {
            display.removeFilter(SWT.Paint, paintFilter);
            for (int type : new int[]{SWT.MouseMove, SWT.MouseVerticalWheel, SWT.MouseHorizontalWheel}) {
                display.removeFilter(type, inputFilter);
            }
            if (!canvas.isDisposed()) {
                canvas.removeListener(SWT.Paint, painted);
            }
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Runs xdotool with these arguments, dispatching UI events while it sends them. */
    private static void xdotool(Display display, List<Object> args) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        args.forEach(arg -> command.add(String.valueOf(arg)));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError("xdotool is needed (releng/prerequisites.sh test installs it)", e);
        }
        long until = System.currentTimeMillis() + 120_000;
        while (process.isAlive()) {
            if (System.currentTimeMillis() > until) {
                process.destroyForcibly();
                fail("xdotool did not finish");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> {
                    // wakes the loop up to look at the process again
                });
                display.sleep();
            }
        }
        assertEquals(0, process.exitValue(), "xdotool failed");
    }
}
