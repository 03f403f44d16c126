package flotilla.deploy.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.dockerjava.api.model.Task;

import flotilla.deploy.live.LiveSwarm.LiveNetwork;
import flotilla.deploy.live.LiveSwarm.LiveNode;
import flotilla.deploy.live.LiveSwarm.LiveSecret;
import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.NetworkScope;
import flotilla.model.Node;
import flotilla.model.NodeAvailability;
import flotilla.model.NodeRole;
import flotilla.model.Resources;
import flotilla.model.Service;
import flotilla.model.StoredData;
import flotilla.model.persistence.Models;
import flotilla.model.text.EnumNames;
import flotilla.observed.ClusterState;
import flotilla.observed.NodeState;
import flotilla.observed.NodeStatus;
import flotilla.observed.ObservedFactory;
import flotilla.observed.TaskState;

/**
 * A running swarm as a model (what it is asked to run: nodes, overlay networks, services, secret
 * names) and an observed state (what it does: node status, tasks), so the simulator and the editor
 * start from reality. Services are the inverse of what deploy sends.
 */
public final class LiveImport {

    /** The model and the observed state of one import. */
    public record Result(Cluster cluster, ClusterState state) {
    }

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    /** The options the overlay driver adds to a network itself (its VXLAN ids), which no file or model gives. */
    private static final Set<String> SWARM_NETWORK_OPTIONS = Set.of("com.docker.network.driver.overlay.vxlanid_list");

    private LiveImport() {
    }

    public static Result of(LiveSwarm live, String name) {
        Cluster cluster = Models.newCluster(name);
        // What a Flotilla model deployed (services, networks, secrets, configs) carries its id: the import takes
        // it over, so deploying the imported model manages (and may remove) the same objects.
        Set<String> ids = Stream.of(
                live.services().stream().filter(s -> s.getSpec() != null && s.getSpec().getLabels() != null)
                        .map(s -> s.getSpec().getLabels()),
                live.networks().stream().map(LiveNetwork::labels),
                Stream.concat(live.secrets().stream(), live.configs().stream()).map(LiveSecret::labels))
                .flatMap(labels -> labels).map(labels -> labels.get(ServiceSpecs.MODEL_LABEL))
                .filter(id -> id != null).collect(Collectors.toSet());
        if (ids.size() == 1) {
            cluster.setId(ids.iterator().next());
        }
        ClusterState state = ObservedFactory.eINSTANCE.createClusterState();
        state.setCluster(cluster);
        state.setTime(System.currentTimeMillis());
        Map<String, Node> nodes = new HashMap<>();
        for (LiveNode live1 : live.nodes()) {
            Node node = node(live1);
            cluster.getNodes().add(node);
            nodes.put(live1.id(), node);
            NodeStatus status = ObservedFactory.eINSTANCE.createNodeStatus();
            status.setNode(node);
            NodeState nodeState = NodeState.get(live1.state());
            status.setState(nodeState == null ? NodeState.UNKNOWN : nodeState);
            status.setLeader(live1.leader());
            status.setMessage(live1.message());
            state.getNodes().add(status);
        }
        for (LiveNetwork live1 : live.networks()) {
            if (!"swarm".equals(live1.scope()) || live1.ingress() || !"overlay".equals(live1.driver())) {
                continue;
            }
            Network network = FACTORY.createNetwork();
            network.setName(live1.name());
            network.setDriver(NetworkDriver.OVERLAY);
            network.setScope(NetworkScope.SWARM);
            network.setAttachable(live1.attachable());
            network.setInternal(live1.internal());
            network.setEncrypted(live1.encrypted());
            network.setSubnet(live1.subnet());
            network.setGateway(live1.gateway());
            ServiceSpecs.userLabels(live1.labels()).forEach((key, value) -> network.getLabels().add(label(key, value)));
            live1.options().forEach((key, value) -> {
                if (!SWARM_NETWORK_OPTIONS.contains(key)) {
                    network.getDriverOptions().add(label(key, value));
                }
            });
            // What the model did not create is used as it is, as a stack's external network: a deploy of the import
            // neither creates nor removes it.
            network.setExternal(cluster.getId() == null
                    || !cluster.getId().equals(live1.labels().get(ServiceSpecs.MODEL_LABEL)));
            cluster.getNetworks().add(network);
        }
        for (LiveSecret live1 : live.secrets()) {
            cluster.getSecrets().add(storedData(FACTORY.createSecret(), live1));
        }
        for (LiveSecret live1 : live.configs()) {
            cluster.getConfigs().add(storedData(FACTORY.createConfig(), live1));
        }
        Function<String, String> networkName = id -> {
            LiveNetwork network = live.network(id);
            return network == null ? id : network.name();
        };
        Map<String, Service> services = new HashMap<>();
        for (com.github.dockerjava.api.model.Service live1 : live.services()) {
            if (live1.getSpec() == null) {
                continue;
            }
            Service service = ServiceJson.toModel(live.spec(live1), cluster, networkName);
            cluster.getServices().add(service);
            services.put(live1.getId(), service);
        }
        for (Task live1 : live.tasks()) {
            flotilla.observed.Task task = ObservedFactory.eINSTANCE.createTask();
            task.setService(services.get(live1.getServiceId()));
            if (live1.getSlot() != null) {
                task.setSlot(live1.getSlot());
            }
            task.setNode(live1.getNodeId() == null ? null : nodes.get(live1.getNodeId()));
            task.setDesiredState(taskState(live1.getDesiredState()));
            if (live1.getStatus() != null) {
                task.setCurrentState(taskState(live1.getStatus().getState()));
                task.setError(live1.getStatus().getErr());
                if (live1.getStatus().getContainerStatus() != null) {
                    task.setContainerId(live1.getStatus().getContainerStatus().getContainerID());
                }
            }
            state.getTasks().add(task);
        }
        return new Result(cluster, state);
    }

    /** Swarm's value is never given back, so the imported model can only reference it: external, with its labels. */
    private static <T extends StoredData> T storedData(T data, LiveSecret live) {
        data.setName(live.name());
        data.setExternal(true);
        ServiceSpecs.userLabels(live.labels()).forEach((key, value) -> data.getLabels().add(label(key, value)));
        return data;
    }

    private static Node node(LiveNode live) {
        Node node = FACTORY.createNode();
        node.setHostname(live.hostname());
        node.setRole(NodeRole.get(live.role()) == null ? NodeRole.WORKER : NodeRole.get(live.role()));
        node.setAvailability(NodeAvailability.get(live.availability()) == null
                ? NodeAvailability.ACTIVE
                : NodeAvailability.get(live.availability()));
        live.labels().forEach((key, value) -> node.getLabels().add(label(key, value)));
        live.engineLabels().forEach((key, value) -> node.getEngineLabels().add(label(key, value)));
        if (live.os() != null) {
            node.setOs(live.os());
        }
        if (live.arch() != null) {
            node.setArch(live.arch());
        }
        node.setAddress(live.address());
        if (live.nanoCpus() > 0 || live.memoryBytes() > 0) {
            Resources resources = FACTORY.createResources();
            resources.setNanoCPUs(live.nanoCpus());
            resources.setMemoryBytes(live.memoryBytes());
            node.setResources(resources);
        }
        return node;
    }

    private static TaskState taskState(com.github.dockerjava.api.model.TaskState state) {
        if (state == null) {
            return TaskState.NEW;
        }
        TaskState observed = EnumNames.convertOrNull(state, TaskState.class);
        // swarm's "allocated" and "ready" sit between states the model names.
        return observed != null
                ? observed
                : state == com.github.dockerjava.api.model.TaskState.READY ? TaskState.PREPARING : TaskState.PENDING;
    }

    private static Label label(String key, String value) {
        Label label = FACTORY.createLabel();
        label.setKey(key);
        label.setValue(value);
        return label;
    }
}
