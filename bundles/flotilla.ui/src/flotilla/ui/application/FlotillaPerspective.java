package flotilla.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import flotilla.ui.simulation.ConsoleView;
import flotilla.ui.simulation.ResilienceView;
import flotilla.ui.simulation.SimulationView;
import flotilla.ui.views.StartView;

/** The modeler's layout: the editor in the middle, the start view beside it, outline and properties around. */
public final class FlotillaPerspective implements IPerspectiveFactory {

    public static final String ID = "flotilla.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("flotilla.ui.left", IPageLayout.LEFT, 0.25f, editorArea);
        left.addView(StartView.ID);
        left.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout bottom = layout.createFolder("flotilla.ui.bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView("flotilla.ui.views.problems");
        bottom.addView(SimulationView.ID);
        bottom.addView(ConsoleView.ID);
        bottom.addView(ResilienceView.ID);

        layout.addNewWizardShortcut("flotilla.ui.wizards.newModel");
        layout.addShowViewShortcut(StartView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut("flotilla.ui.views.problems");
        layout.addShowViewShortcut(SimulationView.ID);
        layout.addShowViewShortcut(ConsoleView.ID);
    }
}
