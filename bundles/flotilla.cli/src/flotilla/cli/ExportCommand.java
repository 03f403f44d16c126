package flotilla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import flotilla.exchange.compose.ComposeExporter;
import flotilla.exchange.kubernetes.KubernetesExporter;
import flotilla.model.Cluster;
import flotilla.model.persistence.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flotilla export MODEL --format stack|k8s [-o FILE|DIR] [--stack NAME]}: a compose file for
 * {@code docker stack deploy} (to stdout without -o), or Kubernetes manifests and a report into a directory.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write a model as a stack file for docker stack deploy, or as Kubernetes manifests.")
final class ExportCommand implements Callable<Integer> {

    /** The formats, named as on the command line. */
    enum Format {
        stack, k8s
    }

    @Parameters(paramLabel = "MODEL", description = "The .flotilla file.")
    private Path model;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "stack or k8s.")
    private Format format;

    @Option(names = {"-o",
            "--output"}, paramLabel = "FILE|DIR", description = "The stack file (default: stdout), or the directory for the manifests (required for k8s).")
    private Path output;

    @Option(names = "--force", description = "Overwrite existing files (the old ones are kept as FILE.bak).")
    private boolean force;

    @Option(names = "--stack", paramLabel = "NAME", description = "The stack to export (default: the model's top-level services, or its only stack).")
    private String stack;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format == Format.k8s && output == null) {
            throw new ParameterException(spec.commandLine(), "--format k8s needs -o DIR");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && format == Format.stack) {
            String refusal = ModelFiles.refusal(output, force, null, model);
            if (refusal != null) {
                err.println("flotilla export: " + refusal);
                return 1;
            }
        }
        Cluster cluster = ModelFiles.loadValid(model, err, "flotilla export: ");
        if (cluster == null) {
            return 1;
        }
        if (format == Format.k8s) {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                err.println("flotilla export: " + output
                        + " is not a directory; --format k8s writes a directory of manifests");
                return 1;
            }
            KubernetesExporter.Manifests manifests = KubernetesExporter.render(cluster, output);
            for (Path file : manifests.files().keySet()) {
                String refusal = ModelFiles.refusal(file, force, null, model);
                if (refusal != null) {
                    err.println("flotilla export: " + refusal);
                    return 1;
                }
            }
            KubernetesExporter.Result result = KubernetesExporter.write(manifests);
            spec.commandLine().getOut().println("Wrote " + result.files().size() + " files to " + output + "; "
                    + result.unmapped().size() + " things could not be mapped, see "
                    + output.resolve(KubernetesExporter.REPORT));
            return 0;
        }
        String text;
        try {
            text = ComposeExporter.write(cluster, stack != null ? stack : ComposeExporter.defaultStack(cluster));
        } catch (IllegalArgumentException exception) {
            err.println("flotilla export: " + model + ": " + exception.getMessage());
            return 1;
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFile.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        return 0;
    }
}
