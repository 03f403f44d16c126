package flotilla.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import flotilla.ui.editor.ModelFileInput;

/** File &gt; Deploy to Swarm...: deploys the active editor's model file, or one chosen in a file dialog. */
public final class DeployHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        Path file = null;
        if (editor != null && editor.getEditorInput() instanceof ModelFileInput input) {
            if (editor.isDirty() && !MessageDialog.openConfirm(shell, "Deploy",
                    "The model has unsaved changes; deploy deploys the saved file. Continue?")) {
                return null;
            }
            file = input.file();
        } else {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setFilterExtensions(new String[]{"*.flotilla"});
            String chosen = dialog.open();
            file = chosen == null ? null : Path.of(chosen);
        }
        if (file != null) {
            new WizardDialog(shell, new DeployWizard(file)).open();
        }
        return null;
    }
}
