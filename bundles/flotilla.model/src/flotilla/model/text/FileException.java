package flotilla.model.text;

import java.nio.file.Path;

/**
 * A file Flotilla cannot read, whatever its format (model XML, compose YAML): the message reads like a compiler's,
 * {@code FILE:LINE:COLUMN: REASON}, so editors and terminals can jump to the place. Line and column are 1-based; 0
 * means the problem concerns the whole file (or the whole line).
 */
public class FileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    private final int line;

    private final int column;

    private final String reason;

    public FileException(Path file, int line, int column, String reason, Throwable cause) {
        super(location(file, line, column) + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** {@code FILE:LINE:COLUMN}, {@code FILE:LINE} without a column, only the file without a line. */
    public static String location(Path file, int line, int column) {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String location() {
        return location(file, line, column);
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
