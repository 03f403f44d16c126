package flotilla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import flotilla.exchange.compose.ComposeException;
import flotilla.exchange.compose.ComposeImporter;
import flotilla.exchange.compose.ComposeWarning;
import flotilla.model.Cluster;
import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flotilla import FILE [--stack NAME] [-o MODEL | --into MODEL]}: a compose file, as {@code docker stack deploy}
 * reads it, into a new model or as a stack of an existing one. Warnings go to stderr as {@code FILE:LINE:COLUMN:
 * warning: ...}; the model is saved atomically.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a compose/stack file into a model; variables come from the environment and a .env file beside it.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The compose file (docker-compose.yml, stack.yml).")
    private Path file;

    @Option(names = "--stack", paramLabel = "NAME", description = "Import the services as the stack NAME (else at the model's top level).")
    private String stack;

    @Option(names = { "-o", "--output" }, paramLabel = "MODEL", description = "The model to write (default: FILE with the extension .flotilla).")
    private Path output;

    @Option(names = "--into", paramLabel = "MODEL", description = "Add the file as a stack to this existing model (needs --stack).")
    private Path into;

    @Option(names = "--force", description = "Overwrite MODEL when it exists (the old one is kept as MODEL.bak).")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (into != null && (output != null || stack == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--into needs --stack and excludes -o");
        }
        Path target = into != null ? into : output != null ? output : ComposeImporter.modelFileFor(file);
        if (into == null && Files.exists(target) && !force) {
            err.println("flotilla import: " + target + " exists; use --force to overwrite it");
            return 1;
        }
        ComposeImporter importer = new ComposeImporter(System.getenv());
        Cluster cluster;
        List<ComposeWarning> warnings;
        try {
            if (into != null) {
                cluster = Models.load(into);
                warnings = importer.importInto(cluster, file, stack);
            } else {
                ComposeImporter.Result result = importer.importNew(file, stack);
                cluster = result.cluster();
                warnings = result.warnings();
            }
        } catch (ComposeException exception) {
            err.println(exception.location() + ": error: " + exception.reason());
            return 1;
        } catch (ModelLoadException | IOException exception) {
            err.println("flotilla import: " + describe(exception));
            return 1;
        }
        warnings.forEach(err::println);
        Models.save(cluster, target);
        spec.commandLine().getOut().println("Imported " + file + " into " + target
                + (warnings.isEmpty() ? "" : " (" + warnings.size() + (warnings.size() == 1 ? " warning)" : " warnings)")));
        return 0;
    }

    private static String describe(Exception exception) {
        return exception instanceof java.nio.file.NoSuchFileException missing ? missing.getFile() + ": no such file" : exception.getMessage();
    }
}
