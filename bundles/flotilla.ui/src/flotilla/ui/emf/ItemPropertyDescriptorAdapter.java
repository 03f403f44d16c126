package flotilla.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One row of the Properties view for an EMF feature: a combo for enumerations, booleans and
 * references, a text editor that converts through the feature's data type (rejecting what does not
 * convert) for single values, and one value per line for lists.
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    /** The value itself rather than EMF's wrapper, so cell editors and labels see the real object. */
    static Object editableValue(Object object, IItemPropertyDescriptor descriptor) {
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (descriptor.isMany(object)) {
            if (feature instanceof EAttribute attribute) {
                return new ListCellEditor(parent, attribute.getEAttributeType());
            }
            return null;
        }
        if (choices != null && !choices.isEmpty()) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
                return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), getLabelProvider());
            }
            return new DataTypeCellEditor(parent, type);
        }
        return null;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return descriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return labels.getText(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ItemPropertyDescriptorAdapter adapter
                && descriptor.getFeature(object) == adapter.descriptor.getFeature(adapter.object);
    }

    /** A single value typed as text, converted with the data type's own factory. */
    private static final class DataTypeCellEditor extends TextCellEditor {

        private final EDataType type;

        DataTypeCellEditor(Composite parent, EDataType type) {
            super(parent);
            this.type = type;
            setValidator(value -> {
                try {
                    EcoreUtil.createFromString(type, (String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + type.getName();
                }
            });
        }

        @Override
        protected Object doGetValue() {
            return EcoreUtil.createFromString(type, (String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }

    /** A list edited as text, one value per line. */
    private static final class ListCellEditor extends TextCellEditor {

        private final EDataType type;

        ListCellEditor(Composite parent, EDataType type) {
            super(parent, SWT.MULTI | SWT.V_SCROLL);
            this.type = type;
        }

        @Override
        protected Object doGetValue() {
            List<Object> values = new ArrayList<>();
            for (String line : ((String) super.doGetValue()).split("\\R")) {
                if (!line.isBlank()) {
                    values.add(EcoreUtil.createFromString(type, line.strip()));
                }
            }
            return values;
        }

        @Override
        protected void doSetValue(Object value) {
            StringBuilder text = new StringBuilder();
            for (Object item : value instanceof Collection<?> list ? list : List.of()) {
                text.append(text.isEmpty() ? "" : "\n").append(EcoreUtil.convertToString(type, item));
            }
            super.doSetValue(text.toString());
        }
    }

    /** Picks one of a fixed list of values (enumeration literals, booleans, referenced objects). */
    private static final class ChoiceCellEditor extends ComboBoxCellEditor {

        private final List<?> choices;

        ChoiceCellEditor(Composite parent, List<?> choices, ILabelProvider labels) {
            super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
            this.choices = choices;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index < 0 ? null : choices.get(index);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(choices.indexOf(value));
        }
    }
}
