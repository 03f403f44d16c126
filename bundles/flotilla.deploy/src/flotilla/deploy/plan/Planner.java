package flotilla.deploy.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import flotilla.deploy.live.LiveSwarm;
import flotilla.deploy.live.LiveSwarm.LiveNetwork;
import flotilla.deploy.live.LiveSwarm.LiveNode;
import flotilla.deploy.live.LiveSwarm.LiveSecret;
import flotilla.deploy.live.ServiceJson;
import flotilla.deploy.live.ServiceSpecs;
import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.StoredData;
import flotilla.deploy.plan.Change.Action;
import flotilla.deploy.plan.Change.Kind;

/**
 * Compares a model with a live swarm and says what deploy has to do, the way {@code terraform plan}
 * does: always from the live state, so a deploy cut short is completed by the next one, and a
 * second deploy of the same model plans nothing.
 * <p>
 * Only what Flotilla deployed (labelled {@value ServiceSpecs#MODEL_LABEL} with the model's cluster
 * id) is ever removed. Nodes are matched by hostname and only updated (labels, availability, role);
 * secrets are referenced by name and created from their file, never read back.
 */
public final class Planner {

    private final Cluster model;
    private final LiveSwarm live;
    private final Path baseDir;
    private final List<Change> changes = new ArrayList<>();
    private final List<Change> removals = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Planner(Cluster model, LiveSwarm live, Path baseDir) {
        this.model = model;
        this.live = live;
        this.baseDir = baseDir;
    }

    /** The plan that makes {@code live} match {@code model}; secret files are relative to {@code baseDir}. */
    public static Plan plan(Cluster model, LiveSwarm live, Path baseDir) {
        Planner planner = new Planner(model, live, baseDir);
        if (model.getId() == null || model.getId().isBlank()) {
            planner.problems.add("the model's cluster has no id, so what it deployed cannot be told apart");
        } else {
            planner.stored(Kind.SECRET, model.getSecrets(), live.secrets());
            planner.stored(Kind.CONFIG, model.getConfigs(), live.configs());
            planner.networks();
            planner.nodes();
            planner.services();
        }
        List<Change> all = new ArrayList<>(planner.changes);
        // Removals run last and in reverse: services before the networks and secrets they use.
        List<Change> removals = new ArrayList<>(planner.removals);
        removals.sort((a, b) -> b.kind().compareTo(a.kind()));
        all.addAll(removals);
        return new Plan(List.copyOf(all), List.copyOf(planner.problems), List.copyOf(planner.notes));
    }

    private boolean managed(Map<String, String> labels) {
        return labels != null && model.getId().equals(labels.get(ServiceSpecs.MODEL_LABEL));
    }

    /** Secrets and configs alike: referenced by name, created from their file, never read back. */
    private void stored(Kind kind, List<? extends StoredData> wanted, List<LiveSecret> existing) {
        Set<String> names = new HashSet<>();
        for (StoredData data : wanted) {
            names.add(data.qualifiedName());
            if (existing.stream().anyMatch(s -> s.name().equals(data.qualifiedName()))) {
                continue;
            }
            String what = kind.noun() + " " + data.qualifiedName();
            if (data.isExternal()) {
                problems.add(what + " is external but the swarm has no such " + kind.noun()
                        + " (create it with docker " + kind.noun() + " create)");
            } else if (data.getFile() == null || data.getFile().isBlank()) {
                problems.add(what + " has no file to create it from");
            } else if (!Files.isReadable(secretFile(data))) {
                problems.add(what + ": cannot read " + secretFile(data));
            } else {
                changes.add(new Change(Action.CREATE, kind, data.qualifiedName(), List.of("from " + data.getFile()),
                        data, null));
            }
        }
        for (LiveSecret data : existing) {
            if (managed(data.labels()) && !names.contains(data.name())) {
                removals.add(new Change(Action.REMOVE, kind, data.name(), List.of(), null, data));
            }
        }
    }

    /** Where a secret's or config's content is read from: its file, relative to the model's folder. */
    public Path secretFile(StoredData secret) {
        return secretFile(secret, baseDir);
    }

    public static Path secretFile(StoredData secret, Path baseDir) {
        Path file = Path.of(secret.getFile());
        return file.isAbsolute() || baseDir == null ? file : baseDir.resolve(file);
    }

    private void networks() {
        Set<String> wanted = new HashSet<>();
        for (Network network : model.allNetworks()) {
            if (network.isImplicit() || network.isIngress()) {
                continue;
            }
            if (network.getDriver() != NetworkDriver.OVERLAY) {
                notes.add("network " + network.qualifiedName() + " (" + network.getDriver()
                        + ") is local to each node; only overlay networks are deployed");
                continue;
            }
            wanted.add(network.qualifiedName());
            LiveNetwork existing = live.networks().stream().filter(n -> n.name().equals(network.qualifiedName()))
                    .findFirst().orElse(null);
            if (network.isExternal()) {
                // As docker stack deploy: an external network is used, never created.
                if (existing == null) {
                    problems.add(
                            "network " + network.qualifiedName() + " is declared as external, but could not be found."
                                    + " You need to create a swarm-scoped network before the stack is deployed");
                }
                continue;
            }
            if (existing == null) {
                List<String> details = new ArrayList<>();
                details.add("overlay");
                if (network.isAttachable()) {
                    details.add("attachable");
                }
                if (network.isInternal()) {
                    details.add("internal");
                }
                if (network.isEncrypted()) {
                    details.add("encrypted");
                }
                if (network.getSubnet() != null) {
                    details.add("subnet " + network.getSubnet());
                }
                changes.add(new Change(Action.CREATE, Kind.NETWORK, network.qualifiedName(), List.copyOf(details),
                        network, null));
                continue;
            }
            List<String> differences = new ArrayList<>();
            compare(differences, "driver", existing.driver(), "overlay");
            compare(differences, "attachable", existing.attachable(), network.isAttachable());
            compare(differences, "internal", existing.internal(), network.isInternal());
            compare(differences, "encrypted", existing.encrypted(), network.isEncrypted());
            if (network.getSubnet() != null) {
                compare(differences, "subnet", existing.subnet(), network.getSubnet());
            }
            if (!differences.isEmpty()) {
                notes.add("network " + network.qualifiedName() + " differs from the model ("
                        + String.join("; ", differences)
                        + "); swarm cannot change a network in place: remove it and deploy again");
            }
        }
        for (LiveNetwork network : live.networks()) {
            if (managed(network.labels()) && !wanted.contains(network.name())) {
                removals.add(new Change(Action.REMOVE, Kind.NETWORK, network.name(), List.of(), null, network));
            }
        }
    }

    private void nodes() {
        for (Node node : model.getNodes()) {
            if (node.getHostname() == null || node.getHostname().isBlank()) {
                continue;
            }
            List<LiveNode> matches = live.nodes().stream().filter(n -> n.hostname().equals(node.getHostname()))
                    .toList();
            if (matches.isEmpty()) {
                notes.add("node " + node.getHostname()
                        + " is not part of the swarm (join it first, e.g. with flotilla hosts init)");
                continue;
            }
            if (matches.size() > 1) {
                notes.add("node " + node.getHostname() + " is in the swarm " + matches.size() + " times; left alone");
                continue;
            }
            LiveNode existing = matches.get(0);
            List<String> differences = new ArrayList<>();
            compare(differences, "role", existing.role(), node.getRole().getLiteral());
            compare(differences, "availability", existing.availability(), node.getAvailability().getLiteral());
            Map<String, String> labels = labels(node.getLabels());
            if (!labels.equals(existing.labels())) {
                differences.add("labels: " + existing.labels() + " -> " + labels);
            }
            if (!differences.isEmpty()) {
                changes.add(new Change(Action.UPDATE, Kind.NODE, node.getHostname(), List.copyOf(differences), node,
                        existing));
            }
        }
    }

    private void services() {
        Set<String> wanted = new HashSet<>();
        Function<String, String> networkName = id -> {
            LiveNetwork network = live.network(id);
            return network == null ? id : network.name();
        };
        for (Service service : model.allServices()) {
            wanted.add(service.qualifiedName());
            JsonNode desired = ServiceJson.toJson(ServiceSpecs.toEngine(service, model.getId(), null), service);
            com.github.dockerjava.api.model.Service existing = live.services().stream()
                    .filter(s -> s.getSpec() != null && service.qualifiedName().equals(s.getSpec().getName()))
                    .findFirst().orElse(null);
            if (existing == null) {
                changes.add(new Change(Action.CREATE, Kind.SERVICE, service.qualifiedName(), List.of(summary(service)),
                        service, null));
                continue;
            }
            Map<String, String> want = ServiceJson.shape(desired, Function.identity());
            Map<String, String> have = ServiceJson.shape(live.spec(existing), networkName);
            List<String> differences = new ArrayList<>();
            want.forEach((field, value) -> compare(differences, field, have.get(field), value));
            if (!managed(existing.getSpec().getLabels())) {
                differences.add(Change.TAKE_OVER);
            }
            // Swarm refuses to change a service's mode ("service mode change is not allowed").
            Action action = want.get("mode").equals(have.get("mode")) ? Action.UPDATE : Action.REPLACE;
            if (!differences.isEmpty()) {
                changes.add(new Change(action, Kind.SERVICE, service.qualifiedName(), List.copyOf(differences), service,
                        existing));
            }
        }
        for (com.github.dockerjava.api.model.Service service : live.services()) {
            if (service.getSpec() != null && managed(service.getSpec().getLabels())
                    && !wanted.contains(service.getSpec().getName())) {
                removals.add(
                        new Change(Action.REMOVE, Kind.SERVICE, service.getSpec().getName(), List.of(), null, service));
            }
        }
    }

    private static String summary(Service service) {
        String mode = switch (service.getMode()) {
        case GLOBAL, GLOBAL_JOB -> service.getMode().getLiteral();
        case REPLICATED_JOB -> "replicated-job " + service.getReplicas();
        default -> "replicated " + service.getReplicas();
        };
        return mode + ", image " + service.getImage();
    }

    private static Map<String, String> labels(List<Label> labels) {
        Map<String, String> map = new LinkedHashMap<>();
        labels.forEach(label -> map.put(label.getKey(), label.getValue() == null ? "" : label.getValue()));
        return map;
    }

    private static void compare(List<String> differences, String field, Object have, Object want) {
        if (!Objects.equals(String.valueOf(have), String.valueOf(want))) {
            differences.add(field + ": " + have + " -> " + want);
        }
    }
}
