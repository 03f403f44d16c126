package flotilla.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds the widgets a test drives, the way a user would see them: every control of a type under a parent. */
public final class Widgets {

    private Widgets() {
    }

    /** The controls of {@code type} below {@code parent}, depth first in creation order. */
    public static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(parent, type, found);
        return found;
    }

    private static <T extends Control> void collect(Composite parent, Class<T> type, List<T> found) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                collect(composite, type, found);
            }
        }
    }
}
