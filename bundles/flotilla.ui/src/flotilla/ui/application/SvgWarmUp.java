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

    /**
     * A small SVG drawn as the platform's tab and toolbar icons are (Inkscape's: gradients with stops styled inline
     * and one linked to another with a transform, a translated group, styled rects and paths), so that the
     * rasteriser's code for them is loaded, initialised and linked here rather than in front of the first paint.
     */
    static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"16\" height=\"16\"><defs>"
            + "<linearGradient id=\"a\"><stop style=\"stop-color:#71baff;stop-opacity:1\" offset=\"0\"/>"
            + "<stop style=\"stop-color:#ffffff;stop-opacity:1\" offset=\"1\"/></linearGradient>"
            + "<linearGradient id=\"b\" xlink:href=\"#a\" x1=\"4\" y1=\"1043\" x2=\"4\" y2=\"1039\" "
            + "gradientUnits=\"userSpaceOnUse\" gradientTransform=\"translate(0.04,-1.1)\"/></defs>"
            + "<g transform=\"translate(0,-1036.36)\">"
            + "<rect style=\"fill:url(#b);stroke:#2a6fb0;stroke-width:1\" x=\"1.5\" y=\"1038.86\" width=\"13\" "
            + "height=\"11\" rx=\"1\"/>"
            + "<path style=\"fill:#000000;fill-opacity:0.5\" d=\"M 3,1041 C 5,1039 9,1039 11,1041 L 13,1045 Z\"/>"
            + "</g></svg>").getBytes(StandardCharsets.UTF_8);

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
