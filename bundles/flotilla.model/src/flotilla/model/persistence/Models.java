package flotilla.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.ModelPackage;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.NetworkScope;
import flotilla.model.defaults.SwarmDefaults;
import flotilla.observed.ObservedPackage;

/**
 * Loading and saving Flotilla models: the entry point for the CLI and the UI.
 * <p>
 * Loading only reads the file: a broken, foreign or too new file fails with a {@link ModelLoadException} naming the
 * file, line and problem. Saving is atomic (see {@link AtomicFile}) and keeps the previous file as {@code NAME.bak}.
 */
public final class Models {
    private Models() {
    }

    /** A resource set reading and writing .flotilla and .flotillastate files, inside OSGi or not. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(ObservedPackage.eNS_URI, ObservedPackage.eINSTANCE);
        FlotillaResourceFactory factory = new FlotillaResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FlotillaResourceFactory.MODEL_EXTENSION,
                factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FlotillaResourceFactory.STATE_EXTENSION,
                factory);
        return resourceSet;
    }

    /** Loads the cluster a .flotilla file holds, in a resource set of its own. */
    public static Cluster load(Path file) throws ModelLoadException {
        Resource resource = load(newResourceSet(), file);
        if (resource.getContents().get(0) instanceof Cluster cluster) {
            return cluster;
        }
        throw new ModelLoadException(file, 0, 0,
                "holds a " + resource.getContents().get(0).eClass().getName() + ", not a Cluster", null);
    }

    /**
     * Loads a file into {@code resourceSet}. On failure the resource set is left as it was and the exception says
     * where the file is broken.
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file, 0, 0, "no such file", null);
        }
        MetamodelVersions.check(file, RootElement.read(file));
        Resource resource = new FlotillaResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resourceSet.getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, null);
        } catch (IOException | RuntimeException exception) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw located(file, exception);
        }
        if (resource.getContents().isEmpty()) {
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(file, 0, 0, "contains no model element", null);
        }
        return resource;
    }

    /** Turns what EMF or the XML parser threw into a message with the line, without their class names. */
    private static ModelLoadException located(Path file, Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof XMIException xmi) {
                return new ModelLoadException(file, xmi.getLine(), xmi.getColumn(), problem(xmi), exception);
            }
            if (cause instanceof SAXParseException sax) {
                return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(),
                        "not well-formed XML: " + sax.getMessage(), exception);
            }
        }
        Throwable root = exception instanceof WrappedException wrapped ? wrapped.exception() : exception;
        return new ModelLoadException(file, 0, 0, String.valueOf(root.getMessage()), exception);
    }

    private static String problem(XMIException exception) {
        return exception.getCause() instanceof SAXParseException sax
                ? "not well-formed XML: " + sax.getMessage()
                : exception.getMessage();
    }

    /** Saves a resource atomically to its file URI. */
    public static void save(Resource resource) throws IOException {
        URI uri = resource.getURI();
        if (uri == null || !uri.isFile()) {
            throw new IOException("cannot save " + uri + ": only files are saved atomically");
        }
        AtomicFile.write(Path.of(uri.toFileString()), out -> resource.save(out, null));
    }

    /**
     * Saves {@code root} to {@code file}: in its resource, moved to that file, or in a new resource when it has none.
     * Returns the resource it was saved in.
     */
    public static Resource save(EObject root, Path file) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = root.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(root);
        } else {
            resource.setURI(uri);
        }
        save(resource);
        return resource;
    }

    /** A new cluster with the networks swarm creates on its own: the ingress overlay and the docker_gwbridge bridge. */
    public static Cluster newCluster(String name) {
        ModelFactory factory = ModelFactory.eINSTANCE;
        Cluster cluster = factory.createCluster();
        cluster.setName(name);
        cluster.getNetworks()
                .add(implicitNetwork(SwarmDefaults.INGRESS_NETWORK, NetworkDriver.OVERLAY, NetworkScope.SWARM,
                        SwarmDefaults.INGRESS_SUBNET, SwarmDefaults.INGRESS_GATEWAY));
        cluster.getNetworks()
                .add(implicitNetwork(SwarmDefaults.GWBRIDGE_NETWORK, NetworkDriver.BRIDGE, NetworkScope.LOCAL,
                        SwarmDefaults.GWBRIDGE_SUBNET, SwarmDefaults.GWBRIDGE_GATEWAY));
        cluster.getNetworks().get(0).setIngress(true);
        return cluster;
    }

    private static Network implicitNetwork(String name, NetworkDriver driver, NetworkScope scope, String subnet,
            String gateway) {
        Network network = ModelFactory.eINSTANCE.createNetwork();
        network.setName(name);
        network.setDriver(driver);
        network.setScope(scope);
        network.setImplicit(true);
        network.setSubnet(subnet);
        network.setGateway(gateway);
        return network;
    }
}
