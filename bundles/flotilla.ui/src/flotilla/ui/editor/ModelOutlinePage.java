package flotilla.ui.editor;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import flotilla.ui.emf.ItemProviderContentProvider;
import flotilla.ui.emf.ItemProviderLabelProvider;

/** The model's tree in the Outline view, through the same item providers as the editor. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final ModelEditor editor;

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
        // Selecting in the outline selects in the editor, so the Properties view follows.
        viewer.addSelectionChangedListener(event -> editor.getSite().getSelectionProvider().setSelection(event.getSelection()));
    }
}
