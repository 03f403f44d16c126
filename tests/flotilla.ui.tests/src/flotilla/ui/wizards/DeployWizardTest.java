package flotilla.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;

/**
 * The Deploy wizard, driven through its widgets: the plan page reports a daemon that cannot be
 * reached and offers no Finish. (Deploying to a real swarm is tested headless in flotilla.deploy.tests.)
 */
class DeployWizardTest {

    @TempDir
    Path folder;

    private WizardDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
    }

    @Test
    void theFileMenuOffersDeploy() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command deploy = commands.getCommand("flotilla.ui.deploy");
        assertTrue(deploy.isDefined());
        assertTrue(deploy.isHandled(), "no handler for Deploy to Swarm...");
    }

    @Test
    void anUnreachableDaemonIsReportedOnThePlanPage() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), new DeployWizard(model));
        dialog.setBlockOnOpen(false);
        dialog.open();
        String host = "unix://" + folder.resolve("nothing.sock");
        widgets(Text.class).get(0).setText(host);
        press("Next >");
        Screenshots.capture(dialog.getShell(), "deploy-wizard-unreachable");
        String message = dialog.getCurrentPage().getErrorMessage();
        assertTrue(message != null && message.startsWith("Cannot connect to the Docker daemon at " + host), message);
        assertFalse(button("Finish").isEnabled());
    }

    private void press(String label) {
        DialogWidgets.press(dialog.getShell(), label);
    }

    private Button button(String label) {
        return DialogWidgets.button(dialog.getShell(), label);
    }

    private <T extends Control> List<T> widgets(Class<T> type) {
        return DialogWidgets.widgets(dialog.getShell(), type);
    }
}
