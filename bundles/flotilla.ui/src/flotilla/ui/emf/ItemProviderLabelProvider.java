package flotilla.ui.emf;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF item providers; the icons live as long as this provider. */
public final class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? null : image(provider.getImage(element));
    }

    /** Item providers describe icons as URLs (or image descriptors); JFace needs images. */
    Image image(Object description) {
        if (description instanceof URL url) {
            return images.create(ImageDescriptor.createFromURL(url));
        }
        if (description instanceof ImageDescriptor descriptor) {
            return images.create(descriptor);
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }

    private IItemLabelProvider labelProvider(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }
}
