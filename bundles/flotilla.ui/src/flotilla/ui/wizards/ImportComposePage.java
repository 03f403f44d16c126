package flotilla.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import flotilla.exchange.compose.ComposeImporter;
import flotilla.exchange.compose.ComposeWarning;

/** The compose file, the stack to import it as, the model to write, and the warnings of the last read. */
final class ImportComposePage extends WizardPage {

    private Text composeText;
    private Text stackText;
    private Text modelText;
    private org.eclipse.swt.widgets.List warnings;

    ImportComposePage() {
        super("importCompose");
        setTitle("Compose or Stack File");
        setDescription("Read a compose file the way docker stack deploy does into a new model.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        composeText = field(area, "&Compose file:");
        browse(area, composeText, SWT.OPEN, "*.yml;*.yaml");
        composeText.addModifyListener(event -> {
            if (!composeText.getText().isBlank()) {
                modelText.setText(ComposeImporter.modelFileFor(Path.of(composeText.getText().strip())).toString());
            }
        });
        stackText = field(area, "&Stack name:");
        stackText.setToolTipText("Import the services as this stack; leave empty for the model's top level.");
        new Label(area, SWT.NONE);
        modelText = field(area, "&Model file:");
        browse(area, modelText, SWT.SAVE, "*.flotilla");
        Label warningsLabel = new Label(area, SWT.NONE);
        warningsLabel.setText("Warnings:");
        warningsLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 3, 1));
        warnings = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        warnings.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        composeText.addModifyListener(event -> validate());
        modelText.addModifyListener(event -> validate());
        setControl(area);
        validate();
    }

    private static Text field(Composite area, String label) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    private void browse(Composite area, Text target, int style, String extensions) {
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getShell(), style);
            dialog.setFilterExtensions(new String[]{extensions, "*"});
            String chosen = dialog.open();
            if (chosen != null) {
                target.setText(chosen);
            }
        });
    }

    private void validate() {
        String error = composeText.getText().isBlank()
                ? "Choose the compose file to import."
                : !modelText.getText().strip().endsWith(".flotilla") ? "Flotilla models end in .flotilla." : null;
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    void showWarnings(List<ComposeWarning> found) {
        warnings.setItems(found.stream().map(ComposeWarning::toString).toArray(String[]::new));
    }

    Path composeFile() {
        return Path.of(composeText.getText().strip());
    }

    /** The stack name, or null for the model's top level. */
    String stack() {
        String stack = stackText.getText().strip();
        return stack.isEmpty() ? null : stack;
    }

    Path model() {
        return Path.of(modelText.getText().strip());
    }
}
