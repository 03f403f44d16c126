package flotilla.ui.graph;

import org.eclipse.swt.graphics.Color;

/**
 * A small badge drawn in a shape under its title, such as a node label {@code zone=eu}. The colours
 * belong to the label provider, which creates and disposes them; {@code null} takes the viewer's
 * default.
 */
public record Chip(String text, Color background, Color foreground) {

    public Chip(String text) {
        this(text, null, null);
    }
}
