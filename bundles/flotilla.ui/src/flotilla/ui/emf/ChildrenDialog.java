package flotilla.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Adds and removes the elements of one containment list (ports, labels, constraints, ...) from the
 * Properties view. Adding offers what the item providers offer in the tree's New menu; each Add and
 * Remove is one command on the editor's stack, so Undo takes them back one by one. The new element's
 * own fields are edited in the Properties view once it is selected (the editor selects it).
 */
final class ChildrenDialog extends Dialog {

    private final EditingDomain domain;
    private final EObject owner;
    private final EReference feature;
    private final String title;
    private final ILabelProvider labels;
    private org.eclipse.swt.widgets.List list;
    private List<Object> shown = new ArrayList<>();

    ChildrenDialog(Shell parent, EditingDomain domain, EObject owner, EReference feature, String title,
            ILabelProvider labels) {
        super(parent);
        this.domain = domain;
        this.owner = owner;
        this.feature = feature;
        this.title = title;
        this.labels = labels;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title + " of " + labels.getText(owner));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.widthHint = convertWidthInCharsToPixels(50);
        listData.heightHint = list.getItemHeight() * 8;
        list.setLayoutData(listData);
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        GridLayout column = new GridLayout(1, true);
        column.marginWidth = column.marginHeight = 0;
        buttons.setLayout(column);
        for (Object descriptor : childDescriptors()) {
            Command probe = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
            String text = probe instanceof CommandActionDelegate delegate ? delegate.getText() : probe.getLabel();
            probe.dispose();
            button(buttons, "Add " + text, () -> {
                Command add = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                if (add.canExecute()) {
                    domain.getCommandStack().execute(add);
                    Collection<?> added = add.getResult();
                    refresh(added.isEmpty() ? null : added.iterator().next());
                }
            });
        }
        Button remove = button(buttons, "Remove", () -> {
            int index = list.getSelectionIndex();
            if (index >= 0) {
                Command command = RemoveCommand.create(domain, owner, feature, shown.get(index));
                if (command.canExecute()) {
                    domain.getCommandStack().execute(command);
                    refresh(null);
                }
            }
        });
        list.addListener(SWT.Selection, event -> remove.setEnabled(list.getSelectionIndex() >= 0));
        refresh(null);
        remove.setEnabled(false);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            okPressed();
            return;
        }
        super.buttonPressed(buttonId);
    }

    /** What can be added to this list: the item providers' new-child descriptors for the feature. */
    private List<Object> childDescriptors() {
        List<Object> result = new ArrayList<>();
        for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
            if (descriptor instanceof CommandParameter parameter && parameter.getEStructuralFeature() == feature) {
                result.add(descriptor);
            }
        }
        return result;
    }

    private void refresh(Object select) {
        shown = new ArrayList<>((Collection<?>) owner.eGet(feature));
        list.setItems(shown.stream().map(labels::getText).toArray(String[]::new));
        int index = shown.indexOf(select);
        if (index >= 0) {
            list.setSelection(index);
        }
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    @Override
    public boolean close() {
        labels.dispose();
        return super.close();
    }
}
