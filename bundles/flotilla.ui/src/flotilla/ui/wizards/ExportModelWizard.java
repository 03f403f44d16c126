package flotilla.ui.wizards;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

import flotilla.exchange.compose.ComposeExporter;
import flotilla.exchange.kubernetes.KubernetesExporter;
import flotilla.model.Cluster;
import flotilla.model.persistence.AtomicFile;
import flotilla.ui.editor.ModelEditor;
import flotilla.ui.editor.ModelFileInput;

/**
 * File &gt; Export &gt; Stack File or Kubernetes Manifests: writes the model of the active model editor, unsaved
 * changes included. After a Kubernetes export the page lists what could not be mapped; Finish then closes.
 */
public final class ExportModelWizard extends Wizard implements IExportWizard {

    private Cluster cluster;
    private IEditorPart editor;
    private ExportModelPage page;
    private List<String> shownReport;

    public ExportModelWizard() {
        setWindowTitle("Export Flotilla Model");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IWorkbenchPage active = workbench.getActiveWorkbenchWindow() == null
                ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        editor = active == null ? null : active.getActiveEditor();
        cluster = editor instanceof ModelEditor modelEditor && modelEditor.root() instanceof Cluster root ? root : null;
    }

    @Override
    public void addPages() {
        page = new ExportModelPage(cluster,
                editor != null && editor.getEditorInput() instanceof ModelFileInput input ? input.file() : null);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        if (shownReport != null && page.unchangedSinceExport()) {
            return true;
        }
        Path target = page.target();
        KubernetesExporter.Result[] kubernetes = new KubernetesExporter.Result[1];
        String failure;
        if (page.kubernetes()) {
            failure = InBackground.run(getContainer(), "Writing manifests to " + target,
                    () -> kubernetes[0] = KubernetesExporter.export(cluster, target));
        } else {
            String stack = page.stack();
            failure = InBackground.run(getContainer(), "Writing " + target, () -> {
                byte[] text = ComposeExporter.write(cluster, stack).getBytes(StandardCharsets.UTF_8);
                AtomicFile.write(target, out -> out.write(text));
            });
        }
        if (failure != null) {
            page.setErrorMessage("Could not export to " + target + ": " + failure);
            return false;
        }
        confirm(kubernetes[0] == null
                ? "Exported " + count(cluster.allServices().size(), "service") + " to " + target
                : "Exported " + count(kubernetes[0].files().size(), "manifest") + " to " + target);
        if (kubernetes[0] == null || kubernetes[0].unmapped().isEmpty()) {
            return true;
        }
        shownReport = kubernetes[0].unmapped();
        page.showReport(shownReport);
        page.setMessage(
                "Written to " + target + ". " + shownReport.size() + " things could not be mapped (below, and in "
                        + KubernetesExporter.REPORT + "); Finish closes.",
                IMessageProvider.WARNING);
        return false;
    }

    /** What was written, in the model editor's status line, where it stays after the wizard closes. */
    private void confirm(String message) {
        if (editor != null && editor.getEditorSite() != null) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
