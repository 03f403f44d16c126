package flotilla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;
import flotilla.deploy.live.LiveImport;
import flotilla.deploy.live.LiveSwarm;
import flotilla.model.persistence.Models;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flotilla import --host URL -o MODEL}: a running swarm as a model, and what it runs as the
 * observed state beside it ({@code MODEL.flotillastate}). Importing a compose file is a second mode
 * of this command (a FILE argument instead of --host), added with the exchange bundle.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Import a running swarm into a model: nodes, overlay networks, services and secret names;",
                "its tasks and node status go to MODEL.flotillastate beside it." })
final class ImportCommand implements Callable<Integer> {

    @Option(names = { "-H", "--host" }, required = true, paramLabel = "URL",
            description = "The swarm manager's daemon: unix:///PATH or tcp://HOST:PORT.")
    private String host;

    @Option(names = "--tls-dir", paramLabel = "DIR",
            description = "Connect with TLS, using ca.pem, cert.pem and key.pem from DIR (as docker --tlsverify).")
    private Path tlsDir;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "MODEL", description = "The .flotilla file to write.")
    private Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "The cluster's name (default: the file's name).")
    private String name;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String clusterName = name != null ? name : output.getFileName().toString().replaceFirst("\\.flotilla$", "");
        try (Engine connection = Engine.connect(host, tlsDir)) {
            LiveImport.Result result = LiveImport.of(LiveSwarm.read(connection), clusterName);
            // One resource set, so the state refers to the model's nodes and services across the two files.
            Resource modelResource = Models.save(result.cluster(), output);
            Path stateFile = stateFile(output);
            Resource stateResource = modelResource.getResourceSet()
                    .createResource(URI.createFileURI(stateFile.toAbsolutePath().toString()));
            stateResource.getContents().add(result.state());
            Models.save(stateResource);
            long down = result.state().getNodes().stream().map(NodeStatus::getState).filter(s -> s != NodeState.READY).count();
            out.println("Imported " + result.cluster().getNodes().size() + " nodes (" + down + " not ready), "
                    + result.cluster().getNetworks().stream().filter(n -> !n.isImplicit()).count() + " networks, "
                    + result.cluster().getServices().size() + " services, " + result.cluster().getSecrets().size()
                    + " secrets and " + result.state().getTasks().size() + " tasks into " + output + " and " + stateFile);
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
