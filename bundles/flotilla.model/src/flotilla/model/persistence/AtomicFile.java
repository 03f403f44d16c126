package flotilla.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Replaces a file so that a crash or a failed write never leaves it half written: the content goes to a temporary
 * file in the same directory, is forced to disk, and is renamed over the target in one step. The previous content is
 * kept beside it as {@code NAME.bak}.
 */
public final class AtomicFile
{
  /** Writes the new content; may fail half way, the target is then untouched. */
  @FunctionalInterface
  public interface Content
  {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile()
  {
  }

  public static Path backupOf(Path target)
  {
    return target.resolveSibling(target.getFileName() + ".bak");
  }

  public static void write(Path target, Content content) throws IOException
  {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    // Not Files.createTempFile: its 0600 mode would replace the file's; CREATE_NEW gives the usual mode.
    Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try
    {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16))
      {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (Files.exists(absolute))
      {
        Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        keepPermissions(absolute, temporary);
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    finally
    {
      Files.deleteIfExists(temporary);
    }
    forceDirectory(directory);
  }

  private static void keepPermissions(Path from, Path to) throws IOException
  {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null)
    {
      Files.setPosixFilePermissions(to, view.readAttributes().permissions());
    }
  }

  /** Makes the rename itself durable; a platform that cannot open a directory (Windows) has no such need. */
  private static void forceDirectory(Path directory)
  {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ))
    {
      channel.force(true);
    }
    catch (IOException exception)
    {
      // The rename has happened; only its durability across a power cut is not guaranteed on this platform.
    }
  }
}
