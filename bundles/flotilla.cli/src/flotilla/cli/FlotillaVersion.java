package flotilla.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/**
 * Prints the version the way {@code docker --version} does: {@code Flotilla version 0.1.0, build 202611300312}.
 * <p>
 * The version is this bundle's {@code Bundle-Version}, read from its own manifest, so it is the same whether the
 * command runs inside OSGi or on the launcher's flat class path (where no framework answers for the bundle).
 */
public final class FlotillaVersion implements IVersionProvider {

    private static final String CLASS_FILE = FlotillaVersion.class.getName().replace('.', '/') + ".class";

    @Override
    public String[] getVersion() throws IOException {
        return new String[]{describe(bundleVersion())};
    }

    /** {@code 0.1.0.202611300312} as {@code Flotilla version 0.1.0, build 202611300312}. */
    static String describe(String bundleVersion) {
        String[] parts = bundleVersion.trim().split("\\.", 4);
        String release = parts[0] + "." + part(parts, 1) + "." + part(parts, 2);
        String build = parts.length < 4 || parts[3].isEmpty() ? "unknown" : parts[3];
        return "Flotilla version " + release + ", build " + build;
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : "0";
    }

    /** The manifest beside this class file: the same jar, directory or OSGi bundle entry. */
    private static String bundleVersion() throws IOException {
        String classFile = FlotillaVersion.class.getResource("/" + CLASS_FILE).toString();
        URI manifest = URI.create(classFile.substring(0, classFile.length() - CLASS_FILE.length())
                + "META-INF/MANIFEST.MF");
        try (InputStream in = manifest.toURL().openStream()) {
            String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
            if (version == null) {
                throw new IOException(manifest + " names no Bundle-Version");
            }
            return version;
        }
    }
}
