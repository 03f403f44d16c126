package flotilla.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import flotilla.model.Cluster;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.editor.ModelEditors;

/** File &gt; New &gt; Flotilla Model: an empty cluster, or one of the examples, saved to a file and opened. */
public final class NewModelWizard extends Wizard implements INewWizard {

    /** What a new model can start from. */
    public record Template(String label, String description, Supplier<Cluster> cluster) {
    }

    public static final List<Template> TEMPLATES = List.of(
            new Template("Empty cluster", "No nodes or services yet; swarm's ingress and docker_gwbridge networks.",
                    () -> Models.newCluster("cluster")),
            new Template("Docker's swarm-mode walkthrough",
                    "manager1, worker1 and worker2, the overlay mynet and the tutorial's services.",
                    ExampleClusters::swarmTutorial),
            new Template("Stack with a database",
                    "A database, a server publishing a port and a global agent on an overlay.",
                    ExampleClusters::stackWithDatabase),
            new Template("Large cluster", "50 nodes in 3 zones running 30 services.",
                    () -> ExampleClusters.large(50, 3, 30)));

    private IWorkbench workbench;
    private NewModelPage page;

    public NewModelWizard() {
        setWindowTitle("New Flotilla Model");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench target, IStructuredSelection selection) {
        this.workbench = target;
    }

    @Override
    public void addPages() {
        page = new NewModelPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        if (Files.exists(file)) {
            page.setErrorMessage(file + " already exists: choose another name.");
            return false;
        }
        try {
            Models.save(page.template().cluster().get(), file);
        } catch (IOException e) {
            page.setErrorMessage("Could not write " + file + ": " + e.getMessage());
            return false;
        }
        ModelEditors.open(workbench.getActiveWorkbenchWindow(), file);
        return true;
    }
}
