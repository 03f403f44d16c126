package flotilla.ui.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import flotilla.deploy.plan.Change;
import flotilla.deploy.plan.Plan;

/** The plan, one change a row, shown before anything is applied. */
final class DeployPlanPage extends WizardPage {

    private final DeployWizard wizard;
    private TableViewer table;
    private Label summary;

    DeployPlanPage(DeployWizard wizard) {
        super("plan", "Plan", null);
        this.wizard = wizard;
        setDescription("What Apply will change in the swarm. Nothing has been changed yet.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(composite);
        summary = new Label(composite, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = new TableViewer(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setData("name", "plan");
        column("", 30, change -> change.action().sign);
        column("Kind", 80, change -> change.kind().noun());
        column("Name", 160, Change::name);
        column("Changes", 420, change -> String.join("; ", change.details()));
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 260).applyTo(table.getControl());
        setControl(composite);
        setPageComplete(false);
    }

    private void column(String title, int width, java.util.function.Function<Change, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Change) element);
            }
        });
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            Plan plan = wizard.computePlan();
            table.setInput(plan == null ? List.of() : plan.changes());
            if (plan == null) {
                summary.setText("The plan could not be computed.");
            } else {
                String text = plan.describe().lines().filter(line -> !line.startsWith("  "))
                        .reduce((a, b) -> a + "\n" + b).orElse("");
                summary.setText(text);
                if (!plan.problems().isEmpty()) {
                    setErrorMessage(plan.problems().get(0));
                }
            }
            summary.getParent().layout(true);
            setPageComplete(plan != null && plan.problems().isEmpty());
        }
    }

    /** The rows shown, for tests. */
    List<Change> rows() {
        Object input = table.getInput();
        @SuppressWarnings("unchecked")
        List<Change> changes = input instanceof List<?> ? (List<Change>) input : List.of();
        return changes;
    }
}
