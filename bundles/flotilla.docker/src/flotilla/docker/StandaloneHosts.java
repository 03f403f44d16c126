package flotilla.docker;

import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hosts `sim add-node` made before a swarm exists, by name: engines of their own until
 * {@code @NAME docker swarm init} or {@code join} makes them nodes, as on a lab's fresh machines.
 */
final class StandaloneHosts {
    record Host(Role role, Resources resources, Map<String, String> labels) {
    }

    private final Map<String, Host> hosts = new LinkedHashMap<>();

    void add(String name, Host host) {
        hosts.put(name, host);
    }

    /** The host called {@code name}, or null when there is none outside the swarm. */
    Host find(String name) {
        return hosts.get(name);
    }

    void remove(String name) {
        hosts.remove(name);
    }
}
