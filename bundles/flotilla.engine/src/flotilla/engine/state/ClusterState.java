package flotilla.engine.state;

import flotilla.engine.defaults.SwarmDefaults;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The engine's store: nodes, services, tasks, networks, secrets and configs, with the indexes the scheduler and
 * orchestrators need (tasks by service and by node). Every mutation goes through here so listeners see it.
 */
public final class ClusterState implements ClusterView {
    private final Ids ids;
    private final Map<String, Node> nodes;
    private final Map<String, Service> services;
    private final Map<String, Task> tasks;
    private final Map<String, TaskList> tasksByService;
    private final Map<String, TaskList> tasksByNode;
    private final TaskList pending = new TaskList(TaskList.PENDING);
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final Map<String, Config> configs = new LinkedHashMap<>();
    private final List<StateListener> listeners = new ArrayList<>();
    /** Spec versions come from one counter, so a version never repeats even after a rollback. */
    private long lastSpecVersion;

    private long replicatedSlots;
    /** Tasks ever created here: the next task's {@link Task#serial}. */
    private int taskSerials;

    public ClusterState(long seed) {
        this(new Ids(seed), 0, 0, 0);
    }

    /** A store with room for its objects from the start (a copy knows how many). */
    private ClusterState(Ids ids, int nodeCount, int serviceCount, int taskCount) {
        this.ids = ids;
        nodes = LinkedHashMap.newLinkedHashMap(nodeCount);
        services = LinkedHashMap.newLinkedHashMap(serviceCount);
        tasks = HashMap.newHashMap(taskCount);
        tasksByService = HashMap.newHashMap(serviceCount);
        tasksByNode = HashMap.newHashMap(nodeCount);
    }

    /**
     * A store to change on its own from here on: every node, service and task copied, the indexes in the same
     * order, no listeners. New ids come from a generator of {@code idSeed} (ids are random; they need not repeat
     * this store's).
     */
    public ClusterState copy(long idSeed) {
        ClusterState copy = new ClusterState(new Ids(idSeed), nodes.size(), services.size(), tasks.size());
        nodes.forEach((id, node) -> copy.nodes.put(id, node.copy()));
        services.forEach((id, service) -> copy.services.put(id, service.copy()));
        Task[] copies = new Task[taskSerials];
        tasks.forEach((id, task) -> {
            Task same = task.copy();
            copies[task.serial] = same;
            copy.tasks.put(id, same);
        });
        tasksByService.forEach((id, list) -> copy.tasksByService.put(id, list.copy(copies)));
        tasksByNode.forEach((id, list) -> copy.tasksByNode.put(id, list.copy(copies)));
        for (Task task : pending) {
            copy.pending.insert(copies[task.serial]);
        }
        copy.taskSerials = taskSerials;
        copy.networks.putAll(networks);
        copy.secrets.putAll(secrets);
        copy.configs.putAll(configs);
        copy.lastSpecVersion = lastSpecVersion;
        copy.replicatedSlots = replicatedSlots;
        return copy;
    }

    /** This store's tasks of the same ids as {@code tasks} (from the store it was copied from), added to {@code into}. */
    public void addSameTasks(Collection<Task> tasks, Collection<Task> into) {
        for (Task task : tasks) {
            Task same = this.tasks.get(task.id());
            if (same != null) {
                into.add(same);
            }
        }
    }

    public String newId() {
        return ids.next();
    }

    public void addListener(StateListener listener) {
        listeners.add(listener);
    }

    // ---- nodes

    public Node addNode(Node node) {
        nodes.put(node.id(), node);
        for (StateListener l : listeners) {
            l.nodeAdded(node);
        }
        return node;
    }

    /**
     * A host joins: a node with a fresh id, the default platform, and an address in join order
     * (192.168.99.100 and up, like docker-machine's hosts in Docker's tutorials).
     */
    public Node join(String hostname, Role role, Resources resources, Map<String, String> labels,
            Set<String> plugins) {
        int n = nodes.size();
        String address = "192.168." + (99 + (100 + n) / 256) + "." + ((100 + n) % 256);
        Node node = new Node(newId(), hostname, role, new Platform(SwarmDefaults.OS, SwarmDefaults.ARCH), resources,
                address, Map.of(), plugins);
        node.labels.putAll(labels);
        return addNode(node);
    }

    @Override
    public Collection<Node> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    @Override
    public Node node(String id) {
        return nodes.get(id);
    }

    /** Docker's node reference: full id, hostname, or a unique id prefix; null when none. */
    @Override
    public Node findNode(String ref) {
        return find(nodes, ref, Node::hostname);
    }

    public void removeNode(Node node) {
        nodes.remove(node.id());
        for (StateListener l : listeners) {
            l.nodeRemoved(node);
        }
    }

    public void setAvailability(Node node, Availability availability) {
        node.availability = availability;
        nodeChanged(node);
    }

    public void setStatus(Node node, NodeStatus status) {
        node.status = status;
        nodeChanged(node);
    }

    public void setRole(Node node, Role role) {
        node.role = role;
        if (role == Role.WORKER) {
            node.leader = false;
        }
        nodeChanged(node);
    }

    public void setLeader(Node node) {
        for (Node n : nodes.values()) {
            n.leader = n == node;
        }
    }

    public void setLabel(Node node, String key, String value) {
        node.labels.put(key, value);
        nodeChanged(node);
    }

    public void removeLabel(Node node, String key) {
        node.labels.remove(key);
        nodeChanged(node);
    }

    private void nodeChanged(Node node) {
        for (StateListener l : listeners) {
            l.nodeChanged(node);
        }
    }

    // ---- services

    /** The slots of every replicated service together: what the simulator's task limit is checked against. */
    public long replicatedSlots() {
        return replicatedSlots;
    }

    private static long slots(ServiceSpec spec) {
        return spec == null || spec.mode().isGlobal() ? 0 : Math.max(0, spec.replicas());
    }

    public Service createService(ServiceSpec spec, long now) {
        replicatedSlots += slots(spec);
        Service service = new Service(newId(), spec, now);
        service.version = ++lastSpecVersion;
        services.put(service.id(), service);
        return service;
    }

    /** Stores a new spec, keeping the current one for `docker service rollback`. */
    public void updateService(Service service, ServiceSpec spec, long now) {
        replicatedSlots += slots(spec) - slots(service.spec);
        service.previousSpec = service.spec;
        service.previousVersion = service.version;
        service.spec = spec;
        service.version = ++lastSpecVersion;
        service.updatedAt = now;
    }

    /**
     * Swaps the current and previous spec, versions included, as swarm does: tasks made from the previous
     * spec are up to date again, so only the tasks of the abandoned spec get replaced.
     */
    public void rollbackService(Service service, long now) {
        if (service.previousSpec == null) {
            throw new IllegalStateException("service " + service.id() + " does not have a previous spec");
        }
        ServiceSpec spec = service.spec;
        long version = service.version;
        replicatedSlots += slots(service.previousSpec) - slots(spec);
        service.spec = service.previousSpec;
        service.version = service.previousVersion;
        service.previousSpec = spec;
        service.previousVersion = version;
        service.updatedAt = now;
    }

    public void setUpdateStatus(Service service, UpdateStatus status) {
        service.updateStatus = status;
    }

    public void removeService(Service service) {
        if (services.remove(service.id()) != null) {
            replicatedSlots -= slots(service.spec);
        }
    }

    @Override
    public Collection<Service> services() {
        return Collections.unmodifiableCollection(services.values());
    }

    @Override
    public Service service(String id) {
        return services.get(id);
    }

    /** Docker's service reference: full id, name, or a unique id prefix; null when none. */
    @Override
    public Service findService(String ref) {
        return find(services, ref, s -> s.spec().name());
    }

    // ---- tasks

    /** A task of {@code service} for a slot (replicated) or pinned to a node (global, slot 0). */
    public Task createTask(Service service, long slot, String nodeId, TaskState desiredState, long now) {
        Task task = new Task(newId(), service.id(), service.spec().name(), slot, nodeId, service.spec(),
                service.version(), desiredState, now);
        return index(task);
    }

    /** A task that belongs to no service: the scheduler places each such task on its own. */
    public Task createOneOffTask(ServiceSpec spec, long now) {
        return index(new Task(newId(), null, spec.name(), 1, null, spec, -1, TaskState.RUNNING, now));
    }

    private Task index(Task task) {
        task.serial = taskSerials++;
        tasks.put(task.id(), task);
        if (task.serviceId() != null) {
            tasksByService.computeIfAbsent(task.serviceId(), k -> new TaskList(TaskList.BY_SERVICE)).insert(task);
        }
        if (task.nodeId != null) {
            onNode(task.nodeId).insert(task);
        }
        changed(task);
        return task;
    }

    public void assign(Task task, String nodeId, long now) {
        assign(task, nodeId, onNode(nodeId), now);
    }

    /** {@link #assign(Task, String, long)} to a node of this store, found without a lookup by id. */
    public void assign(Task task, Node node, long now) {
        if (node.tasksHereOf != this) {
            node.tasksHere = onNode(node.id());
            node.tasksHereOf = this;
        }
        assign(task, node.id(), node.tasksHere, now);
    }

    private void assign(Task task, String nodeId, TaskList onNode, long now) {
        changing(task);
        if (task.nodeId != null) {
            tasksByNode.get(task.nodeId).delete(task);
        }
        task.nodeId = nodeId;
        onNode.insert(task);
        task.state = TaskState.ASSIGNED;
        task.message = "scheduler assigned task to node";
        task.error = "";
        task.updatedAt = now;
        changed(task);
    }

    /** Observed state; it only moves forward, as a real task's does. */
    public void setTaskStatus(Task task, TaskState state, String message, String error, long now) {
        if (state.compareTo(task.state) < 0) {
            throw new IllegalStateException(task + " cannot go back from " + task.state + " to " + state);
        }
        changing(task);
        task.state = state;
        task.message = message;
        task.error = error;
        task.updatedAt = now;
        task.statusAt = now;
        changed(task);
    }

    public void setDesiredState(Task task, TaskState desired, long now) {
        changing(task);
        task.desiredState = desired;
        task.updatedAt = now;
        changed(task);
    }

    public void setContainer(Task task, String containerId) {
        task.containerId = containerId;
    }

    public void setNetworks(Task task, List<NetworkAttachment> attachments) {
        task.networks = List.copyOf(attachments);
    }

    public void removeTask(Task task) {
        changing(task);
        tasks.remove(task.id());
        if (task.serviceId() != null) {
            TaskList own = tasksByService.get(task.serviceId());
            own.delete(task);
            if (own.isEmpty()) {
                tasksByService.remove(task.serviceId());
            }
        }
        if (task.nodeId != null) {
            tasksByNode.get(task.nodeId).delete(task);
        }
        if (pending.holds(task)) {
            pending.delete(task);
        }
        for (StateListener l : listeners) {
            l.taskRemoved(task);
        }
    }

    private void changing(Task task) {
        for (StateListener l : listeners) {
            l.taskChanging(task);
        }
    }

    private void changed(Task task) {
        boolean awaitsPlacement = task.state == TaskState.PENDING
                && task.desiredState.compareTo(TaskState.RUNNING) <= 0;
        if (awaitsPlacement != pending.holds(task)) {
            if (awaitsPlacement) {
                pending.insert(task);
            } else {
                pending.delete(task);
            }
        }
        for (StateListener l : listeners) {
            l.taskChanged(task);
        }
    }

    @Override
    public Collection<Task> tasks() {
        return Collections.unmodifiableCollection(tasks.values());
    }

    @Override
    public Task task(String id) {
        return tasks.get(id);
    }

    @Override
    public List<Task> tasksOfService(String serviceId) {
        TaskList own = tasksByService.get(serviceId);
        return own == null ? List.of() : Collections.unmodifiableList(own);
    }

    @Override
    public List<Task> tasksOnNode(String nodeId) {
        TaskList own = tasksByNode.get(nodeId);
        return own == null ? List.of() : Collections.unmodifiableList(own);
    }

    /** Tasks waiting for the scheduler: pending and still desired to run. */
    @Override
    public List<Task> pendingTasks() {
        return Collections.unmodifiableList(pending);
    }

    private TaskList onNode(String nodeId) {
        return tasksByNode.computeIfAbsent(nodeId, k -> new TaskList(TaskList.BY_NODE));
    }

    // ---- networks and secrets

    public Network addNetwork(Network network) {
        networks.put(network.id(), network);
        return network;
    }

    public void removeNetwork(Network network) {
        networks.remove(network.id());
    }

    @Override
    public Collection<Network> networks() {
        return Collections.unmodifiableCollection(networks.values());
    }

    @Override
    public Network findNetwork(String ref) {
        return find(networks, ref, Network::name);
    }

    public Secret addSecret(Secret secret) {
        secrets.put(secret.id(), secret);
        return secret;
    }

    public void removeSecret(Secret secret) {
        secrets.remove(secret.id());
    }

    @Override
    public Collection<Secret> secrets() {
        return Collections.unmodifiableCollection(secrets.values());
    }

    @Override
    public Secret findSecret(String ref) {
        return find(secrets, ref, Secret::name);
    }

    public Config addConfig(Config config) {
        configs.put(config.id(), config);
        return config;
    }

    public void removeConfig(Config config) {
        configs.remove(config.id());
    }

    @Override
    public Collection<Config> configs() {
        return Collections.unmodifiableCollection(configs.values());
    }

    @Override
    public Config findConfig(String ref) {
        return find(configs, ref, Config::name);
    }

    /** Docker resolves a reference as a full id, then a name, then a unique id prefix. */
    private static <T> T find(Map<String, T> byId, String ref, Function<T, String> name) {
        T exact = byId.get(ref);
        if (exact != null) {
            return exact;
        }
        T prefixed = null;
        int prefixMatches = 0;
        for (Map.Entry<String, T> e : byId.entrySet()) {
            if (name.apply(e.getValue()).equals(ref)) {
                return e.getValue();
            }
            if (e.getKey().startsWith(ref)) {
                prefixed = e.getValue();
                prefixMatches++;
            }
        }
        return prefixMatches == 1 ? prefixed : null;
    }
}
