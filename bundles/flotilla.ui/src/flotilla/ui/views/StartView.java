package flotilla.ui.views;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import flotilla.ui.editor.ModelEditors;
import flotilla.ui.wizards.NewModelWizard;

/** What to do first: the view a new user sees in an empty workbench. */
public final class StartView extends ViewPart {

    public static final String ID = "flotilla.ui.views.start";

    private Composite contents;

    @Override
    public void createPartControl(Composite parent) {
        contents = new Composite(parent, SWT.NONE);
        contents.setLayout(new GridLayout(1, false));

        Label title = new Label(contents, SWT.NONE);
        title.setText("Welcome to Flotilla");
        title.setFont(JFaceResources.getHeaderFont());

        Label intro = new Label(contents, SWT.WRAP);
        intro.setText("Model a Docker Swarm cluster, watch the engine schedule it, "
                + "break it on purpose, then deploy it for real.");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));

        Link create = new Link(contents, SWT.WRAP);
        create.setText("<a>Create a model</a> (File > New): empty, or from one of the examples "
                + "such as Docker's swarm-mode walkthrough.");
        create.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        create.addListener(SWT.Selection, event -> openNewModelWizard());

        Link open = new Link(contents, SWT.WRAP);
        open.setText("<a>Open a model</a> (File > Open Model...) you saved before.");
        open.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        open.addListener(SWT.Selection, event -> ModelEditors.openFromDialog(getSite().getWorkbenchWindow()));
    }

    private void openNewModelWizard() {
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(getSite().getShell(), wizard).open();
    }

    @Override
    public void setFocus() {
        contents.setFocus();
    }
}
