package flotilla.ui.simulation;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import flotilla.ui.editor.ModelEditor;

/**
 * Follows the model editor a view works on: the last one activated on the page, or none once it closed
 * and no other is left. Views stay on their editor while the user clicks into them.
 */
final class ModelEditorTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<ModelEditor> changed;
    private ModelEditor current;

    ModelEditorTracker(IWorkbenchPage page, Consumer<ModelEditor> changed) {
        this.page = page;
        this.changed = changed;
        IEditorPart active = page.getActiveEditor();
        current = active instanceof ModelEditor editor ? editor : null;
        page.addPartListener(this);
    }

    ModelEditor current() {
        return current;
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        if (ref.getPart(false) instanceof ModelEditor editor && editor != current) {
            current = editor;
            changed.accept(editor);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        if (part != null && part == current) {
            IEditorPart next = page.getActiveEditor();
            current = next instanceof ModelEditor editor && editor != part ? editor : null;
            changed.accept(current);
        }
    }

    void dispose() {
        page.removePartListener(this);
    }
}
