package flotilla.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link FlotillaResource}s for {@code .flotilla} (desired state) and {@code .flotillastate} (observed state). */
public class FlotillaResourceFactory extends ResourceFactoryImpl {
    public static final String MODEL_EXTENSION = "flotilla";

    public static final String STATE_EXTENSION = "flotillastate";

    @Override
    public Resource createResource(URI uri) {
        return new FlotillaResource(uri);
    }
}
