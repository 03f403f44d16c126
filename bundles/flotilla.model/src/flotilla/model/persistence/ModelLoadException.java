package flotilla.model.persistence;

import java.nio.file.Path;

import flotilla.model.errors.LocatedException;

/**
 * A model file that cannot be loaded. The message reads {@code FILE:LINE:COLUMN: problem} like a compiler's;
 * line and column are 0 when the problem is not at a place in the file.
 */
public final class ModelLoadException extends Exception
{
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  private final int line;

  private final int column;

  private final String problem;

  public ModelLoadException(Path file, int line, int column, String problem, Throwable cause)
  {
    super(location(file, line, column) + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String location(Path file, int line, int column)
  {
    return LocatedException.location(file, line, column);
  }

  public Path file()
  {
    return file;
  }

  public int line()
  {
    return line;
  }

  public int column()
  {
    return column;
  }

  public String problem()
  {
    return problem;
  }
}
