package flotilla.ui.emf;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * An action that turns the current selection into an EMF command and runs it on the editing
 * domain's command stack, so it can be undone. Delete, cut, copy and paste are each one of these,
 * differing only in the command they build.
 */
public final class DomainCommandAction extends Action implements ISelectionChangedListener {

    private final EditingDomain domain;
    private final BiFunction<EditingDomain, List<?>, Command> commandFactory;
    private List<?> selection = List.of();
    private Command command = UnexecutableCommand.INSTANCE;

    public DomainCommandAction(String text, EditingDomain domain,
            BiFunction<EditingDomain, List<?>, Command> commandFactory) {
        super(text);
        this.domain = domain;
        this.commandFactory = commandFactory;
        setEnabled(false);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        selectionChanged(event.getSelection());
    }

    public void selectionChanged(ISelection newSelection) {
        selection = newSelection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        refresh();
    }

    /** Rebuilds the command: after the model or the clipboard changed it may have become (un)executable. */
    public void refresh() {
        command.dispose();
        command = selection.isEmpty() ? UnexecutableCommand.INSTANCE : commandFactory.apply(domain, selection);
        setEnabled(command.canExecute());
    }

    @Override
    public void run() {
        domain.getCommandStack().execute(command);
        command = UnexecutableCommand.INSTANCE;
        refresh();
    }
}
