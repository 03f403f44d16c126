package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.errors.ErrorMessages;
import flotilla.model.persistence.AtomicFile;

/** Issue 15, item 2: the one save path keeps the file and its backup whole, follows links and cleans up after kills. */
class AtomicFileTest {
    @TempDir
    Path directory;

    private static void write(Path file, String text) throws IOException {
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theBackupIsThePreviousFileItselfNotACopyOverTheOldBackup() throws Exception {
        Path file = directory.resolve("m.flotilla");
        write(file, "one");
        Object firstInode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        write(file, "two");
        assertEquals("one", Files.readString(AtomicFile.backupOf(file)));
        // The backup is the old file moved aside (a hard link renamed into place), so no moment exists where it is half copied.
        assertEquals(firstInode, Files.readAttributes(AtomicFile.backupOf(file), BasicFileAttributes.class).fileKey());
        write(file, "three");
        assertEquals("two", Files.readString(AtomicFile.backupOf(file)));
        assertEquals("three", Files.readString(file));
        assertEquals(List.of("m.flotilla", "m.flotilla.bak"), names());
    }

    @Test
    void twoSavesInARowKeepTheOriginalAsBackup() throws Exception {
        Path file = directory.resolve("m.flotilla");
        write(file, "original");
        write(file, "edited");
        write(file, "edited");
        assertEquals("original", Files.readString(AtomicFile.backupOf(file)),
                "saving the same content again rotates nothing");
        assertEquals("edited", Files.readString(file));
    }

    @Test
    void savingOntoASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectory(directory.resolve("real")).resolve("m.flotilla");
        write(real, "old");
        Path link = Files.createSymbolicLink(directory.resolve("link.flotilla"), Path.of("real", "m.flotilla"));
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
        assertEquals("old", Files.readString(AtomicFile.backupOf(real)), "the backup is beside the target");
        assertFalse(Files.exists(AtomicFile.backupOf(link)));
    }

    @Test
    void temporaryFilesLeftByAKilledSaveAreRemovedByTheNextSave() throws Exception {
        Path file = directory.resolve("m.flotilla");
        write(file, "one");
        // One from an older version (no process id), one from a process that no longer runs.
        Files.writeString(directory.resolve(".m.flotilla." + UUID.randomUUID() + ".tmp"), "half");
        Files.writeString(directory.resolve(".m.flotilla.2147483646." + UUID.randomUUID() + ".tmp"), "half");
        String otherFiles = ".other.flotilla." + UUID.randomUUID() + ".tmp";
        Files.writeString(directory.resolve(otherFiles), "not ours");
        write(file, "two");
        assertEquals(List.of(otherFiles, "m.flotilla", "m.flotilla.bak"), names());
    }

    @Test
    void aWriteThatFailsLeavesNoTemporaryFile() throws Exception {
        Path file = directory.resolve("m.flotilla");
        write(file, "one");
        write(file, "two");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals(file + ": no space left on device", ErrorMessages.describe(failure));
        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(AtomicFile.backupOf(file)));
        assertEquals(List.of("m.flotilla", "m.flotilla.bak"), names());
    }

    @Test
    void aMissingFolderOrADirectoryAsTargetIsNamedWithoutAClass() throws Exception {
        IOException missing = assertThrows(IOException.class,
                () -> write(directory.resolve("no/such/m.flotilla"), "x"));
        assertEquals(directory.resolve("no/such") + ": no such directory", ErrorMessages.describe(missing));
        Path folder = Files.createDirectory(directory.resolve("folder.flotilla"));
        IOException isDirectory = assertThrows(IOException.class, () -> write(folder, "x"));
        assertEquals(folder + ": is a directory", ErrorMessages.describe(isDirectory));
    }
}
