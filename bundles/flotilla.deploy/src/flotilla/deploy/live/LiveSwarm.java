package flotilla.deploy.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.Task;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;

/**
 * What a running swarm holds, read from one of its managers at one moment: the input of live import
 * and of every plan, which is why a deploy cut short is completed by the next one.
 */
public record LiveSwarm(List<LiveNode> nodes, List<LiveNetwork> networks, List<Service> services,
        List<LiveSecret> secrets, List<LiveSecret> configs, List<Task> tasks, Map<String, JsonNode> serviceSpecs) {

    /** A swarm node as {@code docker node inspect} shows it; {@code spec} is kept whole for updates. */
    public record LiveNode(String id, long version, String hostname, String role, String availability,
            Map<String, String> labels, Map<String, String> engineLabels, String state, String message,
            String address, long nanoCpus, long memoryBytes, String os, String arch, boolean leader, JsonNode spec) {
    }

    /** A network as {@code docker network inspect} shows it; {@code options} are its driver options. */
    public record LiveNetwork(String id, String name, String driver, String scope, boolean attachable,
            boolean internal, boolean encrypted, boolean ingress, String subnet, String gateway,
            Map<String, String> labels, Map<String, String> options) {
    }

    /** A secret or config: its name and labels; swarm never gives a secret's value back. */
    public record LiveSecret(String id, String name, Map<String, String> labels) {
    }

    /** Reads everything from {@code engine}, which must be a swarm manager. */
    public static LiveSwarm read(Engine engine) throws EngineException {
        List<LiveNode> nodes = new ArrayList<>();
        for (JsonNode node : engine.get("/nodes")) {
            JsonNode spec = node.path("Spec");
            JsonNode description = node.path("Description");
            nodes.add(new LiveNode(node.path("ID").asText(), node.path("Version").path("Index").asLong(),
                    description.path("Hostname").asText(), spec.path("Role").asText(),
                    spec.path("Availability").asText(), strings(spec.path("Labels")),
                    strings(description.path("Engine").path("Labels")), node.path("Status").path("State").asText(),
                    text(node.path("Status").path("Message")), text(node.path("Status").path("Addr")),
                    description.path("Resources").path("NanoCPUs").asLong(),
                    description.path("Resources").path("MemoryBytes").asLong(),
                    text(description.path("Platform").path("OS")),
                    text(description.path("Platform").path("Architecture")),
                    node.path("ManagerStatus").path("Leader").asBoolean(), spec));
        }
        List<LiveNetwork> networks = new ArrayList<>();
        for (JsonNode network : engine.get("/networks")) {
            JsonNode ipam = network.path("IPAM").path("Config").path(0);
            networks.add(new LiveNetwork(network.path("Id").asText(), network.path("Name").asText(),
                    network.path("Driver").asText(), network.path("Scope").asText(),
                    network.path("Attachable").asBoolean(), network.path("Internal").asBoolean(),
                    network.path("Options").has("encrypted"), network.path("Ingress").asBoolean(),
                    text(ipam.path("Subnet")), text(ipam.path("Gateway")), strings(network.path("Labels")),
                    strings(network.path("Options"))));
        }
        // Services as raw JSON too: docker-java's model lacks job modes and placement preferences.
        List<Service> services = new ArrayList<>();
        Map<String, JsonNode> specs = new LinkedHashMap<>();
        for (JsonNode service : engine.get("/services")) {
            Service typed = ServiceJson.typedService(service);
            services.add(typed);
            specs.put(typed.getId(), service.path("Spec"));
        }
        try {
            return new LiveSwarm(List.copyOf(nodes), List.copyOf(networks), List.copyOf(services),
                    stored(engine, "/secrets"), stored(engine, "/configs"),
                    List.copyOf(engine.docker().listTasksCmd().exec()), Map.copyOf(specs));
        } catch (RuntimeException e) {
            throw EngineErrors.of(engine, e);
        }
    }

    private static List<LiveSecret> stored(Engine engine, String path) throws EngineException {
        List<LiveSecret> stored = new ArrayList<>();
        for (JsonNode data : engine.get(path)) {
            stored.add(new LiveSecret(data.path("ID").asText(), data.path("Spec").path("Name").asText(),
                    strings(data.path("Spec").path("Labels"))));
        }
        return List.copyOf(stored);
    }

    /** The raw spec of a live service, with the fields docker-java's model lacks. */
    public JsonNode spec(Service service) {
        return serviceSpecs.get(service.getId());
    }

    /** The network with this id or name, or null. */
    public LiveNetwork network(String idOrName) {
        for (LiveNetwork network : networks) {
            if (network.id().equals(idOrName) || network.name().equals(idOrName)) {
                return network;
            }
        }
        return null;
    }

    /** The node with this id, or null. */
    public LiveNode node(String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst().orElse(null);
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
