package flotilla.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;
import flotilla.ui.UserInput;
import flotilla.ui.UserScene;
import flotilla.ui.Widgets;
import flotilla.ui.WorkspaceLogGuard;
import flotilla.ui.editor.ModelEditor;
import flotilla.ui.editor.ModelEditors;

/** File > Import and File > Export: the compose wizards, filled in through their widgets. */
@ExtendWith(WorkspaceLogGuard.class)
class ImportExportWizardsTest {

    @TempDir
    Path folder;

    private WizardDriver wizard;

    @AfterEach
    void close() {
        WizardDriver.cleanUp(wizard);
    }

    @Test
    void importShowsTheWarningsOnThePageThenSavesAndOpensTheModel() throws Exception {
        Path compose = Files.writeString(folder.resolve("shop.yml"), """
                services:
                  web:
                    image: nginx
                    container_name: web1
                    deploy:
                      replicas: 2
                """);
        wizard = WizardDriver.open(new ImportComposeWizard());
        List<Text> texts = wizard.widgets(Text.class);
        texts.get(0).setText(compose.toString());
        texts.get(1).setText("shop");
        Path model = folder.resolve("shop.flotilla");
        assertEquals(model.toString(), texts.get(2).getText(), "the model goes beside the compose file");

        wizard.press("Finish");

        assertTrue(wizard.isOpen(), "warnings keep the wizard open");
        org.eclipse.swt.widgets.List warnings = wizard.widgets(org.eclipse.swt.widgets.List.class).get(0);
        assertEquals(
                List.of(compose
                        + ":4:5: warning: services.web.container_name is ignored by docker stack deploy; left out"),
                List.of(warnings.getItems()));
        assertFalse(Files.exists(model));
        Screenshots.capture(wizard.dialog.getShell(), "import-compose-wizard");

        wizard.press("Finish");

        assertFalse(wizard.isOpen());
        Cluster saved = Models.load(model);
        assertEquals(2, saved.getStacks().get(0).getServices().get(0).getReplicas());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals("shop.flotilla", assertInstanceOf(ModelEditor.class, page.getActiveEditor()).getPartName());
    }

    @Test
    void exportWritesTheActiveEditorsModelAsAStackFileAndAsManifests() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        ModelEditors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), model);

        wizard = WizardDriver.open(new ExportModelWizard());
        Path stack = folder.resolve("tutorial.yml");
        wizard.widgets(Text.class).get(0).setText(stack.toString());
        wizard.press("Finish");
        assertFalse(wizard.isOpen());
        assertTrue(Files.readString(stack).contains("  helloworld:\n"));

        wizard = WizardDriver.open(new ExportModelWizard());
        wizard.choose("Kubernetes manifests, into a directory");
        Path manifests = folder.resolve("k8s");
        wizard.widgets(Text.class).get(0).setText(manifests.toString());
        wizard.press("Finish");
        assertTrue(wizard.isOpen(), "the report keeps the wizard open");
        String[] unmapped = wizard.widgets(org.eclipse.swt.widgets.List.class).get(0).getItems();
        assertTrue(
                List.of(unmapped)
                        .contains("service my-web: published port 8080 is outside the NodePort range 30000-32767; "
                                + "the Service listens on it inside the cluster and Kubernetes picks the node port."),
                List.of(unmapped)::toString);
        assertTrue(Files.isRegularFile(manifests.resolve("my-web.yaml")));
        Screenshots.capture(wizard.dialog.getShell(), "export-model-wizard");
        wizard.press("Finish");
        assertFalse(wizard.isOpen());
    }

    @Test
    void exportSuggestsAFileBesideTheModelAndSaysWhatItWrote() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        UserScene scene = new UserScene(window).open(model);
        UserInput user = scene.user;

        wizard = WizardDriver.open(new ExportModelWizard());
        user.settle();
        Text to = wizard.widgets(Text.class).get(0);
        Path stack = folder.resolve("tutorial.yml");
        assertEquals(stack.toString(), to.getText(), "To: starts beside the model, named after it");
        assertNull(wizard.dialog.getCurrentPage().getErrorMessage());
        assertTrue(wizard.button("Finish").isEnabled(), "the suggestion can be exported as it is");

        user.click(wizard.button("Kubernetes manifests, into a directory"));
        assertEquals(folder.resolve("tutorial-kubernetes").toString(), to.getText(),
                "the suggestion follows the format");
        user.click(wizard.button("Stack file (docker stack deploy -c FILE)"));
        assertEquals(stack.toString(), to.getText());
        Screenshots.capture(wizard.dialog.getShell(), "user-export-suggested");

        user.click(wizard.button("Finish"));
        user.waitUntil(() -> !wizard.isOpen(), 10_000, "Finish did not close the wizard");
        assertTrue(Files.readString(stack).contains("  helloworld:\n"));
        String said = "Exported " + scene.cluster().allServices().size() + " services to " + stack;
        assertTrue(Widgets.all(window.getShell(), CLabel.class).stream().anyMatch(l -> said.equals(l.getText())),
                "the status line says what was written: " + said);

        wizard = WizardDriver.open(new ExportModelWizard());
        user.settle();
        assertEquals("tutorial.yml exists: Finish replaces it.", wizard.dialog.getCurrentPage().getMessage(),
                "an existing file is named before it is replaced");
        user.click(wizard.button("Kubernetes manifests, into a directory"));
        assertNull(wizard.dialog.getCurrentPage().getMessage(), "nothing is replaced in a directory not there yet");
    }

    @Test
    void exportWithoutAnOpenModelSaysWhatToDo() {
        wizard = WizardDriver.open(new ExportModelWizard());
        assertFalse(wizard.button("Finish").isEnabled());
        assertTrue(wizard.dialog.getCurrentPage().getErrorMessage()
                .startsWith("Open a model in the Flotilla model editor first"));
    }
}
