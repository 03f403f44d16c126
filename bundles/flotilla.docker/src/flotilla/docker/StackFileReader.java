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
    /** A network of the stack file; an external one already exists and keeps its name. */
    record StackNetwork(String name, String driver, boolean external, boolean attachable, String subnet,
            Map<String, String> labels) {
    }

    /** Services (networks referenced by their names in the file) and the networks the file declares. */
    record StackFile(List<ServiceSpec> services, List<StackNetwork> networks) {
    }

    StackFile read(Path file) throws IOException;
}
