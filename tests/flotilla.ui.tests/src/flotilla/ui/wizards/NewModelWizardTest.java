package flotilla.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;
import flotilla.ui.editor.ModelEditor;

/** The New Flotilla Model wizard, filled in through its widgets. */
class NewModelWizardTest {

    @TempDir
    Path folder;

    private WizardDriver wizard;
    private WizardDialog dialog;

    @AfterEach
    void close() {
        WizardDriver.cleanUp(wizard);
    }

    @Test
    void createsTheWalkthroughSwarmAndOpensIt() throws Exception {
        Path file = folder.resolve("tutorial.flotilla");
        openWizard();
        wizard.widgets(Text.class).get(0).setText(file.toString());
        Button walkthrough = wizard.button("Docker's swarm-mode walkthrough");
        walkthrough.setSelection(true);
        walkthrough.notifyListeners(SWT.Selection, new Event());
        wizard.button("Empty cluster").setSelection(false);
        Screenshots.capture(dialog.getShell(), "new-model-wizard");
        wizard.press("Finish");

        assertTrue(Files.exists(file));
        Cluster saved = Models.load(file);
        assertEquals("swarm-tutorial", saved.getName());
        assertEquals(List.of("manager1", "worker1", "worker2"),
                saved.getNodes().stream().map(node -> node.getHostname()).toList());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ModelEditor editor = assertInstanceOf(ModelEditor.class, page.getActiveEditor());
        assertEquals("tutorial.flotilla", editor.getPartName());
    }

    @Test
    void refusesANameWithoutTheExtensionAndAnExistingFile() throws Exception {
        openWizard();
        Text fileText = wizard.widgets(Text.class).get(0);
        fileText.setText(folder.resolve("cluster.txt").toString());
        assertFalse(wizard.button("Finish").isEnabled());

        Path existing = Files.writeString(folder.resolve("taken.flotilla"), "keep me");
        fileText.setText(existing.toString());
        assertTrue(wizard.button("Finish").isEnabled());
        wizard.press("Finish");
        assertEquals("keep me", Files.readString(existing));
        assertTrue(dialog.getShell() != null && !dialog.getShell().isDisposed(), "the wizard closed");
    }

    private void openWizard() {
        wizard = WizardDriver.open(new NewModelWizard());
        dialog = wizard.dialog;
    }
}
