package flotilla.ui.graph;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Text sizes in the viewer's two fonts (plain, and bold for titles), measured once per distinct string:
 * a big cluster repeats the same few task and label texts thousands of times. Where a font's digits all have
 * one width (tabular figures, as UI fonts have), texts differing only in their digits are one string to it:
 * 1,000 hostnames node0001..node1000 and 10,000 task names svc001.1..svc100.100 cost a measurement each
 * otherwise, most of the time it took to show such a cluster.
 */
final class TextExtents {

    private static final String DIGITS = "0123456789";

    private final Map<String, Point> plain = new HashMap<>();
    private final Map<String, Point> bold = new HashMap<>();
    private Font plainFont;
    private Font boldFont;
    private boolean plainTabular;
    private boolean boldTabular;
    private GC gc;

    /** Starts a measuring pass on {@code control}; forgets sizes measured in other fonts. */
    void begin(Control control, Font plainFont, Font boldFont) {
        gc = new GC(control);
        if (this.plainFont != plainFont || this.boldFont != boldFont) {
            plain.clear();
            bold.clear();
            this.plainFont = plainFont;
            this.boldFont = boldFont;
            plainTabular = tabular(plainFont);
            boldTabular = tabular(boldFont);
        }
    }

    void end() {
        if (gc != null) {
            gc.dispose();
            gc = null;
        }
    }

    Point plain(String text) {
        return plain.computeIfAbsent(plainTabular ? zeroed(text) : text, t -> measure(t, plainFont));
    }

    Point bold(String text) {
        return bold.computeIfAbsent(boldTabular ? zeroed(text) : text, t -> measure(t, boldFont));
    }

    private Point measure(String text, Font font) {
        gc.setFont(font);
        return gc.textExtent(text);
    }

    /**
     * Whether every digit is as wide as 0 in this font, alone and in a row (no kerning between digits), so that
     * a text's digits can be measured as zeros.
     */
    private boolean tabular(Font font) {
        int zero = measure("0", font).x;
        for (int i = 1; i < DIGITS.length(); i++) {
            if (measure(DIGITS.substring(i, i + 1), font).x != zero) {
                return false;
            }
        }
        return measure(DIGITS, font).x == measure("0".repeat(DIGITS.length()), font).x;
    }

    /** The text with each ASCII digit made 0 (the same string when it has none). */
    static String zeroed(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '0' && c <= '9') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '0';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
