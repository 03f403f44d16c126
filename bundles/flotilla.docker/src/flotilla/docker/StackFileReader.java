package flotilla.docker;

import flotilla.engine.state.ServiceSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads a compose file for `docker stack deploy -c FILE NAME`. The engine has no YAML parser; another
 * bundle implements this. Names are as written in the file: the deploy prefixes them with the stack name.
 */
public interface StackFileReader {
    /**
     * A network of the stack file under its key; {@code swarmName} is the name it has in the swarm when the file gives
     * one ({@code name:}, or an external network's name), else null. An external one already exists.
     */
    record StackNetwork(String name, String swarmName, String driver, boolean external, boolean attachable,
            String subnet, Map<String, String> labels, Map<String, String> driverOptions) {

        /** The name in the swarm: its own when the file gives one, else {@code STACK_KEY} (docker/cli's convert). */
        String nameIn(String stack) {
            return swarmName != null ? swarmName : external ? name : stack + "_" + name;
        }
    }

    /** Services (networks referenced by their names in the file) and the networks the file declares. */
    record StackFile(List<ServiceSpec> services, List<StackNetwork> networks) {
    }

    StackFile read(Path file) throws IOException;
}
