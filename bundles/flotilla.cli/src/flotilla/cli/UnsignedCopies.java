package flotilla.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Writes copies of signed jars without their signatures, for the headless commands' flat class path. The JDK's class
 * path loader checks a signed jar's signature and every entry's digest as it loads classes (Equinox does neither in
 * the product), and its AOT cache leaves out classes from signed jars: with EMF's signed jars on the class path a
 * short command spent about a third of its CPU time on them. The product's build runs this when it trains the AOT
 * cache; the launcher then puts a copy in place of its bundle. A copy holds the same classes and resources.
 */
public final class UnsignedCopies {

    private UnsignedCopies() {
    }

    /** {@code UnsignedCopies DIR JAR...}: writes into DIR, under the same file name, a copy of each signed JAR. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: UnsignedCopies DIR JAR...");
            System.exit(Flotilla.USAGE_ERROR);
        }
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        for (int i = 1; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            if (isSigned(jar)) {
                write(jar, directory.resolve(jar.getFileName()));
            }
        }
    }

    /** Whether the jar carries a signature (a signature file under META-INF). */
    static boolean isSigned(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(entry -> isSignatureFile(entry.getName()));
        }
    }

    /**
     * Copies {@code jar} to {@code copy} without its signature files and with its manifest's main section only (the
     * per-entry sections hold only the digests the signature covered). The copy keeps the jar's modification time.
     */
    static void write(Path jar, Path copy) throws IOException {
        Path partial = copy.resolveSibling(copy.getFileName() + ".partial");
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            Manifest manifest = new Manifest();
            Manifest original = in.getManifest();
            if (original != null) {
                manifest.getMainAttributes().putAll(original.getMainAttributes());
            } else {
                manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            }
            try (OutputStream file = Files.newOutputStream(partial);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignatureFile(name)) {
                        continue;
                    }
                    ZipEntry next = new ZipEntry(name);
                    next.setTime(entry.getTime());
                    out.putNextEntry(next);
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.setLastModifiedTime(partial, Files.getLastModifiedTime(jar));
        Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** META-INF/*.SF, *.RSA, *.DSA, *.EC and SIG-*: what makes the JDK treat a jar as signed. */
    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = upper.substring("META-INF/".length());
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
                || file.startsWith("SIG-");
    }
}
