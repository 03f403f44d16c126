package flotilla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import flotilla.model.Cluster;
import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;
import flotilla.model.validation.ModelChecker;

/** Reading the model a command is given, and guarding the files a command writes. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** The cluster in {@code model}, or null after printing {@code Error: FILE:LINE: ...} to {@code err}. */
    static Cluster load(Path model, PrintWriter err) {
        return load(model, err, "Error: ");
    }

    private static Cluster load(Path model, PrintWriter err, String prefix) {
        try {
            return Models.load(model);
        } catch (ModelLoadException e) {
            err.println(prefix + e.getMessage());
            return null;
        }
    }

    /**
     * The cluster in {@code model} when it loads and {@code flotilla validate} finds no error in it; otherwise null,
     * after printing the errors to {@code err} as validate prints them ({@code FILE: ELEMENT: error: MESSAGE}).
     * Commands that run a model (schedule, sim, deploy, export) never work from one that validate rejects.
     */
    static Cluster loadValid(Path model, PrintWriter err) {
        return loadValid(model, err, "Error: ");
    }

    /** As {@link #loadValid(Path, PrintWriter)}, a model that does not load reported after {@code prefix}. */
    static Cluster loadValid(Path model, PrintWriter err, String prefix) {
        Cluster cluster = load(model, err, prefix);
        if (cluster == null) {
            return null;
        }
        List<String> findings = new ArrayList<>();
        if (ModelChecker.check(model, cluster, findings)) {
            findings.stream().filter(line -> line.contains(": error: ")).forEach(err::println);
            return null;
        }
        return cluster;
    }

    /** The folder a model's relative paths (secret files) are resolved in. */
    static Path folder(Path model) {
        return model.toAbsolutePath().getParent();
    }

    /**
     * Why {@code output} must not be written, or null when it may: it is one of the command's {@code inputs}
     * (never overwritten by accident, not even with --force), or it exists and --force was not given. An existing
     * output that is the same file as {@code ownInput} may be written: the command was told to update it.
     */
    static String refusal(Path output, boolean force, Path ownInput, Path... inputs) {
        for (Path input : inputs) {
            if (input != null && sameFile(output, input)) {
                return output + " is " + input.getFileName() + ", the command's input; write to another file";
            }
        }
        if (!Files.exists(output) || ownInput != null && sameFile(output, ownInput)) {
            return null;
        }
        if (Files.isDirectory(output)) {
            return output + " is a directory";
        }
        return force ? null : output + " exists; use --force to overwrite it";
    }

    /** Whether two paths name one file, through links; false when either does not exist. */
    static boolean sameFile(Path one, Path other) {
        try {
            return Files.exists(one) && Files.exists(other) && Files.isSameFile(one, other);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
