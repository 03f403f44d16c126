package flotilla.ui.editor;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** Opens .flotilla files in model editors, from a dialog, the command line or a link. */
public final class ModelEditors {

    private ModelEditors() {
    }

    /** Opens (or brings forward) the editor of {@code file}; a file that does not load says why. */
    public static IEditorPart open(IWorkbenchWindow window, Path file) {
        try {
            IEditorPart editor = window.getActivePage().openEditor(new ModelFileInput(file), ModelEditor.ID);
            ModelFolders.remember(file);
            return editor;
        } catch (PartInitException e) {
            ErrorDialog.openError(window.getShell(), "Open Model", "Could not open " + file, e.getStatus());
            return null;
        }
    }

    /** Asks for a .flotilla file and opens it. */
    public static IEditorPart openFromDialog(IWorkbenchWindow window) {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Model");
        dialog.setFilterExtensions(new String[]{"*.flotilla", "*"});
        // GTK's dialog otherwise opens on its empty Recent list, far from the models the user works on.
        dialog.setFilterPath(ModelFolders.lastUsed().toString());
        String chosen = dialog.open();
        return chosen == null ? null : open(window, Path.of(chosen));
    }
}
