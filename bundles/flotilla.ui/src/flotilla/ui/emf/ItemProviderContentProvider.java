package flotilla.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Feeds a JFace viewer from EMF item providers and refreshes it when they report a change.
 * (EMF's own bridge lives in emf.edit.ui, which Maven Central does not carry.)
 */
public final class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
                IStructuredItemContentProvider.class);
        return provider == null ? NONE : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = treeProvider(parent);
        if (provider == null) {
            return NONE;
        }
        Collection<?> children = provider.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = (StructuredViewer) newViewer;
    }

    /** Item providers notify from whatever thread changed the model; viewers only change on the UI thread. */
    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null) {
            return;
        }
        Control control = target.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Runnable refresh = () -> {
            if (control.isDisposed()) {
                return;
            }
            if (notification instanceof IViewerNotification change && change.getElement() != null) {
                if (change.isContentRefresh()) {
                    target.refresh(change.getElement(), change.isLabelUpdate());
                } else if (change.isLabelUpdate()) {
                    target.update(change.getElement(), null);
                }
            } else {
                target.refresh();
            }
        };
        if (control.getDisplay().getThread() == Thread.currentThread()) {
            refresh.run();
        } else {
            control.getDisplay().asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }

    private ITreeItemContentProvider treeProvider(Object element) {
        return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }
}
