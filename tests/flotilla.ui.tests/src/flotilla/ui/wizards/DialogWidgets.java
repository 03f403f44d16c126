package flotilla.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/** Finding and pressing a wizard dialog's widgets the way a user would, by their labels. */
final class DialogWidgets {

    private DialogWidgets() {
    }

    static void press(Composite dialog, String label) {
        Button button = button(dialog, label);
        assertTrue(button.isEnabled(), label + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    static Button button(Composite dialog, String label) {
        return widgets(dialog, Button.class).stream().filter(button -> button.getText().replace("&", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
    }

    static <T extends Control> List<T> widgets(Composite dialog, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(dialog, type, found);
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
