package flotilla.ui.application;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Flotilla workbench window, opening the .flotilla files named on the command line. */
public final class FlotillaApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        SvgWarmUp.start();
        ClassPreload.start();
        Display display = PlatformUI.createDisplay();
        try {
            String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
            List<Path> models = Arrays.stream(args == null ? new String[0] : args)
                    .filter(arg -> arg.endsWith(".flotilla")).map(Path::of).toList();
            int code = PlatformUI.createAndRunWorkbench(display, new FlotillaWorkbenchAdvisor(models));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
