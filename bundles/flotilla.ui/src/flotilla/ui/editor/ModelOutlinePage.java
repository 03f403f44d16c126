package flotilla.ui.editor;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import flotilla.ui.emf.ItemProviderContentProvider;
import flotilla.ui.emf.ItemProviderLabelProvider;

/** The model's tree in the Outline view, through the same item providers as the editor. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final ModelEditor editor;
    private final ISelectionChangedListener editorSelection = event -> follow(
            () -> getTreeViewer().setSelection(event.getSelection(), true));
    /** Set while one side passes its selection to the other, so it does not come back. */
    private boolean following;

    ModelOutlinePage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ItemProviderContentProvider(editor.adapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(editor.adapterFactory()));
        viewer.setInput(editor.getEditingDomain().getResourceSet().getResources().get(0));
        viewer.expandToLevel(2);
        // Selecting in the outline selects in the editor's showing page, and the other way round.
        viewer.addSelectionChangedListener(event -> select(event.getSelection()));
        editor.getSite().getSelectionProvider().addSelectionChangedListener(editorSelection);
    }

    private void select(ISelection selection) {
        follow(() -> editor.getSite().getSelectionProvider().setSelection(selection));
    }

    private void follow(Runnable pass) {
        if (following || getTreeViewer() == null || getTreeViewer().getControl().isDisposed()) {
            return;
        }
        following = true;
        try {
            pass.run();
        } finally {
            following = false;
        }
    }

    @Override
    public void dispose() {
        editor.getSite().getSelectionProvider().removeSelectionChangedListener(editorSelection);
        super.dispose();
    }
}
