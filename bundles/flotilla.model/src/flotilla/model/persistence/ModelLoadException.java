package flotilla.model.persistence;

import java.nio.file.Path;

import flotilla.model.text.FileException;

/**
 * A model file that cannot be loaded, reported like every file error, {@code FILE:LINE:COLUMN: problem}; line and
 * column are 0 when the problem is not at a place in the file.
 */
public final class ModelLoadException extends FileException {
    private static final long serialVersionUID = 1L;

    public ModelLoadException(Path file, int line, int column, String problem, Throwable cause) {
        super(file, line, column, problem, cause);
    }

    public String problem() {
        return reason();
    }
}
