package flotilla.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;

import flotilla.ui.emf.CommandStackAction;
import flotilla.ui.emf.ItemPropertySourceProvider;

/**
 * The Properties view's page for a model editor: values go through the editor's command stack, and Undo
 * and Redo (Ctrl+Z, Ctrl+Y) work on that stack while the view has the focus, right after an edit typed there.
 */
final class ModelPropertySheetPage extends PropertySheetPage {

    private final CommandStackAction undo;
    private final CommandStackAction redo;

    ModelPropertySheetPage(CommandStack stack, AdapterFactory adapterFactory) {
        undo = CommandStackAction.undo(stack);
        redo = CommandStackAction.redo(stack);
        setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    /** Shows the values and the Undo/Redo state after a command. */
    void commandDone() {
        undo.refresh();
        redo.refresh();
        if (getControl() != null && !getControl().isDisposed()) {
            refresh();
        }
    }
}
