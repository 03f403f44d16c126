package flotilla.docker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import flotilla.exchange.compose.ComposeException;
import flotilla.exchange.compose.ComposeImporter;
import flotilla.engine.model.ModelImporter;
import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.Network;
import flotilla.model.Stack;

/**
 * Compose files for `docker stack deploy` in the simulator (the CLI and the console), read by the
 * same importer as `flotilla import`, as docker stack deploy reads them (the environment only, never `.env`): the
 * stack's own networks are the file's, and networks the file declares external are the ones the importer leaves
 * at the cluster's top level.
 */
public final class ComposeStackFiles implements StackFileReader {

    /** Any name will do: the deploy names the stack itself; this only keeps the file's own objects apart. */
    private static final String STACK = "stack";

    @Override
    public StackFile read(Path file) throws IOException {
        Cluster cluster;
        try {
            cluster = ComposeImporter.asStackDeploy(System.getenv()).importNew(file, STACK).cluster();
        } catch (ComposeException e) {
            throw new IOException(e.getMessage(), e);
        }
        Stack stack = cluster.getStacks().get(0);
        List<StackNetwork> networks = new ArrayList<>();
        stack.getNetworks().forEach(network -> networks.add(stackNetwork(network, false)));
        cluster.getNetworks().stream().filter(network -> !network.isImplicit())
                .forEach(network -> networks.add(stackNetwork(network, true)));
        return new StackFile(stack.getServices().stream().map(ModelImporter::stackFileSpec).toList(), networks);
    }

    private static StackNetwork stackNetwork(Network network, boolean external) {
        return new StackNetwork(network.getName(), network.getSwarmName(), network.getDriver().getLiteral(), external,
                network.isAttachable(), network.getSubnet(), entries(network.getLabels()),
                entries(network.getDriverOptions()));
    }

    private static Map<String, String> entries(List<Label> labels) {
        Map<String, String> result = new LinkedHashMap<>();
        labels.forEach(label -> result.put(label.getKey(), label.getValue() == null ? "" : label.getValue()));
        return result;
    }
}
