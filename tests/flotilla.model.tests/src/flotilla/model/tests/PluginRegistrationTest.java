package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

import flotilla.model.ModelPackage;
import flotilla.model.Node;
import flotilla.model.persistence.FlotillaResource;
import flotilla.model.util.ModelValidator;
import flotilla.observed.ObservedPackage;

/**
 * What the plugin.xml files register in a running Eclipse: a plain resource set, the package registry and the
 * adapter factory registry find Flotilla's without any setup code, as the editor relies on.
 */
class PluginRegistrationTest {
    @Test
    void aPlainResourceSetOpensFlotillaFiles() {
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("any.flotilla"));
        assertInstanceOf(FlotillaResource.class, resource);
        assertInstanceOf(FlotillaResource.class,
                new ResourceSetImpl().createResource(URI.createURI("any.flotillastate")));
    }

    @Test
    void thePackagesAndTheValidatorAreRegistered() {
        assertSame(ModelPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI));
        assertSame(ObservedPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ObservedPackage.eNS_URI));
        assertSame(ModelValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(ModelPackage.eINSTANCE));
    }

    @Test
    void theItemProvidersAreFoundThroughTheRegistry() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        Node node = Fixtures.node("worker1", "east", 1, 1);
        assertEquals("Node worker1",
                ((IItemLabelProvider) factory.adapt(node, IItemLabelProvider.class)).getText(node));
        factory.dispose();
    }
}
