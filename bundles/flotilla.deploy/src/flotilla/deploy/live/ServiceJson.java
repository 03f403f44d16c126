package flotilla.deploy.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.core.DockerClientConfig;

import flotilla.model.ModelFactory;
import flotilla.model.PlacementPreference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;

/**
 * The one place where a service spec is handled as the Engine API's JSON rather than docker-java's
 * typed {@link ServiceSpec}, for what docker-java 3.7's model has no fields for: placement
 * preferences ({@code TaskTemplate.Placement.Preferences}), job modes ({@code Mode.ReplicatedJob},
 * {@code Mode.GlobalJob}, API 1.41) and the container settings docker stack deploy converts from a
 * compose file (user, hostname, ulimits, log driver, capabilities, volume options...; see
 * {@link ContainerJson}). Deploy sends {@link #toJson}; plans, drift and live import read
 * the raw spec back through {@link #typed}, {@link #shape} and {@link #toModel}.
 */
public final class ServiceJson {

    /** docker-java's own mapper, so the typed part is written exactly as its commands would. */
    private static final ObjectMapper MAPPER = DockerClientConfig.getDefaultObjectMapper();

    private ServiceJson() {
    }

    /** The JSON deploy sends for {@code service}: {@code typed} plus its preferences and job mode. */
    public static ObjectNode toJson(ServiceSpec typed, Service service) {
        ObjectNode spec = MAPPER.valueToTree(typed);
        dropNulls(spec);
        if (!service.getPreferences().isEmpty()) {
            ArrayNode preferences = object(object(spec, "TaskTemplate"), "Placement").putArray("Preferences");
            for (PlacementPreference preference : service.getPreferences()) {
                preferences.addObject().putObject("Spread").put("SpreadDescriptor", preference.getSpread());
            }
        }
        ContainerJson.put(object(spec, "TaskTemplate"), service);
        if (service.getMode() == ServiceMode.REPLICATED_JOB) {
            long completions = service.isSetReplicas() ? service.getReplicas() : 1;
            spec.putObject("Mode").putObject("ReplicatedJob").put("MaxConcurrent", completions).put("TotalCompletions",
                    completions);
        } else if (service.getMode() == ServiceMode.GLOBAL_JOB) {
            spec.putObject("Mode").putObject("GlobalJob");
        }
        return spec;
    }

    /** docker-java's typed view of a raw spec; the fields it lacks are left out. */
    public static ServiceSpec typed(JsonNode spec) {
        try {
            return MAPPER.treeToValue(spec, ServiceSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a service spec: " + e.getOriginalMessage(), e);
        }
    }

    /** docker-java's typed view of a raw service (as {@code GET /services} lists it). */
    public static com.github.dockerjava.api.model.Service typedService(JsonNode service) {
        try {
            return MAPPER.treeToValue(service, com.github.dockerjava.api.model.Service.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a service: " + e.getOriginalMessage(), e);
        }
    }

    /** {@link ServiceSpecs#shape} of a raw spec, with its mode and preferences as the API gives them. */
    public static Map<String, String> shape(JsonNode spec, Function<String, String> networkName) {
        Map<String, String> shape = ServiceSpecs.shape(typed(spec), networkName);
        JsonNode mode = spec.path("Mode");
        if (mode.has("ReplicatedJob")) {
            shape.put("mode", "replicated-job");
            shape.remove("replicas");
            JsonNode job = mode.get("ReplicatedJob");
            shape.put("completions", "total=" + job.path("TotalCompletions").asLong(1) + ",max-concurrent="
                    + job.path("MaxConcurrent").asLong(1));
        } else if (mode.has("GlobalJob")) {
            shape.put("mode", "global-job");
            shape.remove("replicas");
        }
        shape.put("preferences", spreads(spec).toString());
        shape.putAll(ContainerJson.shape(spec.path("TaskTemplate")));
        return shape;
    }

    /** A model service for a raw spec: {@link ServiceSpecs#toModel} with the mode and preferences set. */
    public static Service toModel(JsonNode spec, flotilla.model.Cluster cluster, Function<String, String> networkName) {
        Service service = ServiceSpecs.toModel(typed(spec), cluster, networkName);
        JsonNode mode = spec.path("Mode");
        if (mode.has("ReplicatedJob")) {
            service.setMode(ServiceMode.REPLICATED_JOB);
            service.setReplicas(mode.get("ReplicatedJob").path("TotalCompletions").asInt(1));
        } else if (mode.has("GlobalJob")) {
            service.setMode(ServiceMode.GLOBAL_JOB);
            service.unsetReplicas();
        }
        ContainerJson.read(spec.path("TaskTemplate"), service, cluster);
        for (String spread : spreads(spec)) {
            PlacementPreference preference = ModelFactory.eINSTANCE.createPlacementPreference();
            preference.setSpread(spread);
            service.getPreferences().add(preference);
        }
        return service;
    }

    /** docker-java's mapper writes absent fields as null; the API is sent only what is set. */
    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(entry -> entry.getValue().isNull());
        }
        node.forEach(ServiceJson::dropNulls);
    }

    static ObjectNode object(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode child ? child : parent.putObject(name);
    }

    private static List<String> spreads(JsonNode spec) {
        List<String> spreads = new ArrayList<>();
        for (JsonNode preference : spec.path("TaskTemplate").path("Placement").path("Preferences")) {
            spreads.add(preference.path("Spread").path("SpreadDescriptor").asText());
        }
        return spreads;
    }
}
