package flotilla.exchange.compose;

import java.nio.file.Path;

import flotilla.model.text.FileException;

/**
 * A compose file Flotilla cannot read: broken YAML, a value of the wrong type, a bad duration, an unsupported
 * version. Reported like every file error, {@code FILE:LINE:COLUMN: REASON}.
 */
public final class ComposeException extends FileException {
    private static final long serialVersionUID = 1L;

    public ComposeException(Path file, int line, int column, String reason) {
        super(file, line, column, reason, null);
    }

    /** {@code problem}, met while reading a compose file (or its {@code .env}), as a compose error at the same place. */
    public ComposeException(FileException problem) {
        super(problem.file(), problem.line(), problem.column(), problem.reason(), problem.getCause());
    }
}
