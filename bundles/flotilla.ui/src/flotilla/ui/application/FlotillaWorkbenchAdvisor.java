package flotilla.ui.application;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import flotilla.ui.editor.ModelEditors;

/** Opens every window in the Flotilla perspective, remembers the layout, and opens the models it is given. */
public final class FlotillaWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<Path> modelsToOpen;

    public FlotillaWorkbenchAdvisor(List<Path> modelsToOpen) {
        this.modelsToOpen = modelsToOpen;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void postStartup() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        modelsToOpen.forEach(model -> ModelEditors.open(window, model));
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return FlotillaPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new FlotillaWindowAdvisor(configurer);
    }
}
