package flotilla.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import flotilla.exchange.compose.ComposeExporter;
import flotilla.model.Cluster;
import flotilla.model.Stack;

/**
 * The format, the stack for a stack file, where to write, and what a Kubernetes export could not map. Where to
 * write starts beside the model file, named after it: {@code MODEL.yml} for a stack file, {@code MODEL-kubernetes/}
 * for manifests; switching the format follows along until the user types or browses to a place of their own.
 */
final class ExportModelPage extends WizardPage {

    private static final String TOP_LEVEL = "(the model's top-level services)";
    static final String STACK_EXTENSION = ".yml";
    static final String KUBERNETES_SUFFIX = "-kubernetes";

    private final Cluster cluster;
    private final Path modelFile;
    private String suggested;
    private Button stackFormat;
    private Combo stackCombo;
    private Text targetText;
    private org.eclipse.swt.widgets.List report;
    private String exportedTo;

    ExportModelPage(Cluster cluster, Path modelFile) {
        super("exportModel");
        this.cluster = cluster;
        this.modelFile = modelFile;
        setTitle("Export Flotilla Model");
        setDescription("Write the model as a stack file for docker stack deploy, or as Kubernetes manifests.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        stackFormat = radio(area, "Stack &file (docker stack deploy -c FILE)");
        Button kubernetesFormat = radio(area, "&Kubernetes manifests, into a directory");
        stackFormat.setSelection(true);
        new Label(area, SWT.NONE).setText("&Stack:");
        stackCombo = new Combo(area, SWT.READ_ONLY);
        stackCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText("&To:");
        targetText = new Text(area, SWT.BORDER);
        targetText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> browse());
        Label reportLabel = new Label(area, SWT.NONE);
        reportLabel.setText("Not mapped to Kubernetes:");
        reportLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 3, 1));
        report = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        report.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        if (cluster != null) {
            stackCombo.add(TOP_LEVEL);
            cluster.getStacks().stream().map(Stack::getName).forEach(stackCombo::add);
            stackCombo.select(Math.max(0, stackCombo.indexOf(preferredStack())));
        }
        stackFormat.addListener(SWT.Selection, event -> formatChanged());
        kubernetesFormat.addListener(SWT.Selection, event -> formatChanged());
        targetText.addModifyListener(event -> validate());
        setControl(area);
        formatChanged();
    }

    /** The suggested place follows the format, unless the user has put a place of their own in To:. */
    private void formatChanged() {
        String next = suggestion();
        if (next != null && (targetText.getText().isBlank() || targetText.getText().equals(suggested))) {
            targetText.setText(next);
            targetText.setSelection(next.length());
        }
        suggested = next;
        validate();
    }

    /** Beside the model file, named after it with the format's extension; null when there is no file. */
    private String suggestion() {
        if (modelFile == null) {
            return null;
        }
        String name = modelFile.getFileName().toString();
        String base = name.endsWith(".flotilla") ? name.substring(0, name.length() - ".flotilla".length()) : name;
        Path beside = modelFile.toAbsolutePath()
                .resolveSibling(base + (kubernetes() ? KUBERNETES_SUFFIX : STACK_EXTENSION));
        return beside.toString();
    }

    private String preferredStack() {
        try {
            String stack = ComposeExporter.defaultStack(cluster);
            return stack == null ? TOP_LEVEL : stack;
        } catch (IllegalArgumentException several) {
            return TOP_LEVEL;
        }
    }

    private static Button radio(Composite area, String label) {
        Button radio = new Button(area, SWT.RADIO);
        radio.setText(label);
        radio.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
        return radio;
    }

    private void browse() {
        String chosen;
        if (kubernetes()) {
            chosen = new DirectoryDialog(getShell()).open();
        } else {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[]{"*.yml;*.yaml"});
            chosen = dialog.open();
        }
        if (chosen != null) {
            targetText.setText(chosen);
        }
    }

    private void validate() {
        stackCombo.setEnabled(!kubernetes());
        String error = cluster == null
                ? "Open a model in the Flotilla model editor first: the export writes the active editor's model."
                : targetText.getText().isBlank()
                        ? (kubernetes() ? "Choose the directory for the manifests." : "Choose the stack file to write.")
                        : null;
        setErrorMessage(error);
        setPageComplete(error == null);
        setMessage(error == null ? overwriteWarning() : null, IMessageProvider.WARNING);
    }

    /** A stack file that exists is replaced, manifests with the same names too: said before Finish, not after. */
    private String overwriteWarning() {
        Path target = target();
        if (!kubernetes() && Files.isRegularFile(target)) {
            return target.getFileName() + " exists: Finish replaces it.";
        }
        if (kubernetes() && Files.isDirectory(target)) {
            return target.getFileName() + " exists: Finish replaces the manifests in it that have the services' names.";
        }
        return null;
    }

    boolean kubernetes() {
        return !stackFormat.getSelection();
    }

    /** The stack to export, or null for the top level. */
    String stack() {
        String chosen = stackCombo.getText();
        return chosen.isEmpty() || TOP_LEVEL.equals(chosen) ? null : chosen;
    }

    Path target() {
        return Path.of(targetText.getText().strip());
    }

    void showReport(List<String> unmapped) {
        report.setItems(unmapped.toArray(String[]::new));
        exportedTo = describeInputs();
    }

    /** Whether format and target are still those of the export whose report is shown. */
    boolean unchangedSinceExport() {
        return describeInputs().equals(exportedTo);
    }

    private String describeInputs() {
        return kubernetes() + " " + targetText.getText();
    }
}
