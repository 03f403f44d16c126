package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    @Test
    void splitsOnBlanksAndDropsComments() {
        assertEquals(List.of("docker", "service", "ls"), ShellWords.split("  docker\tservice  ls # list them"));
        assertEquals(List.of(), ShellWords.split("# only a comment"));
        assertEquals(List.of("echo", "a#b"), ShellWords.split("echo a#b"), "# inside a word is text");
    }

    @Test
    void quotesKeepBlanksAndSingleQuotesKeepEverything() {
        assertEquals(List.of("--format", "{{.Name}} {{.Node}}"),
                ShellWords.split("--format '{{.Name}} {{.Node}}'"));
        assertEquals(List.of("a \"b\" $c"), ShellWords.split("\"a \\\"b\\\" $c\""));
        assertEquals(List.of("it's"), ShellWords.split("it\\'s"));
        assertEquals(List.of("ab c"), ShellWords.split("a'b c'"), "quotes join with adjacent text");
        assertEquals(List.of(""), ShellWords.split("''"));
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertEquals("unterminated quoted string",
                assertThrows(IllegalArgumentException.class, () -> ShellWords.split("echo 'oops")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("echo \"oops"));
    }
}
