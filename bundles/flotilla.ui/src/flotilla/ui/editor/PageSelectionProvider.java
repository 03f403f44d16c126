package flotilla.ui.editor;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.core.runtime.ListenerList;

/**
 * The editor's one selection provider for the site, standing for whichever page is showing (diagram
 * or tree): the Properties view, the Outline and the Edit menu's actions follow that page's selection.
 */
final class PageSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ISelectionChangedListener forward = event -> fire(event.getSelection());
    private ISelectionProvider current;
    private Consumer<ISelection> selector;

    /** Makes {@code provider} the page whose selection counts; {@code selector} selects in it. */
    void setPage(ISelectionProvider provider, Consumer<ISelection> pageSelector) {
        if (current != null) {
            current.removeSelectionChangedListener(forward);
        }
        current = provider;
        selector = pageSelector;
        current.addSelectionChangedListener(forward);
        fire(current.getSelection());
    }

    private void fire(ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return current == null ? StructuredSelection.EMPTY : current.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selector != null) {
            selector.accept(selection);
        }
    }
}
