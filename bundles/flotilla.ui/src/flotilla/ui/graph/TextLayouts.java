package flotilla.ui.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Display;

/**
 * Shaped text, kept between frames. {@code GC.drawText} shapes its string again on every call, which
 * was most of a frame's time at 100%; a {@link TextLayout} is shaped once and then only drawn. The least
 * recently drawn layouts are disposed beyond {@link #CAPACITY}, so a pan across 10,000 task names does
 * not hold 10,000 native layouts.
 */
final class TextLayouts {

    static final int CAPACITY = 4000;

    private final Display display;
    private final Map<String, TextLayout> plain = lru();
    private final Map<String, TextLayout> bold = lru();
    private Font plainFont;
    private Font boldFont;

    TextLayouts(Display display) {
        this.display = display;
    }

    /** The layout of {@code text} in the plain or bold font; forgets all layouts when the fonts changed. */
    TextLayout get(String text, Font font, boolean isBold) {
        if (isBold ? font != boldFont : font != plainFont) {
            clear(isBold ? bold : plain);
            if (isBold) {
                boldFont = font;
            } else {
                plainFont = font;
            }
        }
        Map<String, TextLayout> cache = isBold ? bold : plain;
        TextLayout layout = cache.get(text);
        if (layout == null) {
            layout = new TextLayout(display);
            layout.setFont(font);
            layout.setText(text);
            cache.put(text, layout);
        }
        return layout;
    }

    void dispose() {
        clear(plain);
        clear(bold);
    }

    private static void clear(Map<String, TextLayout> cache) {
        cache.values().forEach(TextLayout::dispose);
        cache.clear();
    }

    private static Map<String, TextLayout> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TextLayout> eldest) {
                if (size() > CAPACITY) {
                    eldest.getValue().dispose();
                    return true;
                }
                return false;
            }
        };
    }
}
