package flotilla.ui.application;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;

/**
 * Loads, on a thread of its own, the classes the window's start will load, in the order it loaded them when the
 * build trained the start (releng/train-workbench.sh writes the product's configuration/flotilla-workbench.classes: a
 * bundle's symbolic name and a class name per line). The UI thread is the start's critical path and the second core
 * has time to spare once the framework has started; a class this thread loaded first is one the UI thread finds
 * loaded. Classes are loaded, not
 * initialised: no code of theirs runs here, but a bundle activated lazily starts when its first class loads, on
 * whichever thread that is, as in any Eclipse application (here, at the time of writing: core.jobs and help).
 */
final class ClassPreload {

    private ClassPreload() {
    }

    /** The list's name in the product's configuration folder, beside the AOT cache trained on the same start. */
    static final String LIST = "flotilla-workbench.classes";

    /** Starts the preloader when the product has the list (a build without Java 25, Xvfb or GTK has none). */
    static void start() {
        Location configuration = Platform.getConfigurationLocation();
        URL folder = configuration == null ? null : configuration.getURL();
        if (folder == null || !"file".equals(folder.getProtocol())) {
            return;
        }
        Path list = Path.of(folder.getPath(), LIST);
        if (!Files.isRegularFile(list)) {
            return;
        }
        Thread thread = new Thread(() -> run(list), "Flotilla class preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(Path list) {
        List<String> lines;
        try {
            lines = Files.readAllLines(list);
        } catch (IOException unreadable) {
            return; // only a head start
        }
        int loaded = preload(FrameworkUtil.getBundle(ClassPreload.class).getBundleContext(), lines);
        UserTiming.reached(loaded + " of " + lines.size() + " classes preloaded");
    }

    /** Loads each listed class through its bundle (a fragment's through its host); returns how many loaded. */
    static int preload(BundleContext context, List<String> lines) {
        Map<String, Bundle> loaders = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            loaders.putIfAbsent(bundle.getSymbolicName(), loaderOf(bundle));
        }
        int loaded = 0;
        for (String line : lines) {
            int space = line.indexOf(' ');
            Bundle loader = space < 0 ? null : loaders.get(line.substring(0, space));
            if (loader == null) {
                continue;
            }
            try {
                loader.loadClass(line.substring(space + 1));
                loaded++;
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                // Only a head start: the UI thread loads what it needs itself, and reports what fails then.
            }
        }
        return loaded;
    }

    /** A fragment's classes are its host's (SWT's platform fragment). */
    private static Bundle loaderOf(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null || (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) == 0
                || revision.getWiring() == null) {
            return bundle;
        }
        List<BundleWire> hosts = revision.getWiring().getRequiredWires(HostNamespace.HOST_NAMESPACE);
        return hosts.isEmpty() ? bundle : hosts.get(0).getProvider().getBundle();
    }
}
