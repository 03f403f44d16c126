package flotilla.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Shows EMF objects in the Properties view through their item property descriptors. Values are
 * set through the descriptors, which run a SetCommand on the object's editing domain: every edit in
 * the property sheet is undoable. Lists of contained elements (ports, labels, constraints, networks,
 * mounts, secrets) get a row each, whose dialog adds and removes them (see {@link ChildrenDialog}).
 */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        if (source == null) {
            // Not a model element (a pending task the diagram draws): its own read-only rows, if it has any.
            return Adapters.adapt(object, IPropertySource.class);
        }
        return new Source(object, source);
    }

    private final class Source implements IPropertySource {

        private final Object object;
        private final IItemPropertySource source;

        Source(Object object, IItemPropertySource source) {
            this.object = object;
            this.source = source;
        }

        @Override
        public Object getEditableValue() {
            return source.getEditableValue(object);
        }

        /** The item providers' rows, then one row per list of contained elements (ports, labels, mounts, ...). */
        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> rows = new ArrayList<>();
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
                rows.add(new ItemPropertyDescriptorAdapter(object, descriptor));
            }
            if (object instanceof EObject owner) {
                for (EReference containment : owner.eClass().getEAllContainments()) {
                    if (containment.isMany() && containment.isChangeable()) {
                        rows.add(new ChildrenPropertyDescriptor(owner, containment, adapterFactory));
                    }
                }
            }
            return rows.toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            if (id instanceof EReference containment) {
                return ((EObject) object).eGet(containment);
            }
            return ItemPropertyDescriptorAdapter.editableValue(object, descriptor(id));
        }

        @Override
        public boolean isPropertySet(Object id) {
            if (id instanceof EReference containment) {
                return !((List<?>) ((EObject) object).eGet(containment)).isEmpty();
            }
            return descriptor(id).isPropertySet(object);
        }

        @Override
        public void resetPropertyValue(Object id) {
            if (!(id instanceof EReference)) {
                descriptor(id).resetPropertyValue(object);
            }
        }

        /** A value equal to the current one runs no command: re-applying an unchanged cell is not an edit. */
        @Override
        public void setPropertyValue(Object id, Object value) {
            if (id instanceof EReference) {
                return; // lists change in their dialog, one command per Add or Remove
            }
            IItemPropertyDescriptor descriptor = descriptor(id);
            if (!Objects.equals(value, ItemPropertyDescriptorAdapter.editableValue(object, descriptor))) {
                descriptor.setPropertyValue(object, value);
            }
        }

        private IItemPropertyDescriptor descriptor(Object id) {
            return source.getPropertyDescriptor(object, id);
        }
    }
}
