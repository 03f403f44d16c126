package flotilla.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EventObject;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;
import flotilla.ui.emf.ItemProviderContentProvider;
import flotilla.ui.emf.ItemProviderLabelProvider;
import flotilla.model.Cluster;
import flotilla.ui.diagram.DiagramPage;
import flotilla.ui.observed.IObservedStateProvider;
import flotilla.ui.problems.IPlacementProblemsProvider;

/**
 * Edits a .flotilla model on two pages: the Diagram (the default; see {@link DiagramPage}) and the Tree of
 * its elements. Both pages share the editing domain; the site's selection is the showing page's. Every change, from the tree, the Properties
 * view or the Outline, is an EMF command on one command stack: undoable, and what makes the editor
 * dirty. Saving is atomic (see {@link Models#save(Resource)}); a file that does not load opens no
 * editor and is left untouched.
 */
public final class ModelEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "flotilla.ui.editor.model";

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain;
    private final CommandStackListener stackListener = this::commandStackChanged;

    private Resource resource;
    private TreeViewer tree;
    private CTabFolder pages;
    private DiagramPage diagram;
    private final PageSelectionProvider selection = new PageSelectionProvider();
    private ModelOutlinePage outline;
    private ModelPropertySheetPage properties;
    private boolean resultPending;
    private boolean sheetRefreshWaits;

    public ModelEditor() {
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, Models.newResourceSet());
        // How item property descriptors find the domain: without it the Properties view would bypass the stack.
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ModelFileInput file)) {
            throw new PartInitException("Flotilla models open from files, not from " + input.getName());
        }
        setSite(site);
        setInputWithNotify(input);
        try {
            resource = Models.load(domain.getResourceSet(), file.file());
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setPartName(input.getName());
        commandStack.addCommandStackListener(stackListener);
    }

    @Override
    public void createPartControl(Composite parent) {
        pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        diagram = new DiagramPage(pages, domain, adapterFactory,
                () -> Adapters.adapt(this, IObservedStateProvider.class));
        CTabItem diagramTab = new CTabItem(pages, SWT.NONE);
        diagramTab.setText("Diagram");
        diagramTab.setControl(diagram.getControl());
        tree = new TreeViewer(pages, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        CTabItem treeTab = new CTabItem(pages, SWT.NONE);
        treeTab.setText("Tree");
        treeTab.setControl(tree.getControl());
        pages.addListener(SWT.Selection, event -> pageChanged());
        tree.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        tree.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        diagram.setInput((Cluster) root(), ((ModelFileInput) getEditorInput()).file());
        getSite().setSelectionProvider(selection);
        pages.setSelection(0);
        pageChanged();

        MenuManager contextMenu = new MenuManager("#PopUp");
        contextMenu.setRemoveAllWhenShown(true);
        contextMenu.addMenuListener(menu -> new ModelContextMenu(domain, tree.getStructuredSelection()).fill(menu));
        tree.getControl().setMenu(contextMenu.createContextMenu(tree.getControl()));
        getSite().registerContextMenu(contextMenu, tree);
    }

    /** The root of the model: the cluster. */
    public Object root() {
        return resource.getContents().get(0);
    }

    /** The Tree page's viewer, filled with the model. */
    public TreeViewer viewer() {
        fillTree();
        return tree;
    }

    /**
     * The Tree page gets its items when first shown (or asked for): a 1,000-node model made 1,100 tree items on
     * opening, a fifth of a second of the UI thread spent on a page the user had not looked at.
     */
    private void fillTree() {
        if (tree != null && tree.getInput() == null && !tree.getControl().isDisposed()) {
            tree.setInput(resource);
            tree.expandToLevel(2);
        }
    }

    /** The Diagram page. */
    public DiagramPage diagram() {
        return diagram;
    }

    /** Shows the Diagram (0) or the Tree (1) page. */
    public void showPage(int index) {
        pages.setSelection(index);
        pageChanged();
    }

    public boolean isDiagramShowing() {
        return pages.getSelectionIndex() == 0;
    }

    /** The showing page becomes the site's selection provider, keeping what was selected. */
    private void pageChanged() {
        var previous = selection.getSelection();
        if (isDiagramShowing()) {
            selection.setPage(diagram.viewer(),
                    chosen -> diagram.select(((StructuredSelection) toStructured(chosen)).toList()));
        } else {
            fillTree();
            selection.setPage(tree, chosen -> tree.setSelection(chosen, true));
        }
        if (!previous.isEmpty()) {
            selection.setSelection(previous);
        }
    }

    private static StructuredSelection toStructured(org.eclipse.jface.viewers.ISelection chosen) {
        return chosen instanceof org.eclipse.jface.viewers.IStructuredSelection structured
                ? new StructuredSelection(structured.toList())
                : StructuredSelection.EMPTY;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /**
     * The dirty marker and the Edit menu follow at once. The selection and the Properties view follow
     * later, never inside the command: an edit typed into the Properties view runs its command while the
     * sheet is still applying the cell editor's value, and refreshing the sheet (or changing the selection
     * it shows) then would apply the value again, in a loop. Commands in a row show once.
     */
    private void commandStackChanged(EventObject event) {
        var display = getSite().getShell().getDisplay();
        if (display.getThread() == Thread.currentThread()) {
            showState();
        } else {
            display.asyncExec(this::showState);
        }
        if (!resultPending) {
            resultPending = true;
            display.asyncExec(this::showCommandResult);
        }
    }

    /** Dirty marker and Undo/Redo labels: nothing here reads or writes the Properties view's cells. */
    private void showState() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        ModelEditorActionBarContributor.refresh(getEditorSite());
    }

    /** After a command, once it is done: the selection moves to what it changed, Properties show the new values. */
    private void showCommandResult() {
        resultPending = false;
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        Command command = commandStack.getMostRecentCommand();
        Collection<?> affected = command == null ? null : command.getAffectedObjects();
        // Not under a dialog (the Properties view's list editor): the sheet it was opened from stays put.
        var active = getSite().getShell().getDisplay().getActiveShell();
        boolean dialogOpen = active != null && active != getSite().getShell();
        if (affected != null && !affected.isEmpty() && !dialogOpen) {
            selection.setSelection(new StructuredSelection(affected.toArray()));
        }
        if (dialogOpen) {
            // Refreshing the sheet now would dispose the cell editor whose dialog is open (its "..." button
            // then failed with "Widget is disposed" when the dialog closed): the sheet follows once it has.
            if (!sheetRefreshWaits) {
                sheetRefreshWaits = true;
                active.addListener(SWT.Dispose, event -> active.getDisplay().asyncExec(() -> {
                    sheetRefreshWaits = false;
                    refreshSheet();
                }));
            }
            return;
        }
        refreshSheet();
    }

    private void refreshSheet() {
        if (properties != null) {
            properties.commandDone();
        }
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            Models.save(resource);
            diagram.saveNotation(((ModelFileInput) getEditorInput()).file());
            commandStack.saveIsDone();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            showSaveError(e);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[]{"*.flotilla"});
        dialog.setFileName(getEditorInput().getName());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen.endsWith(".flotilla") ? chosen : chosen + ".flotilla"));
        }
    }

    /** Saves the model to another file, which the editor then edits. */
    public void saveAs(Path file) {
        try {
            resource = Models.save(resource.getContents().get(0), file);
            diagram.saveNotation(file);
            commandStack.saveIsDone();
            setInputWithNotify(new ModelFileInput(file));
            setPartName(getEditorInput().getName());
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            showSaveError(e);
        }
    }

    /** Throws away unsaved changes and reloads the file. */
    public void revert() {
        Path file = ((ModelFileInput) getEditorInput()).file();
        try {
            Resource reloaded = Models.load(Models.newResourceSet(), file);
            resource.getContents().clear();
            resource.getContents().addAll(reloaded.getContents());
            commandStack.flush();
            if (tree.getInput() != null) {
                tree.setInput(resource);
                tree.expandToLevel(2);
            }
            diagram.setInput((Cluster) root(), file);
            firePropertyChange(PROP_DIRTY);
        } catch (ModelLoadException e) {
            ErrorDialog.openError(getSite().getShell(), "Revert",
                    "The model could not be reloaded; nothing was changed.",
                    Status.error(e.getMessage(), e));
        }
    }

    private void showSaveError(IOException e) {
        ErrorDialog.openError(getSite().getShell(), "Save", "The model was not saved; the file on disk is unchanged.",
                new Status(IStatus.ERROR, "flotilla.ui", e.getMessage(), e));
    }

    @Override
    public void setFocus() {
        if (isDiagramShowing()) {
            diagram.setFocus();
            return;
        }
        tree.getControl().setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new ModelOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class) {
            properties = new ModelPropertySheetPage(commandStack, adapterFactory);
            return adapter.cast(properties);
        }
        if (adapter == IPlacementProblemsProvider.class) {
            return diagram == null ? null : adapter.cast(diagram);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        commandStack.removeCommandStackListener(stackListener);
        adapterFactory.dispose();
        super.dispose();
    }
}
