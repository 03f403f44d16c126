package flotilla.model.errors;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import flotilla.model.text.FileException;

/**
 * Turns what went wrong into one line for the user, in the words of a shell or a compiler, never a class name: the
 * single place every front end (the CLI, the workbench) asks. Problems at a place in a file read
 * {@code FILE:LINE:COLUMN: problem} ({@link FileException}); file system failures read
 * {@code FILE: reason}. What this class does not recognise is an internal error: a bug, reported with its trace.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** The message for the user, without the exception's class. */
    public static String describe(Throwable problem) {
        Throwable cause = unwrap(problem);
        if (cause instanceof FileException) {
            return cause.getMessage();
        }
        if (cause instanceof OutOfMemoryError) {
            return "out of memory: the " + megabytes(Runtime.getRuntime().maxMemory()) + " MB heap is full ("
                    + (cause.getMessage() == null ? "" : cause.getMessage() + "; ")
                    + "give Java more with -Xmx, or make the input smaller)";
        }
        if (cause instanceof StackOverflowError) {
            return "the input is nested too deeply to be processed";
        }
        if (cause instanceof FileSystemException files) {
            return fileSystem(files);
        }
        if (cause instanceof FileNotFoundException missing) {
            return String.valueOf(missing.getMessage());
        }
        if (cause instanceof CharacterCodingException) {
            return "invalid UTF-8 (save the file as UTF-8)";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** Whether {@code problem} is a bug rather than bad input or a failing machine: its trace belongs in a log. */
    public static boolean isInternal(Throwable problem) {
        Throwable cause = unwrap(problem);
        return !(cause instanceof IOException || cause instanceof FileException || cause instanceof OutOfMemoryError
                || cause instanceof StackOverflowError);
    }

    private static Throwable unwrap(Throwable problem) {
        Throwable cause = problem;
        while (cause instanceof UncheckedIOException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String fileSystem(FileSystemException problem) {
        String file = problem.getFile();
        String reason = problem.getReason();
        if (reason == null) {
            reason = problem instanceof NoSuchFileException
                    ? "no such file or directory"
                    : problem instanceof AccessDeniedException
                            ? "permission denied"
                            : problem instanceof FileAlreadyExistsException
                                    ? "file exists"
                                    : problem instanceof NotDirectoryException
                                            ? "not a directory"
                                            : problem.getClass().getSimpleName();
        } else {
            reason = reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        String other = problem.getOtherFile();
        return (file == null ? "" : file + (other == null ? "" : " -> " + other) + ": ") + reason;
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
