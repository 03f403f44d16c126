package flotilla.ui.application;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;

/** Help &gt; About Flotilla. */
final class AboutAction extends Action {

    static final String ID = "flotilla.ui.about";

    private final IWorkbenchWindow window;

    AboutAction(IWorkbenchWindow window) {
        super("&About Flotilla");
        this.window = window;
        setId(ID);
    }

    @Override
    public void run() {
        new AboutDialog(window.getShell()).open();
    }
}
