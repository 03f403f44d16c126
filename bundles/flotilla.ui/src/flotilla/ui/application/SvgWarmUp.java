package flotilla.ui.application;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Readies SWT's SVG rasteriser on a thread of its own while the workbench is built. The window's first paint draws the
 * platform's SVG icons (the Outline and Properties tabs): the first SVG image SWT loads finds its rasteriser through
 * a service loader, then loads jsvg and the JDK's 2D graphics, ~0.1-0.3 s of class loading and initialisation that
 * otherwise ran on the UI thread in front of that paint. An image loader needs no
 * display, and class initialisation is safe across threads: the UI thread waits for what is still under way.
 */
final class SvgWarmUp {

    /** The smallest SVG that goes through the whole path: parsed, then painted into an image. */
    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">"
            + "<rect width=\"8\" height=\"8\" fill=\"#000\"/></svg>").getBytes(StandardCharsets.UTF_8);

    private SvgWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(SvgWarmUp::run, "Flotilla SVG warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            new ImageLoader().load(new ByteArrayInputStream(SVG));
        } catch (SWTException | LinkageError e) {
            // Only a head start: the UI thread loads what it needs itself, and reports what fails then.
        }
    }
}
