package flotilla.engine.state;

import flotilla.engine.defaults.SwarmDefaults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
    private Ids ids;
    private final Map<String, Node> nodes;
    private final Map<String, Service> services;
    private final Map<String, Task> tasks;
    private final Map<String, TaskList> tasksByService;
    /**
     * The tasks on each node, by the node's serial here: a node's serial is this store's (and its copies') own key,
     * so the scheduler places by it without a lookup by id and without keeping anything on a node object. Ids of
     * nodes gone, or of nodes a task named before the node joined, keep their serial: their tasks stay listed.
     */
    private final Map<String, Integer> nodeSerials;
    private String[] nodeIds;
    /** By serial; null where the node has no list yet. */
    private TaskList[] tasksByNode;
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
    /** Changes made here so far: a copy can be recycled only while the store it was copied from has not changed. */
    private long mutations;
    /** For a copy: what it was copied from and what changed since, so it can be brought back. Null otherwise. */
    private Journal journal;

    /**
     * What changed in a copy since it was made or last brought back: the few tasks, nodes and index lists a scenario
     * touches, so that {@link #copy(long, ClusterState)} puts back only those instead of copying the whole store.
     */
    private static final class Journal {
        final ClusterState origin;
        /** The origin's {@link #mutations} when this copy was made: recycling a copy of a changed origin is refused. */
        final long originMutations;
        /** The copy's task of each of the origin's serials (null where the origin has none). */
        final Task[] copies;
        /** Serials of the origin's tasks changed here. */
        final BitSet tasks = new BitSet();
        /** Tasks created here (serials from {@code copies.length}). */
        final List<Task> created = new ArrayList<>();
        final Set<String> nodes = new HashSet<>();
        /** Services whose spec or update status changed. */
        final Set<String> services = new HashSet<>();
        final Set<String> serviceLists = new HashSet<>();
        /** Serials of the nodes whose task list changed. */
        final BitSet nodeLists = new BitSet();
        boolean pending;
        /** Nodes or services added or removed, or a task of the origin removed: recycling copies the store again. */
        boolean structural;

        Journal(ClusterState origin, Task[] copies) {
            this.origin = origin;
            this.originMutations = origin.mutations;
            this.copies = copies;
        }
    }

    public ClusterState(long seed) {
        this(new Ids(seed), 0, 0, new HashMap<>());
    }

    /** A store with room for its objects from the start (a copy knows how many). */
    private ClusterState(Ids ids, int nodeCount, int serviceCount, Map<String, Task> tasks) {
        this.ids = ids;
        nodes = LinkedHashMap.newLinkedHashMap(nodeCount);
        services = LinkedHashMap.newLinkedHashMap(serviceCount);
        this.tasks = tasks;
        tasksByService = HashMap.newHashMap(serviceCount);
        nodeSerials = HashMap.newHashMap(nodeCount);
        nodeIds = new String[Math.max(8, nodeCount)];
        tasksByNode = new TaskList[nodeIds.length];
    }

    /**
     * A store to change on its own from here on: every node, service and task copied, the indexes in the same
     * order, no listeners. New ids come from a generator of {@code idSeed} (ids are random; they need not repeat
     * this store's).
     */
    public ClusterState copy(long idSeed) {
        return copy(idSeed, null);
    }

    /**
     * The same as {@link #copy(long)}, made from {@code used} when that is an earlier copy of this store that is no
     * longer used: only what was changed on it is put back (its tasks, nodes and index lists that changed, its
     * services, networks, secrets and configs), so a copy costs what the last user of {@code used} changed rather
     * than the size of the store. The result reads the same as a fresh copy, in the same order (its task map keeps
     * this store's order). A fresh copy is made when {@code used} is null, not a copy of this store, made before this
     * store last changed, or had nodes or services added or removed or any of this store's tasks removed.
     */
    public ClusterState copy(long idSeed, ClusterState used) {
        Journal journal = used == null ? null : used.journal;
        if (journal == null || journal.origin != this || journal.originMutations != mutations
                || journal.structural) {
            return freshCopy(idSeed);
        }
        used.bringBack(idSeed);
        return used;
    }

    private ClusterState freshCopy(long idSeed) {
        // In this store's order, which dropping the tasks a recycled copy created leaves as it was.
        ClusterState copy = new ClusterState(new Ids(idSeed), nodeSerials.size(), services.size(),
                LinkedHashMap.newLinkedHashMap(tasks.size()));
        nodes.forEach((id, node) -> copy.nodes.put(id, node.copy()));
        services.forEach((id, service) -> copy.services.put(id, service.copy()));
        Task[] copies = new Task[taskSerials];
        tasks.forEach((id, task) -> {
            Task same = task.copy();
            copies[task.serial] = same;
            copy.tasks.put(id, same);
        });
        tasksByService.forEach((id, list) -> copy.tasksByService.put(id, list.copy(copies)));
        // The same serials: a recycled copy puts back each node's list by serial from this store's.
        copy.nodeSerials.putAll(nodeSerials);
        System.arraycopy(nodeIds, 0, copy.nodeIds, 0, nodeSerials.size());
        for (int serial = 0; serial < nodeSerials.size(); serial++) {
            if (tasksByNode[serial] != null) {
                copy.tasksByNode[serial] = tasksByNode[serial].copy(copies);
            }
        }
        copy.pending.refill(pending, copies);
        copy.taskSerials = taskSerials;
        copy.networks.putAll(networks);
        copy.secrets.putAll(secrets);
        copy.configs.putAll(configs);
        copy.lastSpecVersion = lastSpecVersion;
        copy.replicatedSlots = replicatedSlots;
        copy.journal = new Journal(this, copies);
        return copy;
    }

    /** This copy as {@link #freshCopy} would make it again, putting back only what the journal lists. */
    private void bringBack(long idSeed) {
        ClusterState origin = journal.origin;
        Task[] copies = journal.copies;
        listeners.clear();
        ids = new Ids(idSeed);
        for (Task task : journal.created) {
            tasks.remove(task.id());
        }
        for (int serial = journal.tasks.nextSetBit(0); serial >= 0; serial = journal.tasks.nextSetBit(serial + 1)) {
            Task task = copies[serial];
            task.reset(origin.tasks.get(task.id()));
        }
        for (String id : journal.serviceLists) {
            bringBack(tasksByService, origin.tasksByService, id, TaskList.BY_SERVICE);
        }
        // A copy whose serials grew is structural, never brought back: the origin's serials are this copy's.
        for (int serial = journal.nodeLists.nextSetBit(0); serial >= 0; serial = journal.nodeLists
                .nextSetBit(serial + 1)) {
            TaskList then = origin.tasksByNode[serial];
            if (then == null) {
                tasksByNode[serial] = null;
            } else {
                if (tasksByNode[serial] == null) {
                    tasksByNode[serial] = new TaskList(TaskList.BY_NODE);
                }
                tasksByNode[serial].refill(then, copies);
            }
        }
        if (journal.pending) {
            pending.refill(origin.pending, copies);
        }
        for (String id : journal.nodes) {
            nodes.get(id).reset(origin.nodes.get(id));
        }
        services.forEach((id, service) -> service.reset(origin.services.get(id)));
        networks.clear();
        networks.putAll(origin.networks);
        secrets.clear();
        secrets.putAll(origin.secrets);
        configs.clear();
        configs.putAll(origin.configs);
        taskSerials = origin.taskSerials;
        lastSpecVersion = origin.lastSpecVersion;
        replicatedSlots = origin.replicatedSlots;
        journal = new Journal(origin, copies);
    }

    private void bringBack(Map<String, TaskList> lists, Map<String, TaskList> originLists, String id, int slot) {
        TaskList then = originLists.get(id);
        if (then == null) {
            lists.remove(id);
        } else {
            lists.computeIfAbsent(id, k -> new TaskList(slot)).refill(then, journal.copies);
        }
    }

    /** A task's fields are about to change (or it is created): a copy notes it, to put it back later. */
    private void touch(Task task) {
        mutations++;
        if (journal != null) {
            if (task.serial < journal.copies.length) {
                journal.tasks.set(task.serial);
            }
        }
    }

    private void touchService(Service service) {
        mutations++;
        if (journal != null) {
            journal.services.add(service.id());
        }
    }

    private void touchNode(Node node) {
        mutations++;
        if (journal != null) {
            journal.nodes.add(node.id());
        }
    }

    /** Nodes or services added or removed: not worth undoing one by one. */
    private void touchStructure() {
        mutations++;
        if (journal != null) {
            journal.structural = true;
        }
    }

    private void touchServiceList(String serviceId) {
        if (journal != null) {
            journal.serviceLists.add(serviceId);
        }
    }

    private void touchPending() {
        if (journal != null) {
            journal.pending = true;
        }
    }

    private void touchNodeList(int nodeSerial) {
        if (journal != null) {
            journal.nodeLists.set(nodeSerial);
        }
    }

    /**
     * What changed on this copy since it was made or last brought back: the services whose spec, update status, tasks
     * or list of tasks changed, and the nodes that changed or whose tasks or list of tasks changed; everything else
     * reads as in the store it was copied from. Null when that is not known: this store is no copy, or nodes or
     * services were added or removed, or tasks of the origin removed.
     */
    public Changes changesSinceCopy() {
        if (journal == null || journal.structural) {
            return null;
        }
        Set<String> changedServices = new HashSet<>(journal.services);
        changedServices.addAll(journal.serviceLists);
        Set<String> changedNodes = new HashSet<>(journal.nodes);
        journal.nodeLists.stream().forEach(serial -> changedNodes.add(nodeIds[serial]));
        for (int serial = journal.tasks.nextSetBit(0); serial >= 0; serial = journal.tasks.nextSetBit(serial + 1)) {
            Task task = journal.copies[serial];
            if (task.serviceId() != null) {
                changedServices.add(task.serviceId());
            }
            if (task.nodeId != null) {
                changedNodes.add(task.nodeId);
            }
        }
        for (Task task : journal.created) {
            if (task.serviceId() != null) {
                changedServices.add(task.serviceId());
            }
            if (task.nodeId != null) {
                changedNodes.add(task.nodeId);
            }
        }
        return new Changes(changedServices, changedNodes);
    }

    /** Ids of the services and nodes that changed on a copy: {@link #changesSinceCopy()}. */
    public record Changes(Set<String> services, Set<String> nodes) {
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
        touchStructure();
        nodes.put(node.id(), node);
        serialOf(node.id());
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
        touchStructure();
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
            if (n.leader != (n == node)) {
                touchNode(n);
                n.leader = n == node;
            }
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
        touchNode(node);
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
        touchStructure();
        replicatedSlots += slots(spec);
        Service service = new Service(newId(), spec, now);
        service.version = ++lastSpecVersion;
        services.put(service.id(), service);
        return service;
    }

    /** Stores a new spec, keeping the current one for `docker service rollback`. */
    public void updateService(Service service, ServiceSpec spec, long now) {
        touchService(service);
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
        touchService(service);
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
        touchService(service);
        service.updateStatus = status;
    }

    public void removeService(Service service) {
        touchStructure();
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
        mutations++;
        if (journal != null) {
            journal.created.add(task);
        }
        tasks.put(task.id(), task);
        if (task.serviceId() != null) {
            touchServiceList(task.serviceId());
            tasksByService.computeIfAbsent(task.serviceId(), k -> new TaskList(TaskList.BY_SERVICE)).insert(task);
        }
        if (task.nodeId != null) {
            int serial = serialOf(task.nodeId);
            touchNodeList(serial);
            onNode(serial).insert(task);
        }
        changed(task);
        return task;
    }

    public void assign(Task task, String nodeId, long now) {
        assign(task, serialOf(nodeId), now);
    }

    /** {@link #assign(Task, String, long)} to the node of serial {@link #nodeSerial}, found without a lookup by id. */
    public void assign(Task task, int nodeSerial, long now) {
        changing(task);
        touch(task);
        if (task.nodeId != null) {
            int from = nodeSerials.get(task.nodeId);
            touchNodeList(from);
            tasksByNode[from].delete(task);
        }
        touchNodeList(nodeSerial);
        task.nodeId = nodeIds[nodeSerial];
        onNode(nodeSerial).insert(task);
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
        touch(task);
        task.state = state;
        task.message = message;
        task.error = error;
        task.updatedAt = now;
        task.statusAt = now;
        changed(task);
    }

    /** A running task's container died with its host: the agent reports it failed once the host is back. */
    public void containerLostWithHost(Task task, long now) {
        task.lostWithHost = true; // before the change is announced, so listeners see the whole of it
        setTaskStatus(task, TaskState.FAILED, "started", "task: non-zero exit (137)", now);
    }

    public void setDesiredState(Task task, TaskState desired, long now) {
        changing(task);
        touch(task);
        task.desiredState = desired;
        task.updatedAt = now;
        changed(task);
    }

    public void setContainer(Task task, String containerId) {
        touch(task);
        task.containerId = containerId;
    }

    public void setNetworks(Task task, List<NetworkAttachment> attachments) {
        touch(task);
        task.networks = List.copyOf(attachments);
    }

    public void removeTask(Task task) {
        changing(task);
        touch(task);
        if (journal != null && task.serial < journal.copies.length) {
            // Putting it back would move it in the task map's order.
            journal.structural = true;
        }
        tasks.remove(task.id());
        if (task.serviceId() != null) {
            touchServiceList(task.serviceId());
            TaskList own = tasksByService.get(task.serviceId());
            own.delete(task);
            if (own.isEmpty()) {
                tasksByService.remove(task.serviceId());
            }
        }
        if (task.nodeId != null) {
            int serial = nodeSerials.get(task.nodeId);
            touchNodeList(serial);
            tasksByNode[serial].delete(task);
        }
        if (pending.holds(task)) {
            touchPending();
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
            touchPending();
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
        Integer serial = nodeSerials.get(nodeId);
        TaskList own = serial == null ? null : tasksByNode[serial];
        return own == null ? List.of() : Collections.unmodifiableList(own);
    }

    /** Tasks waiting for the scheduler: pending and still desired to run. */
    @Override
    public List<Task> pendingTasks() {
        return Collections.unmodifiableList(pending);
    }

    /**
     * The node's serial in this store, the key of its tasks' index: given when the node joins (or a task names it
     * first), kept by every copy; -1 for an id this store never knew.
     */
    public int nodeSerial(String nodeId) {
        Integer serial = nodeSerials.get(nodeId);
        return serial == null ? -1 : serial;
    }

    private int serialOf(String nodeId) {
        Integer known = nodeSerials.get(nodeId);
        if (known != null) {
            return known;
        }
        // A new key: a copy is not brought back past it (the origin has no such serial).
        touchStructure();
        int serial = nodeSerials.size();
        if (serial == nodeIds.length) {
            nodeIds = Arrays.copyOf(nodeIds, serial * 2);
            tasksByNode = Arrays.copyOf(tasksByNode, serial * 2);
        }
        nodeSerials.put(nodeId, serial);
        nodeIds[serial] = nodeId;
        return serial;
    }

    private TaskList onNode(int nodeSerial) {
        TaskList list = tasksByNode[nodeSerial];
        if (list == null) {
            list = new TaskList(TaskList.BY_NODE);
            tasksByNode[nodeSerial] = list;
        }
        return list;
    }

    // ---- networks and secrets

    public Network addNetwork(Network network) {
        mutations++;
        networks.put(network.id(), network);
        return network;
    }

    public void removeNetwork(Network network) {
        mutations++;
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
        mutations++;
        secrets.put(secret.id(), secret);
        return secret;
    }

    public void removeSecret(Secret secret) {
        mutations++;
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
        mutations++;
        configs.put(config.id(), config);
        return config;
    }

    public void removeConfig(Config config) {
        mutations++;
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
