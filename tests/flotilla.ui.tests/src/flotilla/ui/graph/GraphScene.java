package flotilla.ui.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * A shell holding a {@link GraphViewer} over a {@link TestGraph}, with helpers to wait for layouts,
 * send mouse and key events to the canvas, and paint the diagram into an image.
 */
final class GraphScene implements AutoCloseable {

    static final int WIDTH = 1000;
    static final int HEIGHT = 720;

    final Display display = Display.getDefault();
    final Shell shell;
    final GraphViewer viewer;
    final Canvas canvas;
    final TestGraph graph;

    GraphScene(TestGraph graph) {
        this.graph = graph;
        shell = new Shell(display);
        shell.setText("Graph viewer");
        shell.setLayout(new FillLayout());
        shell.setBounds(20, 20, WIDTH, HEIGHT);
        viewer = new GraphViewer(shell, SWT.BORDER);
        canvas = (Canvas) viewer.getControl();
        viewer.setContentProvider(graph.new Content());
        viewer.setLabelProvider(graph.new Labels());
        shell.open();
    }

    /** Sets the input and waits until its layout has been applied. */
    GraphScene show() {
        awaitLayout(() -> viewer.setInput(graph));
        return this;
    }

    /** Runs {@code action} and waits for the next layout to be applied. */
    void awaitLayout(Runnable action) {
        boolean[] done = {false};
        Runnable listener = () -> done[0] = true;
        viewer.addLayoutListener(listener);
        try {
            action.run();
            long until = System.currentTimeMillis() + 60_000;
            while (!done[0]) {
                if (System.currentTimeMillis() > until) {
                    fail("no layout within 60 s");
                }
                if (!display.readAndDispatch()) {
                    sleep(5);
                }
            }
        } finally {
            viewer.removeLayoutListener(listener);
        }
    }

    void spin() {
        while (display.readAndDispatch()) {
            // let pending events and paints through
        }
    }

    /** The centre of an element's shape on the canvas. */
    Point center(Object element) {
        Rectangle b = viewer.getBounds(element);
        assertTrue(b != null, element + " is not drawn");
        return viewer.getViewport().toScreen(b.x + b.width / 2.0, b.y + b.height / 2.0);
    }

    void mouse(int type, int x, int y, int button, int stateMask) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = stateMask;
        canvas.notifyListeners(type, event);
    }

    void click(Object element, int stateMask) {
        Point p = center(element);
        mouse(SWT.MouseDown, p.x, p.y, 1, stateMask);
        mouse(SWT.MouseUp, p.x, p.y, 1, stateMask | SWT.BUTTON1);
    }

    /** Presses at one point, moves in steps, and releases at another. */
    void drag(Point from, Point to, int stateMask) {
        mouse(SWT.MouseDown, from.x, from.y, 1, stateMask);
        for (int i = 1; i <= 5; i++) {
            mouse(SWT.MouseMove, from.x + (to.x - from.x) * i / 5, from.y + (to.y - from.y) * i / 5, 0,
                    stateMask | SWT.BUTTON1);
        }
        mouse(SWT.MouseUp, to.x, to.y, 1, stateMask | SWT.BUTTON1);
    }

    void key(int keyCode, char character, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        event.stateMask = stateMask;
        canvas.notifyListeners(SWT.KeyDown, event);
    }

    /** The diagram as the canvas shows it now, painted into an image of the canvas' size. */
    ImageData paint() {
        Rectangle client = canvas.getClientArea();
        Image image = new Image(display, client.width, client.height);
        GC gc = new GC(image);
        try {
            viewer.paint(gc, client);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    /** Pixels in the rectangle that are not the given colour. */
    static int pixelsOtherThan(ImageData data, Rectangle area, RGB color) {
        int count = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (!pixel(data, x, y).equals(color)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Pixels in the rectangle close to the given colour. */
    static int pixelsNear(ImageData data, Rectangle area, RGB color) {
        int count = 0;
        for (int y = Math.max(0, area.y); y < Math.min(data.height, area.y + area.height); y++) {
            for (int x = Math.max(0, area.x); x < Math.min(data.width, area.x + area.width); x++) {
                RGB p = pixel(data, x, y);
                if (Math.abs(p.red - color.red) + Math.abs(p.green - color.green)
                        + Math.abs(p.blue - color.blue) < 40) {
                    count++;
                }
            }
        }
        return count;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        spin();
    }
}
