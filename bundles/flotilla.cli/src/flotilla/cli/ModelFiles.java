package flotilla.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import flotilla.model.Cluster;
import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;

/** Reading the model a command is given, saying why on standard error when it cannot be read. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** The cluster in {@code model}, or null after printing {@code Error: FILE:LINE: ...} to {@code err}. */
    static Cluster load(Path model, PrintWriter err) {
        try {
            return Models.load(model);
        } catch (ModelLoadException e) {
            err.println("Error: " + e.getMessage());
            return null;
        }
    }

    /** The folder a model's relative paths (secret files) are resolved in. */
    static Path folder(Path model) {
        return model.toAbsolutePath().getParent();
    }
}
