package flotilla.ui.graph;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Text sizes in the viewer's two fonts (plain, and bold for titles), measured once per distinct string:
 * a big cluster repeats the same few task and label texts thousands of times.
 */
final class TextExtents {

    private final Map<String, Point> plain = new HashMap<>();
    private final Map<String, Point> bold = new HashMap<>();
    private Font plainFont;
    private Font boldFont;
    private GC gc;

    /** Starts a measuring pass on {@code control}; forgets sizes measured in other fonts. */
    void begin(Control control, Font plainFont, Font boldFont) {
        if (this.plainFont != plainFont || this.boldFont != boldFont) {
            plain.clear();
            bold.clear();
            this.plainFont = plainFont;
            this.boldFont = boldFont;
        }
        gc = new GC(control);
    }

    void end() {
        if (gc != null) {
            gc.dispose();
            gc = null;
        }
    }

    Point plain(String text) {
        return plain.computeIfAbsent(text, t -> measure(t, plainFont));
    }

    Point bold(String text) {
        return bold.computeIfAbsent(text, t -> measure(t, boldFont));
    }

    private Point measure(String text, Font font) {
        gc.setFont(font);
        return gc.textExtent(text);
    }
}
