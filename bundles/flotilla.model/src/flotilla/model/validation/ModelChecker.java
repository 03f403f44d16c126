package flotilla.model.validation;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

import flotilla.model.Cluster;
import flotilla.model.StoredData;
import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;
import flotilla.model.text.ElementNames;

/**
 * What {@code flotilla validate MODEL...} does, without the command line: loads each model, validates it and
 * formats every finding like a compiler, {@code FILE: ELEMENT: SEVERITY: MESSAGE}. The exit code is 1 when a file
 * has an error or cannot be loaded, else 0.
 */
public final class ModelChecker {
    /** The lines to print, in file order, and the exit code. */
    public record Result(List<String> lines, int exitCode) {
    }

    private ModelChecker() {
    }

    public static Result check(List<Path> files) {
        List<String> lines = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                failed |= check(file, Models.load(file), lines);
            } catch (ModelLoadException exception) {
                lines.add(exception.getMessage().replaceFirst(": ", ": error: "));
                failed = true;
            }
        }
        return new Result(List.copyOf(lines), failed ? 1 : 0);
    }

    /** Validates one loaded cluster, adding a line per finding; returns whether there was an error. */
    public static boolean check(Path file, Cluster cluster, List<String> lines) {
        Diagnostic result = new FlotillaDiagnostician().validate(cluster);
        report(file, result, lines);
        checkDataFiles(file, cluster, lines);
        return result.getSeverity() >= Diagnostic.ERROR;
    }

    /**
     * Secret and config files are read at deploy, relative to the model's folder: one that is missing is a warning
     * here (the model may be deployed from elsewhere), and an error when deploy would read it.
     */
    private static void checkDataFiles(Path file, Cluster cluster, List<String> lines) {
        Path folder = file.toAbsolutePath().getParent();
        for (StoredData data : Stream.concat(cluster.getSecrets().stream(), cluster.getConfigs().stream()).toList()) {
            if (data.isExternal() || data.getFile() == null || data.getFile().isBlank()) {
                continue;
            }
            Path dataFile;
            try {
                dataFile = (folder == null ? Path.of(data.getFile()) : folder.resolve(data.getFile())).normalize();
            } catch (InvalidPathException invalid) {
                lines.add(file + ": " + ElementNames.describe(data) + ": warning: its file '" + data.getFile()
                        + "' is not a valid path");
                continue;
            }
            if (!Files.isRegularFile(dataFile)) {
                lines.add(file + ": " + ElementNames.describe(data) + ": warning: its file " + data.getFile()
                        + " does not exist (deploy reads it from "
                        + dataFile + ")");
            }
        }
    }

    private static void report(Path file, Diagnostic diagnostic, List<String> lines) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                lines.add(file + ": " + element(diagnostic) + ": " + severity(diagnostic) + ": "
                        + diagnostic.getMessage());
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            report(file, child, lines);
        }
    }

    private static String element(Diagnostic diagnostic) {
        return !diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject element
                ? ElementNames.describe(element)
                : "model";
    }

    private static String severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
        case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
        case Diagnostic.WARNING -> "warning";
        default -> "info";
        };
    }

    /** Names elements in EMF's own messages ("The required feature 'network' of ... must be set") the way ours do. */
    private static final class FlotillaDiagnostician extends Diagnostician {
        @Override
        public String getObjectLabel(EObject eObject) {
            return ElementNames.describe(eObject);
        }
    }
}
