package flotilla.model.errors;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A problem at a place in a file, reported like a compiler's: {@code FILE:LINE:COLUMN: problem}. Line and column
 * count from 1; 0 means the problem is not at one place (the column alone, or both).
 */
public class LocatedException extends IOException
{
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  private final long line;

  private final long column;

  private final String problem;

  public LocatedException(Path file, long line, long column, String problem, Throwable cause)
  {
    super(location(file, line, column) + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** {@code FILE}, {@code FILE:LINE} or {@code FILE:LINE:COLUMN}, leaving out what is 0. */
  public static String location(Path file, long line, long column)
  {
    return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
  }

  public Path file()
  {
    return file;
  }

  public long line()
  {
    return line;
  }

  public long column()
  {
    return column;
  }

  public String problem()
  {
    return problem;
  }
}
