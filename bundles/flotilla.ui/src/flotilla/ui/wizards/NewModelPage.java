package flotilla.ui.wizards;

import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import flotilla.ui.editor.ModelFolders;

/** Where the new model goes, and what it starts from. */
final class NewModelPage extends WizardPage {

    private Text fileText;
    private NewModelWizard.Template template = NewModelWizard.TEMPLATES.get(0);

    NewModelPage() {
        super("newModel");
        setTitle("Flotilla Model");
        setDescription("Create a cluster model: empty, or from one of the examples.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));

        new Label(area, SWT.NONE).setText("&File:");
        fileText = new Text(area, SWT.BORDER);
        fileText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        fileText.setText(ModelFolders.unusedFile(ModelFolders.lastUsed(), "cluster").toString());
        fileText.addModifyListener(event -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, event -> browse());

        Label startFrom = new Label(area, SWT.NONE);
        startFrom.setText("Start from:");
        startFrom.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 3, 1));
        for (NewModelWizard.Template choice : NewModelWizard.TEMPLATES) {
            Button radio = new Button(area, SWT.RADIO);
            radio.setText(choice.label());
            radio.setToolTipText(choice.description());
            radio.setSelection(choice == template);
            radio.setData(choice);
            radio.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
            radio.addListener(SWT.Selection, event -> {
                if (radio.getSelection()) {
                    template = choice;
                }
            });
        }
        setControl(area);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[]{"*.flotilla"});
        dialog.setFileName(fileText.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    private void validate() {
        String text = fileText.getText().strip();
        String error = text.isEmpty()
                ? "Name the file to create."
                : !text.endsWith(".flotilla") ? "Flotilla models end in .flotilla." : null;
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    Path file() {
        return Path.of(fileText.getText().strip());
    }

    NewModelWizard.Template template() {
        return template;
    }
}
