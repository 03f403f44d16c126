package flotilla.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Node;
import flotilla.model.NodeAvailability;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.Screenshots;
import flotilla.ui.emf.ItemPropertySourceProvider;

/** The model editor on a real file, in the real workbench, driven through its tree, actions and Properties. */
class ModelEditorTest {

    @TempDir
    Path folder;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private Path file;

    @BeforeEach
    void saveTheTutorialSwarm() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        file = folder.resolve("swarm-tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), file);
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void showsTheModelAsATree() {
        ModelEditor editor = open(file);
        Tree tree = editor.viewer().getTree();
        List<String> labels = visibleLabels(tree.getItems());
        assertTrue(labels.stream().anyMatch(label -> label.contains("swarm-tutorial")), labels.toString());
        assertTrue(labels.stream().anyMatch(label -> label.contains("manager1")), labels.toString());
        assertTrue(labels.stream().anyMatch(label -> label.contains("mynet")), labels.toString());
        assertFalse(editor.isDirty());
        Screenshots.capture(window.getShell(), "model-editor");
    }

    @Test
    void propertyEditIsUndoableAndSavedAtomically() throws Exception {
        ModelEditor editor = open(file);
        Node worker = ((Cluster) editor.root()).getNodes().get(1);
        editor.viewer().setSelection(new StructuredSelection(worker), true);
        page.showView(IPageLayout.ID_PROP_SHEET);

        IPropertySource properties = new ItemPropertySourceProvider(editor.adapterFactory()).getPropertySource(worker);
        IPropertyDescriptor availability = Arrays.stream(properties.getPropertyDescriptors())
                .filter(descriptor -> descriptor.getDisplayName().equals("Availability")).findFirst().orElseThrow();
        properties.setPropertyValue(availability.getId(), NodeAvailability.DRAIN);

        assertEquals(NodeAvailability.DRAIN, worker.getAvailability());
        assertTrue(editor.isDirty());
        Screenshots.capture(window.getShell(), "model-editor-properties");

        globalAction(editor, ActionFactory.UNDO).run();
        assertEquals(NodeAvailability.ACTIVE, worker.getAvailability());
        assertFalse(editor.isDirty());
        globalAction(editor, ActionFactory.REDO).run();
        assertEquals(NodeAvailability.DRAIN, worker.getAvailability());

        byte[] before = Files.readAllBytes(file);
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertArrayEquals(before, Files.readAllBytes(file.resolveSibling(file.getFileName() + ".bak")));
        assertEquals(NodeAvailability.DRAIN, Models.load(file).getNodes().get(1).getAvailability());
    }

    @Test
    void deleteFromTheEditMenuIsUndoable() {
        ModelEditor editor = open(file);
        Cluster cluster = (Cluster) editor.root();
        Node worker = cluster.getNodes().get(2);
        editor.viewer().setSelection(new StructuredSelection(worker), true);

        globalAction(editor, ActionFactory.DELETE).run();
        assertFalse(cluster.getNodes().contains(worker));
        assertTrue(editor.isDirty());

        globalAction(editor, ActionFactory.UNDO).run();
        assertEquals(worker, cluster.getNodes().get(2));
    }

    @Test
    void revertThrowsAwayUnsavedChanges() {
        ModelEditor editor = open(file);
        Cluster cluster = (Cluster) editor.root();
        editor.viewer().setSelection(new StructuredSelection(cluster.getNodes().get(0)), true);
        globalAction(editor, ActionFactory.DELETE).run();
        assertEquals(2, ((Cluster) editor.root()).getNodes().size());

        globalAction(editor, ActionFactory.REVERT).run();
        assertEquals(3, ((Cluster) editor.root()).getNodes().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void brokenFileOpensNoEditorAndIsLeftAlone() throws Exception {
        Path broken = folder.resolve("broken.flotilla");
        String truncated = Files.readString(file).substring(0, 600);
        Files.writeString(broken, truncated);

        IEditorPart part = page.openEditor(new ModelFileInput(broken), ModelEditor.ID);
        assertFalse(part instanceof ModelEditor, "a model editor opened on a broken file");
        assertEquals(truncated, Files.readString(broken, StandardCharsets.UTF_8));
        assertFalse(Files.exists(broken.resolveSibling("broken.flotilla.bak")));
    }

    private ModelEditor open(Path model) {
        IEditorPart part = ModelEditors.open(window, model);
        assertNotNull(part);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, part);
        editor.showPage(1); // these tests drive the Tree page; the diagram has its own
        return editor;
    }

    private static IAction globalAction(ModelEditor editor, ActionFactory action) {
        ModelEditorActionBarContributor contributor = (ModelEditorActionBarContributor) editor.getEditorSite()
                .getActionBarContributor();
        IAction handler = contributor.handler(action.getId());
        assertNotNull(handler, action.getId());
        assertTrue(handler.isEnabled(), action.getId() + " is disabled");
        return handler;
    }

    private static List<String> visibleLabels(TreeItem[] items) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : items) {
            labels.add(item.getText());
            if (item.getExpanded()) {
                labels.addAll(visibleLabels(item.getItems()));
            }
        }
        return labels;
    }
}
