package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.errors.ErrorMessages;
import flotilla.model.errors.Utf8Files;
import flotilla.model.text.FileException;

/** Issue 15, item 5: what the user reads instead of an exception's class and trace. */
class ErrorMessagesTest {
    @TempDir
    Path directory;

    @Test
    void aByteThatIsNotUtf8IsNamedByLineAndColumn() throws Exception {
        Path file = directory.resolve("script.sh");
        // Line 2, after "é" (two bytes, one column) and "x": column 3.
        Files.write(file, new byte[]{'o', 'k', '\n', (byte) 0xc3, (byte) 0xa9, 'x', (byte) 0xff, '\n'});
        FileException problem = assertThrows(FileException.class, () -> Utf8Files.read(file));
        assertEquals(2, problem.line());
        assertEquals(3, problem.column());
        assertEquals(file + ":2:3: invalid UTF-8: byte 0xff at offset 6 (save the file as UTF-8)",
                ErrorMessages.describe(problem));
        assertFalse(ErrorMessages.isInternal(problem));
    }

    @Test
    void fileSystemFailuresReadLikeAShellsWithoutClassNames() {
        assertEquals("/m/x.flotilla: read-only file system",
                ErrorMessages.describe(new FileSystemException("/m/x.flotilla", null, "Read-only file system")));
        assertEquals("/m/x.flotilla: permission denied",
                ErrorMessages.describe(new AccessDeniedException("/m/x.flotilla")));
        assertFalse(ErrorMessages.isInternal(new AccessDeniedException("/m/x.flotilla")));
    }

    @Test
    void outOfMemoryNamesTheHeapItFilled() {
        String message = ErrorMessages.describe(new OutOfMemoryError("Java heap space"));
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertTrue(message.startsWith("out of memory: the " + megabytes + " MB heap is full (Java heap space; "),
                message);
        assertFalse(ErrorMessages.isInternal(new OutOfMemoryError()));
    }

    @Test
    void whatIsNotRecognisedIsABug() {
        assertTrue(ErrorMessages.isInternal(new NullPointerException()));
        assertEquals("NullPointerException", ErrorMessages.describe(new NullPointerException()));
    }
}
