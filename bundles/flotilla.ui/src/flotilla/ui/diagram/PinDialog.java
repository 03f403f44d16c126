package flotilla.ui.diagram;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import flotilla.model.Node;
import flotilla.model.Service;

/**
 * Asks how a service dropped onto a node should be pinned there: by the node's hostname (this node
 * only), its role, or one of its labels (every node that shares it).
 */
final class PinDialog extends Dialog {

    private final Service service;
    private final Node node;
    private final List<String> choices;
    private String chosen;

    PinDialog(Shell parent, Service service, Node node) {
        super(parent);
        this.service = service;
        this.node = node;
        this.choices = DiagramCommands.pinChoices(node);
        this.chosen = choices.get(0);
    }

    /** The constraint the user chose, or null when cancelled. */
    static String ask(Shell parent, Service service, Node node) {
        PinDialog dialog = new PinDialog(parent, service, node);
        return dialog.open() == OK ? dialog.chosen : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Pin " + service.qualifiedName() + " to " + node.getHostname());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label question = new Label(area, SWT.WRAP);
        question.setText("Add a placement constraint to " + service.qualifiedName() + ":");
        // A wrapping label needs a width to wrap at; without one the dialog cuts its text off.
        GridData wrap = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
        wrap.widthHint = convertWidthInCharsToPixels(48);
        question.setLayoutData(wrap);
        for (String choice : choices) {
            Button radio = new Button(area, SWT.RADIO);
            radio.setText(choice);
            radio.setSelection(choice.equals(chosen));
            radio.addListener(SWT.Selection, event -> chosen = choice);
        }
        return area;
    }
}
