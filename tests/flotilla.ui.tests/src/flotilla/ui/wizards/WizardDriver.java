package flotilla.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;

import flotilla.ui.Widgets;

/** A workbench wizard opened in a real dialog, driven through its widgets as a user would. */
final class WizardDriver {

    final WizardDialog dialog;

    private WizardDriver(WizardDialog dialog) {
        this.dialog = dialog;
    }

    static WizardDriver open(IWorkbenchWizard wizard) {
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return new WizardDriver(dialog);
    }

    boolean isOpen() {
        return dialog.getShell() != null && !dialog.getShell().isDisposed();
    }

    /** After a test: closes the wizard when one is open, and the editors it opened. */
    static void cleanUp(WizardDriver wizard) {
        if (wizard != null && wizard.isOpen()) {
            wizard.dialog.close();
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    void press(String label) {
        Button button = button(label);
        assertTrue(button.isEnabled(), label + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Selects a radio button and tells its listeners, as a click does. */
    void choose(String label) {
        for (Button radio : widgets(Button.class)) {
            if ((radio.getStyle() & SWT.RADIO) != 0) {
                radio.setSelection(radio.getText().replace("&", "").equals(label));
            }
        }
        button(label).notifyListeners(SWT.Selection, new Event());
    }

    Button button(String label) {
        return widgets(Button.class).stream().filter(button -> button.getText().replace("&", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
    }

    <T extends Control> List<T> widgets(Class<T> type) {
        return Widgets.all(dialog.getShell(), type);
    }
}
