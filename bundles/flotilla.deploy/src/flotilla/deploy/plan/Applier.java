package flotilla.deploy.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;
import flotilla.deploy.live.EngineErrors;
import flotilla.deploy.live.LiveSwarm.LiveNetwork;
import flotilla.deploy.live.LiveSwarm.LiveNode;
import flotilla.deploy.live.LiveSwarm.LiveSecret;
import flotilla.deploy.live.ServiceJson;
import flotilla.deploy.live.ServiceSpecs;
import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.StoredData;

/**
 * Carries out a plan against an engine, one change at a time, each with the object's current
 * {@code version} for updates. It stops at the first refusal; whatever was applied stays, and the
 * next plan (computed from the live state again) holds only what is left.
 */
public final class Applier {

    /** Told about each change before and after it is applied; it may throw to stop the deploy. */
    public interface Listener {
        void applying(Change change, int index, int total);

        default void applied(Change change, int index, int total) {
        }
    }

    /** How long a removed service's tasks may keep a network or secret in use. */
    private static final long IN_USE_WAIT_MILLIS = 30_000;

    private final Engine engine;
    private final Cluster model;
    private final Path baseDir;
    private final Map<String, Map<String, String>> ids = new HashMap<>();

    public Applier(Engine engine, Cluster model, Path baseDir) {
        this.engine = engine;
        this.model = model;
        this.baseDir = baseDir;
    }

    /** Applies every change of {@code plan} in order. */
    public void apply(Plan plan, Listener listener) throws EngineException {
        if (!plan.problems().isEmpty()) {
            throw new EngineException(plan.problems().get(0));
        }
        int total = plan.changes().size();
        for (int i = 0; i < total; i++) {
            Change change = plan.changes().get(i);
            listener.applying(change, i, total);
            try {
                apply(change);
            } catch (EngineException e) {
                throw new EngineException(
                        change.action().verb + " " + change.kind().noun() + " " + change.name() + ": " + e.getMessage(),
                        e);
            } catch (RuntimeException e) {
                EngineException reason = EngineErrors.of(engine, e);
                throw new EngineException(change.action().verb + " " + change.kind().noun() + " " + change.name() + ": "
                        + reason.getMessage(), e);
            }
            listener.applied(change, i, total);
        }
    }

    private void apply(Change change) throws EngineException {
        switch (change.kind()) {
        case SECRET, CONFIG -> {
            String path = change.kind() == Change.Kind.SECRET ? "/secrets" : "/configs";
            if (change.action() == Change.Action.CREATE) {
                createStored(path, (StoredData) change.desired());
            } else {
                String id = ((LiveSecret) change.live()).id();
                removeWhenFree(change.kind() == Change.Kind.SECRET
                        ? () -> engine.docker().removeSecretCmd(id).exec()
                        : () -> engine.docker().removeConfigCmd(id).exec());
            }
        }
        case NETWORK -> {
            if (change.action() == Change.Action.CREATE) {
                createNetwork((Network) change.desired());
            } else {
                removeWhenFree(() -> engine.docker().removeNetworkCmd(((LiveNetwork) change.live()).id()).exec());
            }
        }
        case NODE -> updateNode((Node) change.desired(), (LiveNode) change.live());
        case SERVICE -> {
            if (change.action() == Change.Action.REMOVE) {
                engine.docker().removeServiceCmd(((com.github.dockerjava.api.model.Service) change.live()).getId())
                        .exec();
                return;
            }
            Service service = (Service) change.desired();
            // Sent as JSON: docker-java's typed spec lacks job modes and placement preferences.
            JsonNode spec = ServiceJson.toJson(ServiceSpecs.toEngine(service, model.getId(),
                    new ServiceSpecs.DataIds(ids("/secrets"), ids("/configs"))), service);
            if (change.action() == Change.Action.REPLACE) {
                engine.docker().removeServiceCmd(((com.github.dockerjava.api.model.Service) change.live()).getId())
                        .exec();
            }
            if (change.action() == Change.Action.CREATE || change.action() == Change.Action.REPLACE) {
                // The API resolves no image digest (since 1.30 that is the client's job): nothing asks a registry.
                engine.post("/services/create", spec);
            } else {
                com.github.dockerjava.api.model.Service live = (com.github.dockerjava.api.model.Service) change.live();
                engine.post("/services/" + live.getId() + "/update?version=" + live.getVersion().getIndex(), spec);
            }
        }
        }
    }

    /** Creates a secret or config ({@code path} {@code /secrets} or {@code /configs}) from its file. */
    private void createStored(String path, StoredData data) throws EngineException {
        byte[] bytes;
        Path file = Planner.secretFile(data, baseDir);
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EngineException("cannot read " + file + ": " + e.getMessage(), e);
        }
        ObjectNode body = engine.json().createObjectNode();
        body.put("Name", data.qualifiedName());
        ObjectNode labels = body.putObject("Labels");
        data.getLabels().forEach(label -> labels.put(label.getKey(), label.getValue() == null ? "" : label.getValue()));
        labels.put(ServiceSpecs.MODEL_LABEL, model.getId());
        if (data.getTemplateDriver() != null && !data.getTemplateDriver().isBlank()) {
            body.putObject("Templating").put("Name", data.getTemplateDriver());
        }
        if (data.getDriver() != null && !data.getDriver().isBlank()) {
            ObjectNode driver = body.putObject("Driver").put("Name", data.getDriver());
            ObjectNode options = driver.putObject("Options");
            data.getDriverOptions().forEach(
                    option -> options.put(option.getKey(), option.getValue() == null ? "" : option.getValue()));
        }
        body.put("Data", Base64.getEncoder().encodeToString(bytes));
        engine.post(path + "/create", body);
        ids.remove(path);
    }

    /** The ids of the swarm's secrets or configs by name, read once until one is created. */
    private Map<String, String> ids(String path) throws EngineException {
        Map<String, String> byName = ids.get(path);
        if (byName == null) {
            byName = new HashMap<>();
            for (JsonNode data : engine.get(path)) {
                byName.put(data.path("Spec").path("Name").asText(), data.path("ID").asText());
            }
            ids.put(path, byName);
        }
        return byName;
    }

    private void createNetwork(Network network) throws EngineException {
        ObjectNode body = engine.json().createObjectNode();
        body.put("Name", network.qualifiedName());
        body.put("Driver", "overlay");
        body.put("CheckDuplicate", true);
        body.put("Attachable", network.isAttachable());
        body.put("Internal", network.isInternal());
        // driver_opts as the file gave them (docker stack deploy sends them all), encrypted among them.
        ObjectNode options = body.putObject("Options");
        network.getDriverOptions()
                .forEach(option -> options.put(option.getKey(), option.getValue() == null ? "" : option.getValue()));
        if (network.isEncrypted() && !options.has("encrypted")) {
            options.put("encrypted", "");
        }
        ObjectNode labels = body.putObject("Labels");
        network.getLabels()
                .forEach(label -> labels.put(label.getKey(), label.getValue() == null ? "" : label.getValue()));
        labels.put(ServiceSpecs.MODEL_LABEL, model.getId());
        if (network.eContainer() instanceof flotilla.model.Stack stack) {
            labels.put(ServiceSpecs.STACK_LABEL, stack.getName());
        }
        if (network.getIpamDriver() != null && !network.getIpamDriver().isBlank()) {
            body.putObject("IPAM").put("Driver", network.getIpamDriver());
        }
        if (network.getSubnet() != null && !network.getSubnet().isBlank()) {
            ObjectNode ipam = body.has("IPAM") ? (ObjectNode) body.get("IPAM") : body.putObject("IPAM");
            ObjectNode config = ipam.putArray("Config").addObject();
            config.put("Subnet", network.getSubnet());
            if (network.getGateway() != null && !network.getGateway().isBlank()) {
                config.put("Gateway", network.getGateway());
            }
        }
        engine.post("/networks/create", body);
    }

    private void updateNode(Node node, LiveNode live) throws EngineException {
        ObjectNode spec = live.spec().deepCopy();
        spec.put("Role", node.getRole().getLiteral());
        spec.put("Availability", node.getAvailability().getLiteral());
        ObjectNode labels = spec.putObject("Labels");
        for (Label label : node.getLabels()) {
            labels.put(label.getKey(), label.getValue() == null ? "" : label.getValue());
        }
        engine.post("/nodes/" + live.id() + "/update?version=" + live.version(), spec);
    }

    /** Removes a network or secret, waiting while the tasks of a just removed service still use it. */
    private void removeWhenFree(Runnable removal) throws EngineException {
        long deadline = System.currentTimeMillis() + IN_USE_WAIT_MILLIS;
        while (true) {
            try {
                removal.run();
                return;
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                boolean inUse = message.contains("in use") || message.contains("active endpoints");
                if (!inUse || System.currentTimeMillis() > deadline) {
                    throw EngineErrors.of(engine, e);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new EngineException("interrupted", interrupted);
                }
            }
        }
    }
}
