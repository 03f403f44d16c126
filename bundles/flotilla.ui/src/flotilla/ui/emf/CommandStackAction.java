package flotilla.ui.emf;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;

/** Undo or redo on an EMF command stack, labelled with the command it would undo or redo. */
public final class CommandStackAction extends Action {

    private final CommandStack stack;
    private final boolean undo;

    private CommandStackAction(CommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        refresh();
    }

    public static CommandStackAction undo(CommandStack stack) {
        return new CommandStackAction(stack, true);
    }

    public static CommandStackAction redo(CommandStack stack) {
        return new CommandStackAction(stack, false);
    }

    /** Follows the stack: call whenever it changed. */
    public void refresh() {
        Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        String verb = undo ? "&Undo" : "&Redo";
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
        setText(next == null || next.getLabel() == null ? verb : verb + " " + next.getLabel());
    }

    @Override
    public void run() {
        if (undo) {
            stack.undo();
        } else {
            stack.redo();
        }
    }
}
