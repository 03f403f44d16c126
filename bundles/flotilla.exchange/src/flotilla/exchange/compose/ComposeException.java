package flotilla.exchange.compose;

import java.nio.file.Path;

/**
 * A compose file Flotilla cannot read: broken YAML, a value of the wrong type, a bad duration, an unsupported
 * version. The message reads like a compiler's, {@code FILE:LINE:COLUMN: REASON}, so editors and terminals can jump
 * to the place. Line and column are 1-based; 0 means the problem concerns the whole file.
 */
public final class ComposeException extends Exception
{
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  private final int line;

  private final int column;

  private final String reason;

  public ComposeException(Path file, int line, int column, String reason)
  {
    super(Location.format(file, line, column) + ": " + reason);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
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

  /** {@code FILE:LINE:COLUMN}, or only the file when the problem concerns all of it. */
  public String location()
  {
    return Location.format(file, line, column);
  }

  /** What is wrong, without the location. */
  public String reason()
  {
    return reason;
  }
}
