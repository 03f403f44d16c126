package flotilla.ui.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Shapes the workbench window: title, size, the bars a modeler needs. */
final class FlotillaWindowAdvisor extends WorkbenchWindowAdvisor {

    FlotillaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new FlotillaActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1200, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle("Flotilla");
    }

    @Override
    public void postWindowOpen() {
        if (UserTiming.ENABLED || UserTiming.CLOSE_WHEN_PAINTED) {
            Shell shell = getWindowConfigurer().getWindow().getShell();
            // Runs once the events that opening queued are handled; update() finishes any paint still due.
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    shell.update();
                    UserTiming.reached("workbench window painted");
                    if (UserTiming.CLOSE_WHEN_PAINTED) {
                        getWindowConfigurer().getWorkbenchConfigurer().getWorkbench().close();
                    }
                }
            });
        }
    }
}
