package flotilla.model.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell does for a simple command, as the docker CLI splits a
 * compose {@code command:} string and as a script line is read: blanks separate words, single quotes keep everything
 * literally, double quotes keep blanks (a backslash escapes {@code " \ $ `} in them), a backslash outside quotes
 * escapes the next character, and quotes join with adjacent text.
 */
public final class ShellWords {
    public static final String UNTERMINATED = "unterminated quoted string";

    private ShellWords() {
    }

    /** The words of {@code text}; a {@code #} is ordinary text. */
    public static List<String> split(String text) {
        return split(text, false);
    }

    /** The words of a script line: a {@code #} at the start of a word begins a comment that runs to the end. */
    public static List<String> splitLine(String line) {
        return split(line, true);
    }

    private static List<String> split(String text, boolean comments) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException(UNTERMINATED);
                }
                word.append(text, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(text, i + 1, word);
                inWord = true;
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (comments && c == '#' && !inWord) {
                break;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the text of a double-quoted part starting after its quote; returns the index after the closing one. */
    private static int doubleQuoted(String text, int start, StringBuilder word) {
        int i = start;
        while (true) {
            if (i >= text.length()) {
                throw new IllegalArgumentException(UNTERMINATED);
            }
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                c = text.charAt(++i);
            }
            word.append(c);
            i++;
        }
    }
}
