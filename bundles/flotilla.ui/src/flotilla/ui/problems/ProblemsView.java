package flotilla.ui.problems;

import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.core.runtime.Adapters;

/**
 * The validation findings of the model in the active editor, brought up to date after every command
 * (and on undo, redo, revert), and what the engine's placement finds (a service short of replicas, see
 * {@link IPlacementProblemsProvider}), brought up to date after every placement. Double-click a finding to select its element in the editor: in the
 * diagram, the shape of the element or of its nearest container that has one.
 * <p>
 * Validation runs on the UI thread, once per burst of commands: the rules read the live model, which
 * only the UI thread may touch, and the 50-node example validates in a few milliseconds.
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "flotilla.ui.views.problems";

    private TableViewer table;
    private IEditorPart editor;
    private CommandStack stack;
    private boolean validationQueued;
    private List<Problem> problems = List.of();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final Runnable placementListener = () -> commandStackChanged(null);
    private IPlacementProblemsProvider placement;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            track(reference.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                track(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, "Severity", 12, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).severityText();
            }

            @Override
            public Image getImage(Object element) {
                String key = switch (((Problem) element).severityText()) {
                case "Error" -> ISharedImages.IMG_OBJS_ERROR_TSK;
                case "Warning" -> ISharedImages.IMG_OBJS_WARN_TSK;
                default -> ISharedImages.IMG_OBJS_INFO_TSK;
                };
                return PlatformUI.getWorkbench().getSharedImages().getImage(key);
            }
        });
        column(columns, "Element", 25, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).elementName();
            }
        });
        column(columns, "Message", 63, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).message();
            }

            /**
             * The columns share the view's width, so a long message (the single-node-loss ones end with swarm's
             * reason) was cut off with no way to read its end: the pointer over it shows it whole.
             */
            @Override
            public String getToolTipText(Object element) {
                return ((Problem) element).message();
            }
        });
        ColumnViewerToolTipSupport.enableFor(table);
        table.addDoubleClickListener(event -> {
            if (((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection())
                    .getFirstElement() instanceof Problem problem) {
                show(problem);
            }
        });
        getSite().setSelectionProvider(table);
        getSite().getPage().addPartListener(partListener);
        track(getSite().getPage().getActiveEditor());
    }

    private void column(TableColumnLayout columns, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    /** Follows the model of an editor part (ignoring parts that edit no model). */
    private void track(IWorkbenchPart part) {
        if (part != null && !(part instanceof IEditorPart && part instanceof IEditingDomainProvider)) {
            return;
        }
        if (part == editor) {
            return;
        }
        if (stack != null) {
            stack.removeCommandStackListener(stackListener);
        }
        if (placement != null) {
            placement.removePlacementListener(placementListener);
        }
        editor = (IEditorPart) part;
        stack = editor == null ? null : ((IEditingDomainProvider) editor).getEditingDomain().getCommandStack();
        if (stack != null) {
            stack.addCommandStackListener(stackListener);
        }
        placement = editor == null ? null : Adapters.adapt(editor, IPlacementProblemsProvider.class);
        if (placement != null) {
            placement.addPlacementListener(placementListener);
        }
        validate();
    }

    private void commandStackChanged(EventObject event) {
        if (validationQueued || table == null || table.getControl().isDisposed()) {
            return;
        }
        validationQueued = true;
        table.getControl().getDisplay().asyncExec(() -> {
            validationQueued = false;
            validate();
        });
    }

    /** Validates the tracked editor's model now. */
    public void validate() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        EObject root = root();
        problems = root == null ? List.of() : ModelDiagnostics.validate(root);
        if (root != null && placement != null && !placement.placementProblems().isEmpty()) {
            problems = new java.util.ArrayList<>(problems);
            problems.addAll(placement.placementProblems());
        }
        table.setInput(problems);
        setContentDescription(problems.isEmpty()
                ? (root == null ? "No model open." : "No problems.")
                : problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    }

    private EObject root() {
        if (editor == null) {
            return null;
        }
        EditingDomain domain = ((IEditingDomainProvider) editor).getEditingDomain();
        List<Resource> resources = domain.getResourceSet().getResources();
        return resources.isEmpty() || resources.get(0).getContents().isEmpty()
                ? null
                : resources.get(0).getContents().get(0);
    }

    public List<Problem> problems() {
        return problems;
    }

    public TableViewer viewer() {
        return table;
    }

    /** Brings the editor forward and selects the problem's element there (what a double-click does). */
    public void show(Problem problem) {
        if (editor == null || problem.element() == null) {
            return;
        }
        getSite().getPage().activate(editor);
        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(problem.element()));
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        if (stack != null) {
            stack.removeCommandStackListener(stackListener);
        }
        if (placement != null) {
            placement.removePlacementListener(placementListener);
        }
        super.dispose();
    }
}
