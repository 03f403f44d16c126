package flotilla.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.SecureClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Starts {@link Flotilla#main} on the launcher's flat class path of the product's bundles without checking jar
 * signatures, as Equinox does not check them in the product either: the JDK's own class path loader verifies every
 * signed jar (EMF's) entry by entry, about a third of a short command's CPU time.
 */
public final class HeadlessLauncher {

    private HeadlessLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        List<JarFile> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            jars.add(new JarFile(new File(entry), false));
        }
        BundleJarsLoader loader = new BundleJarsLoader(jars);
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass(Flotilla.class.getName()).getMethod("main", String[].class).invoke(null,
                    (Object) args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    /** Classes and resources from the bundle jars, first jar first, after the JDK's own. */
    private static final class BundleJarsLoader extends SecureClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final List<JarFile> jars;
        private final List<ProtectionDomain> domains = new ArrayList<>();

        BundleJarsLoader(List<JarFile> jars) throws MalformedURLException {
            super("flotilla-bundles", ClassLoader.getPlatformClassLoader());
            this.jars = jars;
            for (JarFile jar : jars) {
                CodeSource source = new CodeSource(new File(jar.getName()).toURI().toURL(), (CodeSigner[]) null);
                domains.add(new ProtectionDomain(source, null, this, null));
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String path = name.replace('.', '/') + ".class";
            for (int i = 0; i < jars.size(); i++) {
                JarEntry entry = jars.get(i).getJarEntry(path);
                if (entry != null) {
                    byte[] bytes = read(jars.get(i), entry);
                    definePackageOf(name);
                    return defineClass(name, bytes, 0, bytes.length, domains.get(i));
                }
            }
            throw new ClassNotFoundException(name);
        }

        private void definePackageOf(String className) {
            int dot = className.lastIndexOf('.');
            if (dot > 0 && getDefinedPackage(className.substring(0, dot)) == null) {
                definePackage(className.substring(0, dot), null, null, null, null, null, null, null);
            }
        }

        private static byte[] read(JarFile jar, JarEntry entry) {
            try (InputStream in = jar.getInputStream(entry)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected URL findResource(String name) {
            for (JarFile jar : jars) {
                if (jar.getJarEntry(name) != null) {
                    return url(jar, name);
                }
            }
            return null;
        }

        @Override
        protected Enumeration<URL> findResources(String name) {
            List<URL> found = new ArrayList<>();
            for (JarFile jar : jars) {
                if (jar.getJarEntry(name) != null) {
                    found.add(url(jar, name));
                }
            }
            return Collections.enumeration(found);
        }

        private static URL url(JarFile jar, String name) {
            try {
                return URI.create("jar:" + new File(jar.getName()).toURI() + "!/" + name).toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
