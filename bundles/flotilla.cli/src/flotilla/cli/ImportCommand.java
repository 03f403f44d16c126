package flotilla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;
import flotilla.deploy.live.LiveImport;
import flotilla.deploy.live.LiveSwarm;
import flotilla.exchange.compose.ComposeException;
import flotilla.exchange.compose.ComposeImporter;
import flotilla.exchange.compose.ComposeWarning;
import flotilla.model.Cluster;
import flotilla.model.errors.ErrorMessages;
import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flotilla import FILE [--stack NAME] [-o MODEL | --into MODEL]}: a compose file, as {@code docker stack deploy}
 * reads it, into a new model or as a stack of an existing one. Warnings go to stderr as {@code FILE:LINE:COLUMN:
 * warning: ...}; the model is saved atomically.
 * <p>
 * {@code flotilla import --host URL -o MODEL}: a running swarm instead of a file, into a model, and what it runs
 * (tasks, node status) into the observed state beside it ({@code MODEL.flotillastate}).
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Read a compose/stack file into a model; variables come from the environment (and, without --stack, a .env file beside it, as docker compose reads it).",
        "With --host, import a running swarm instead: nodes, overlay networks, services and secret names into MODEL,",
        "its tasks and node status into MODEL.flotillastate beside it."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The compose file (docker-compose.yml, stack.yml).")
    private Path file;

    @Option(names = "--stack", paramLabel = "NAME", description = "Import the services as the stack NAME (else at the model's top level).")
    private String stack;

    @Option(names = {"-o",
            "--output"}, paramLabel = "MODEL", description = "The model to write (default: FILE with the extension .flotilla).")
    private Path output;

    @Option(names = "--into", paramLabel = "MODEL", description = "Add the file as a stack to this existing model (needs --stack).")
    private Path into;

    @Option(names = "--force", description = "Overwrite MODEL when it exists (the old one is kept as MODEL.bak).")
    private boolean force;

    @Option(names = {"-H",
            "--host"}, paramLabel = "URL", description = "Import the running swarm whose manager's daemon is URL (unix:///PATH or tcp://HOST:PORT) instead of a FILE.")
    private String host;

    @Option(names = "--tls-dir", paramLabel = "DIR", description = "With --host: connect with TLS, using ca.pem, cert.pem and key.pem from DIR (as docker --tlsverify).")
    private Path tlsDir;

    @Mixin
    private TimeoutOptions timeouts = new TimeoutOptions();

    @Option(names = "--name", paramLabel = "NAME", description = "With --host: the cluster's name (default: MODEL's file name).")
    private String name;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (host != null) {
            if (file != null || into != null || stack != null || output == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--host imports a running swarm: it needs -o MODEL and takes no FILE, --stack or --into");
            }
            return importSwarm();
        }
        if (file == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give a compose FILE, or --host URL for a running swarm");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (into != null && (output != null || stack == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--into needs --stack and excludes -o");
        }
        Path target = into != null ? into : output != null ? output : ComposeImporter.modelFileFor(file);
        String refusal = ModelFiles.refusal(target, force || into != null, null, file);
        if (refusal != null) {
            err.println("flotilla import: " + refusal);
            return 1;
        }
        ComposeImporter importer = ComposeImporter.of(System.getenv(), stack);
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
            err.println("flotilla import: " + ErrorMessages.describe(exception));
            return 1;
        }
        warnings.forEach(err::println);
        Models.save(cluster, target);
        spec.commandLine().getOut().println("Imported " + file + " into " + target
                + (warnings.isEmpty()
                        ? ""
                        : " (" + warnings.size() + (warnings.size() == 1 ? " warning)" : " warnings)")));
        return 0;
    }

    /** The running swarm at --host into -o MODEL and its observed state beside it. */
    private int importSwarm() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path written : List.of(output, stateFile(output))) {
            String refusal = ModelFiles.refusal(written, force, null);
            if (refusal != null) {
                err.println("flotilla import: " + refusal);
                return 1;
            }
        }
        String clusterName = name != null ? name : output.getFileName().toString().replaceFirst("\\.flotilla$", "");
        try (Engine connection = Engine.connect(host, tlsDir, timeouts.timeouts())) {
            LiveImport.Result result = LiveImport.of(LiveSwarm.read(connection), clusterName);
            // One resource set, so the state refers to the model's nodes and services across the two files.
            Resource modelResource = Models.save(result.cluster(), output);
            Path stateFile = stateFile(output);
            Resource stateResource = modelResource.getResourceSet()
                    .createResource(URI.createFileURI(stateFile.toAbsolutePath().toString()));
            stateResource.getContents().add(result.state());
            Models.save(stateResource);
            long down = result.state().getNodes().stream().map(NodeStatus::getState).filter(s -> s != NodeState.READY)
                    .count();
            out.println("Imported " + result.cluster().getNodes().size() + " nodes (" + down + " not ready), "
                    + result.cluster().getNetworks().stream().filter(n -> !n.isImplicit()).count() + " networks, "
                    + result.cluster().getServices().size() + " services, " + result.cluster().getSecrets().size()
                    + " secrets, " + result.cluster().getConfigs().size() + " configs and "
                    + result.state().getTasks().size() + " tasks into " + output + " and " + stateFile);
            return 0;
        } catch (EngineException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Error: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }

    /** {@code swarm.flotilla} -> {@code swarm.flotillastate}, beside it. */
    static Path stateFile(Path model) {
        String file = model.getFileName().toString().replaceFirst("\\.flotilla$", "");
        return model.resolveSibling(file + ".flotillastate");
    }
}
