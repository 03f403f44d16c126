package flotilla.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import flotilla.exchange.compose.ComposeImporter;
import flotilla.model.persistence.Models;
import flotilla.ui.editor.ModelEditors;

/**
 * File &gt; Import &gt; Compose or Stack File: reads a compose file as {@code docker stack deploy} would into a new
 * model and opens it. When the file has warnings, the first Finish lists them on the page and the second saves.
 */
public final class ImportComposeWizard extends Wizard implements IImportWizard {

    /** What was read, from which inputs, so a second Finish saves it unless the inputs changed. */
    private record Imported(Path file, String stack, ComposeImporter.Result result) {
    }

    private IWorkbench workbench;
    private ImportComposePage page;
    private Imported imported;

    public ImportComposeWizard() {
        setWindowTitle("Import Compose File");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench target, IStructuredSelection selection) {
        this.workbench = target;
    }

    @Override
    public void addPages() {
        page = new ImportComposePage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path model = page.model();
        if (Files.exists(model)) {
            page.setErrorMessage(model + " already exists: choose another name.");
            return false;
        }
        boolean fresh = imported == null || !imported.file().equals(page.composeFile())
                || !Objects.equals(imported.stack(), page.stack());
        if (fresh) {
            Path file = page.composeFile();
            String stack = page.stack();
            String failure = InBackground.run(getContainer(), "Reading " + file,
                    () -> imported = new Imported(file, stack,
                            ComposeImporter.of(System.getenv(), stack).importNew(file, stack)));
            if (failure != null) {
                page.setErrorMessage(failure);
                return false;
            }
            page.showWarnings(imported.result().warnings());
            if (!imported.result().warnings().isEmpty()) {
                int count = imported.result().warnings().size();
                page.setMessage((count == 1 ? "1 warning" : count + " warnings")
                        + ", listed below: what they name is left out. "
                        + "Finish saves the model without it.", IMessageProvider.WARNING);
                return false;
            }
        }
        String failure = InBackground.run(getContainer(), "Saving " + model,
                () -> Models.save(imported.result().cluster(), model));
        if (failure != null) {
            page.setErrorMessage("Could not write " + model + ": " + failure);
            return false;
        }
        ModelEditors.open(workbench.getActiveWorkbenchWindow(), model);
        return true;
    }
}
