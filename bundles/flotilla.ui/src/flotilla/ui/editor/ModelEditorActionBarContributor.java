package flotilla.ui.editor;

import java.util.List;

import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

import flotilla.ui.diagram.DiagramCommands;
import flotilla.ui.emf.CommandStackAction;
import flotilla.ui.emf.DomainCommandAction;

/**
 * Plugs the active model editor's command stack into the workbench's Edit menu: undo, redo, cut,
 * copy, paste, delete, and File &gt; Revert.
 */
public final class ModelEditorActionBarContributor extends EditorActionBarContributor {

    private ModelEditor editor;
    private CommandStackAction undo;
    private CommandStackAction redo;
    private List<DomainCommandAction> selectionActions = List.of();

    @Override
    public void setActiveEditor(IEditorPart part) {
        ISelectionProvider previous = editor == null ? null : editor.getSite().getSelectionProvider();
        if (previous != null) {
            selectionActions.forEach(previous::removeSelectionChangedListener);
        }
        editor = part instanceof ModelEditor modelEditor ? modelEditor : null;
        IActionBars bars = getActionBars();
        if (editor == null) {
            bars.clearGlobalActionHandlers();
            bars.updateActionBars();
            return;
        }
        EditingDomain domain = editor.getEditingDomain();
        undo = CommandStackAction.undo(domain.getCommandStack());
        redo = CommandStackAction.redo(domain.getCommandStack());
        DomainCommandAction delete = new DomainCommandAction("&Delete", domain, DiagramCommands::delete);
        DomainCommandAction cut = new DomainCommandAction("Cu&t", domain, CutToClipboardCommand::create);
        DomainCommandAction copy = new DomainCommandAction("&Copy", domain, CopyToClipboardCommand::create);
        DomainCommandAction paste = new DomainCommandAction("&Paste", domain,
                (editingDomain, selected) -> PasteFromClipboardCommand.create(editingDomain, selected.get(0), null));
        selectionActions = List.of(delete, cut, copy, paste);
        ISelectionProvider selection = editor.getSite().getSelectionProvider();
        for (DomainCommandAction action : selectionActions) {
            selection.addSelectionChangedListener(action);
            action.selectionChanged(selection.getSelection());
        }

        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revertAction(editor));
        bars.updateActionBars();
    }

    /** Called after each command: the stack's labels and the clipboard's contents may have changed. */
    static void refresh(IEditorSite site) {
        if (site.getActionBarContributor() instanceof ModelEditorActionBarContributor contributor
                && contributor.editor != null) {
            contributor.undo.refresh();
            contributor.redo.refresh();
            contributor.selectionActions.forEach(DomainCommandAction::refresh);
            contributor.getActionBars().updateActionBars();
        }
    }

    private static IAction revertAction(ModelEditor target) {
        return new Action("Re&vert") {
            @Override
            public void run() {
                target.revert();
            }
        };
    }

    /** The global action the workbench runs for {@code id} while a model editor is active. */
    public IAction handler(String id) {
        return getActionBars().getGlobalActionHandler(id);
    }
}
