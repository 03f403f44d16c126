package flotilla.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.commands.Command;
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

    private WizardDriver wizard;

    @AfterEach
    void close() {
        WizardDriver.cleanUp(wizard);
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
        wizard = WizardDriver.open(new DeployWizard(model));
        String host = "unix://" + folder.resolve("nothing.sock");
        wizard.widgets(Text.class).get(0).setText(host);
        wizard.press("Next >");
        Screenshots.capture(wizard.dialog.getShell(), "deploy-wizard-unreachable");
        String message = wizard.dialog.getCurrentPage().getErrorMessage();
        assertTrue(message != null && message.startsWith("Cannot connect to the Docker daemon at " + host), message);
        assertFalse(wizard.button("Finish").isEnabled());
    }
}
