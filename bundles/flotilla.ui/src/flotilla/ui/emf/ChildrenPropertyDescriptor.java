package flotilla.ui.emf;

import java.util.Collection;
import java.util.MissingResourceException;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

import flotilla.model.provider.FlotillaEditPlugin;

/**
 * One row of the Properties view for a list of contained elements (a service's ports, labels,
 * constraints, networks, mounts, secrets; a node's labels): what they are, and a "..." button opening
 * {@link ChildrenDialog} to add and remove them, each change one command on the editor's stack.
 */
final class ChildrenPropertyDescriptor implements IPropertyDescriptor {

    private final EObject owner;
    private final EReference feature;
    private final AdapterFactory adapterFactory;
    private final String displayName;

    ChildrenPropertyDescriptor(EObject owner, EReference feature, AdapterFactory adapterFactory) {
        this.owner = owner;
        this.feature = feature;
        this.adapterFactory = adapterFactory;
        this.displayName = featureText(feature);
    }

    /** The feature's name as the item providers say it ("Ports", "Labels"), from the model's plugin.properties. */
    private static String featureText(EReference feature) {
        String key = "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature";
        try {
            return FlotillaEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return feature.getName(); // a feature without its own text reads as its name
        }
    }

    EReference feature() {
        return feature;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(owner);
        if (domain == null) {
            return null;
        }
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(adapterFactory);
        return new DialogCellEditor(parent) {
            /** What the row showed before the click, not the elements' Java toString (PublishedPortImpl@...). */
            @Override
            protected void updateContents(Object value) {
                if (getDefaultLabel() != null) {
                    getDefaultLabel().setText(text(value, labels));
                }
            }

            @Override
            public void dispose() {
                labels.dispose();
                super.dispose();
            }

            @Override
            protected Object openDialogBox(Control cellEditorWindow) {
                Control sheet = cellEditorWindow.getParent();
                new ChildrenDialog(cellEditorWindow.getShell(), domain, owner, feature, displayName,
                        new ItemProviderLabelProvider(adapterFactory)).open();
                // The sheet refreshes after the dialog, closing this cell editor; without this the keyboard
                // was nowhere once the dialog closed, and Ctrl+Z did nothing.
                sheet.getDisplay().asyncExec(() -> {
                    if (!sheet.isDisposed()) {
                        sheet.setFocus();
                    }
                });
                return null; // every change already ran as its own command
            }
        };
    }

    @Override
    public String getCategory() {
        return null;
    }

    @Override
    public String getDescription() {
        return "Add or remove " + displayName.toLowerCase(java.util.Locale.ROOT) + " (the ... button)";
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String[] getFilterFlags() {
        return null;
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return feature;
    }

    @Override
    public ILabelProvider getLabelProvider() {
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(adapterFactory);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return text(value, labels);
            }

            @Override
            public void dispose() {
                labels.dispose();
                super.dispose();
            }
        };
    }

    /** The elements' labels, comma separated, or "(none)": the row's value and its cell editor's. */
    private static String text(Object value, ItemProviderLabelProvider labels) {
        Collection<?> children = value instanceof Collection<?> list ? list : java.util.List.of();
        return children.isEmpty()
                ? "(none)"
                : children.stream().map(labels::getText).collect(Collectors.joining(", "));
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ChildrenPropertyDescriptor descriptor && descriptor.feature == feature;
    }
}
