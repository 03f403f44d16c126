package flotilla.ui.application;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;

import flotilla.ui.editor.ModelEditors;

/** File &gt; Open Model...: a .flotilla file from disk into a model editor. */
final class OpenModelAction extends Action {

    static final String ID = "flotilla.ui.openModel";

    private final IWorkbenchWindow window;

    OpenModelAction(IWorkbenchWindow window) {
        super("&Open Model...");
        this.window = window;
        setId(ID);
    }

    @Override
    public void run() {
        ModelEditors.openFromDialog(window);
    }
}
