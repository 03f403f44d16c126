package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.ModelFactory;

class UnsignedCopiesTest {

    @TempDir
    Path folder;

    /** EMF's ecore jar, as Eclipse publishes it: signed. */
    private static Path signedJar() throws Exception {
        Class<?> emfClass = ModelFactory.eINSTANCE.getClass().getSuperclass();
        URI location = emfClass.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path jar = Path.of(location);
        assertTrue(jar.toString().endsWith(".jar") && UnsignedCopies.isSigned(jar), "EMF's jar is signed: " + jar);
        return jar;
    }

    @Test
    void theCopyHoldsEveryClassAndResourceAndNoSignature() throws Exception {
        Path jar = signedJar();

        UnsignedCopies.main(new String[]{folder.toString(), jar.toString()});

        Path copy = folder.resolve(jar.getFileName());
        assertFalse(UnsignedCopies.isSigned(copy));
        assertEquals(Files.getLastModifiedTime(jar), Files.getLastModifiedTime(copy));
        try (JarFile original = new JarFile(jar.toFile(), false); JarFile unsigned = new JarFile(copy.toFile(), true)) {
            List<String> compared = new ArrayList<>();
            for (JarEntry entry : original.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("META-INF/") && !name.startsWith("META-INF/services/")) {
                    continue;
                }
                JarEntry copied = unsigned.getJarEntry(name);
                assertTrue(copied != null, name + " is in the copy");
                try (InputStream a = original.getInputStream(entry); InputStream b = unsigned.getInputStream(copied)) {
                    assertArrayEquals(a.readAllBytes(), b.readAllBytes(), name);
                }
                // Read to its end through a verifying JarFile: an unsigned entry has no signers.
                assertNull(copied.getCodeSigners(), name);
                compared.add(name);
            }
            assertTrue(compared.stream().anyMatch(name -> name.endsWith(".class")), compared.toString());
            assertEquals(original.getManifest().getMainAttributes(), unsigned.getManifest().getMainAttributes());
            assertTrue(unsigned.getManifest().getEntries().isEmpty(), "no per-entry digests left");
        }
    }

    @Test
    void anUnsignedJarIsNotCopied() throws Exception {
        Path jar = signedJar();
        UnsignedCopies.main(new String[]{folder.toString(), jar.toString()});
        Path copy = folder.resolve(jar.getFileName());
        Path again = folder.resolve("again");

        UnsignedCopies.main(new String[]{again.toString(), copy.toString()});

        assertTrue(Files.isDirectory(again));
        try (var listing = Files.list(again)) {
            assertEquals(0, listing.count());
        }
    }
}
