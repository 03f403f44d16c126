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

        Label diagram = new Label(contents, SWT.WRAP);
        diagram.setText("A model opens on its Diagram (the Tree is the other tab, at the bottom of the editor). "
                + "Add nodes, services and networks from the palette on the left, by click or by dragging them "
                + "onto the diagram. Choose Connect and drag from a service to a network to attach it. Drop a "
                + "service onto a node to pin it there, or drag a node's label chip onto a service. Every change "
                + "undoes with Ctrl+Z; the Problems view lists what the model gets wrong.");
        diagram.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
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
