package flotilla.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchActionConstants;

import flotilla.ui.emf.DomainCommandAction;

/** The tree's context menu: New (one entry per child the item providers offer), then the edit actions' group. */
final class ModelContextMenu {

    private final EditingDomain domain;
    private final IStructuredSelection selection;

    ModelContextMenu(EditingDomain domain, IStructuredSelection selection) {
        this.domain = domain;
        this.selection = selection;
    }

    void fill(IMenuManager menu) {
        MenuManager newChild = new MenuManager("&New");
        if (selection.size() == 1) {
            Object owner = selection.getFirstElement();
            Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
            for (Object descriptor : descriptors) {
                Command probe = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                String text = probe instanceof CommandActionDelegate delegate ? delegate.getText() : probe.getLabel();
                probe.dispose();
                DomainCommandAction action = new DomainCommandAction(text, domain,
                        (editingDomain, selected) -> CreateChildCommand.create(editingDomain, owner, descriptor,
                                selected));
                action.selectionChanged(selection);
                newChild.add(action);
            }
        }
        menu.add(newChild);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
