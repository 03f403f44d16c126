package flotilla.exchange.compose;

import java.nio.file.Path;

import flotilla.model.text.FileException;

/**
 * Something in a compose file that the import read but could not keep, or did not know: an unsupported or unknown
 * key, an unset variable. Line and column are 1-based.
 */
public record ComposeWarning(Path file, int line, int column, String message) {
    /** {@code FILE:LINE:COLUMN: warning: MESSAGE}, as a compiler prints it. */
    @Override
    public String toString() {
        return FileException.location(file, line, column) + ": warning: " + message;
    }
}
