package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import flotilla.model.text.ShellWords;

/** The one shell-word splitter: script lines and docker's --args (with comments), compose's command strings. */
class ShellWordsTest {
    @Test
    void splitsOnBlanksAndDropsComments() {
        assertEquals(List.of("docker", "service", "ls"), ShellWords.splitLine("  docker\tservice  ls # list them"));
        assertEquals(List.of(), ShellWords.splitLine("# only a comment"));
        assertEquals(List.of("echo", "a#b"), ShellWords.splitLine("echo a#b"), "# inside a word is text");
        assertEquals(List.of("echo", "#", "x"), ShellWords.split("echo # x"), "a command string has no comments");
        assertEquals(List.of("sh", "-c", "a"), ShellWords.split("sh\n-c\r\na"), "line breaks separate words too");
    }

    @Test
    void quotesKeepBlanksAndSingleQuotesKeepEverything() {
        assertEquals(List.of("--format", "{{.Name}} {{.Node}}"),
                ShellWords.splitLine("--format '{{.Name}} {{.Node}}'"));
        assertEquals(List.of("a \"b\" $c"), ShellWords.splitLine("\"a \\\"b\\\" $c\""));
        assertEquals(List.of("it's"), ShellWords.splitLine("it\\'s"));
        assertEquals(List.of("ab c"), ShellWords.splitLine("a'b c'"), "quotes join with adjacent text");
        assertEquals(List.of(""), ShellWords.splitLine("''"));
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertEquals("unterminated quoted string",
                assertThrows(IllegalArgumentException.class, () -> ShellWords.splitLine("echo 'oops")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShellWords.splitLine("echo \"oops"));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("echo \"oops"));
    }
}
