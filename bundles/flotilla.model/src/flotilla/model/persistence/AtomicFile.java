package flotilla.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way Flotilla writes a file (models, observed state, diagram notation, stack files, manifests), so that a
 * crash, a kill or a full disk never leaves it or its backup half written:
 * <ol>
 * <li>the content goes to a temporary file {@code .NAME.PID.RANDOM.tmp} in the same folder and is forced to disk;</li>
 * <li>content equal to the file's is not written again, so saving twice keeps the backup of the original;</li>
 * <li>the previous file becomes {@code NAME.bak} by a hard link renamed over the old backup (a copy into a temporary
 * file where the file system has no hard links), never by copying over the backup in place;</li>
 * <li>the temporary file is renamed over the file in one step, and the folder is forced to disk.</li>
 * </ol>
 * A symbolic link is followed: its target is replaced and the link stays. Temporary files are removed on every exit
 * path, at Ctrl+C by a shutdown hook, and those left by a killed process are removed by the next save in the folder.
 */
public final class AtomicFile {
    /** Writes the new content; may fail half way, the target is then untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMPORARY_SUFFIX = ".tmp";

    /** Temporary files of saves in progress, removed at Ctrl+C (a shutdown hook) before they could be renamed. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    /** Guards creating a temporary file against the shutdown hook, so none is created after the hook ran. */
    private static final Object CREATING = new Object();

    private static volatile boolean shuttingDown;

    /**
     * Fault injection for machines where a full disk cannot be made (no tmpfs mount): with this system property set to
     * a number of bytes, a save writing more fails as a full disk does. Unset in normal use.
     */
    public static final String CAPACITY_PROPERTY = "flotilla.save.capacity";

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::removeInProgress, "flotilla-temporary-files"));
        } catch (IllegalStateException shuttingDown) {
            // First save during shutdown: the finally blocks still remove its temporary files.
        }
    }

    private AtomicFile() {
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /** The file a write to {@code target} replaces: the target of a symbolic link (and of a link to a link). */
    public static Path resolve(Path target) throws IOException {
        Path path = target.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        return path;
    }

    public static void write(Path target, Content content) throws IOException {
        Path file = resolve(target);
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
            throw Files.exists(directory)
                    ? new NotDirectoryException(directory.toString())
                    : new NoSuchFileException(directory.toString(), null, "no such directory");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        removeStaleTemporaries(file);
        Path temporary = temporaryFor(file);
        try {
            try {
                writeForced(temporary, content);
            } catch (IOException failed) {
                throw failed instanceof FileSystemException ? failed : named(target, failed);
            }
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (exists && Files.size(file) == Files.size(temporary) && Files.mismatch(file, temporary) == -1L) {
                return;
            }
            if (exists) {
                keepPermissions(file, temporary);
                keepPrevious(file);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
            IN_PROGRESS.remove(temporary);
        }
    }

    /** {@code problem} (a full disk: "No space left on device") with the file it happened to. */
    private static FileSystemException named(Path target, IOException problem) {
        FileSystemException named = new FileSystemException(target.toString(), null, problem.getMessage());
        named.initCause(problem);
        return named;
    }

    /** Creates a temporary file, unless the JVM is shutting down: then the hook could no longer remove it. */
    private static FileChannel create(Path temporary) throws IOException {
        synchronized (CREATING) {
            if (shuttingDown) {
                throw new FileSystemException(temporary.toString(), null, "not saved: Flotilla is stopping");
            }
            IN_PROGRESS.add(temporary);
            // Not Files.createTempFile: its 0600 mode would replace the file's; CREATE_NEW gives the usual mode.
            return FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
        }
    }

    private static void writeForced(Path temporary, Content content) throws IOException {
        try (FileChannel channel = create(temporary);
                OutputStream out = new BufferedOutputStream(limited(Channels.newOutputStream(channel)), 1 << 16)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /**
     * Makes the file as it is now {@code NAME.bak} in one rename, so a backup is always either the old one or the new
     * one, whole. The link (or copy) is made under a temporary name first.
     */
    private static void keepPrevious(Path file) throws IOException {
        Path link = temporaryFor(file);
        try {
            try {
                synchronized (CREATING) {
                    if (shuttingDown) {
                        throw new FileSystemException(file.toString(), null, "not saved: Flotilla is stopping");
                    }
                    IN_PROGRESS.add(link);
                    Files.createLink(link, file);
                }
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                if (noHardLinks instanceof FileAlreadyExistsException || shuttingDown) {
                    throw noHardLinks;
                }
                Files.copy(file, link, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(link, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            Files.move(link, backupOf(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(link);
            IN_PROGRESS.remove(link);
        }
    }

    private static Path temporaryFor(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + UUID.randomUUID() + TEMPORARY_SUFFIX);
    }

    /**
     * Removes {@code .NAME.*.tmp} files that no running save will rename: those of processes that are gone (killed
     * during a save) and those without a process id (older versions). A save running in another process keeps its own.
     */
    static void removeStaleTemporaries(Path file) throws IOException {
        String prefix = "." + file.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(),
                sibling -> sibling.getFileName().toString().startsWith(prefix)
                        && sibling.getFileName().toString().endsWith(TEMPORARY_SUFFIX))) {
            for (Path sibling : siblings) {
                String middle = sibling.getFileName().toString().substring(prefix.length());
                if (!ownedByRunningSave(middle, sibling)) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    private static boolean ownedByRunningSave(String middle, Path temporary) {
        int dot = middle.indexOf('.');
        if (dot <= 0 || !middle.substring(0, dot).chars().allMatch(Character::isDigit)) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(middle.substring(0, dot));
        } catch (NumberFormatException notAPid) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return IN_PROGRESS.contains(temporary);
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static OutputStream limited(OutputStream out) {
        Long capacity = Long.getLong(CAPACITY_PROPERTY);
        if (capacity == null) {
            return out;
        }
        return new java.io.FilterOutputStream(out) {
            private long written;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if ((written += length) > capacity) {
                    throw new IOException("No space left on device");
                }
                out.write(bytes, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }
        };
    }

    private static void removeInProgress() {
        synchronized (CREATING) {
            shuttingDown = true;
        }
        for (Path temporary : IN_PROGRESS) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException exception) {
                // The JVM is going away; the next save in this folder removes what is left.
            }
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    /** Makes the rename itself durable; a platform that cannot open a directory (Windows) has no such need. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException exception) {
            // The rename has happened; only its durability across a power cut is not guaranteed on this platform.
        }
    }
}
