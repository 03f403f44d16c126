package flotilla.engine.sim;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.network.NetworkAllocator;
import flotilla.engine.network.NetworkView;
import flotilla.engine.network.RoutingMesh;
import flotilla.engine.orchestrator.Orchestrator;
import flotilla.engine.scheduler.Constraints;
import flotilla.engine.scheduler.Scheduler;
import flotilla.engine.state.Availability;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.ClusterView;
import flotilla.engine.state.Config;
import flotilla.engine.state.Network;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Secret;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.StateListener;
import flotilla.engine.state.StoredObject;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.model.validation.Limits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A swarm on a virtual clock. Every change is followed by the managers' reaction (orchestrator, network
 * allocator, scheduler) and the engines' (starting and stopping containers), until nothing moves; things
 * that take time (container start-up, restart delays, heartbeat timeouts, update delays) are events on
 * the clock. Failures are injected through the methods below.
 */
public final class Simulator {
    /** How long an engine takes from an assigned task to a running container (pull and start). */
    public static final long TASK_STARTUP = 2 * SwarmDefaults.SECOND;
    /** How long a job's container runs before it exits 0, unless its command says otherwise ({@link Workload}). */
    public static final long JOB_RUNTIME = 3 * SwarmDefaults.SECOND;
    /**
     * How long the managers go without a leader before one is elected: swarmkit's raft waits ElectionTick (10) ticks
     * of one second.
     */
    public static final long ELECTION_TIMEOUT = 10 * SwarmDefaults.SECOND;

    private final ClusterState state;
    private final Scheduler scheduler;
    private final Orchestrator orchestrator;
    private final NetworkAllocator networks;
    private final Engines engines;
    private final RoutingMesh mesh;
    private final EventLog log = new EventLog();
    private final TreeMap<Long, List<Runnable>> events = new TreeMap<>();
    private final Set<Task> toAllocate = new LinkedHashSet<>();
    private final Set<Task> toRelease = new LinkedHashSet<>();
    private final Set<Task> placed = new LinkedHashSet<>();
    /** The managers that count for quorum: raft's members (a promoted node joins, a demoted or removed one leaves). */
    private final Set<String> raftMembers = new LinkedHashSet<>();
    /** Nodes whose missed heartbeats no leader could act on; judged again once there is one. */
    private final Set<Node> unheard = new LinkedHashSet<>();
    private boolean electing;
    private long now;
    private boolean initialised;
    /** The dispatcher's heartbeat period (`docker swarm init|update --dispatcher-heartbeat`). */
    private long heartbeatPeriod = SwarmDefaults.HEARTBEAT_PERIOD;

    public Simulator(long seed) {
        this(new ClusterState(seed), seed, null);
    }

    /** A swarm on {@code state}; {@code from}, when given, is the swarm whose store {@code state} copies. */
    private Simulator(ClusterState state, long seed, Simulator from) {
        this.state = state;
        scheduler = from == null ? new Scheduler(state) : new Scheduler(state, from.scheduler);
        orchestrator = new Orchestrator(state, time -> at(time, () -> {}));
        networks = new NetworkAllocator(state);
        engines = new Engines(state, seed ^ 0x5DEECE66DL);
        mesh = new RoutingMesh(state, engines::isPoweredOn);
        state.addListener(new Tracker());
    }

    /**
     * A swarm of its own that goes on from this one's settled state: the same nodes, services, tasks, networks,
     * containers, raft members and clock, each copied, so a what-if replays on it without building the swarm again.
     * New ids come from {@code seed}. Only a settled swarm forks (nothing on the clock: no pending action to copy);
     * this one is only read, so several threads may fork it at once.
     */
    public Simulator fork(long seed) {
        return fork(seed, null);
    }

    /**
     * The same as {@link #fork(long)}, on the store of {@code used} when that is an earlier fork of this swarm that
     * is done with: only what happened on it is undone, so a fork costs what the last scenario changed rather than a
     * copy of every task. {@code used} must not be touched again (it is taken apart); null forks afresh.
     */
    public Simulator fork(long seed, Simulator used) {
        if (!events.isEmpty()) {
            throw new IllegalStateException("only a settled swarm forks: something is due at " + events.firstKey());
        }
        Simulator fork = new Simulator(state.copy(seed, used == null ? null : used.state), seed, this);
        fork.orchestrator.copyFrom(orchestrator);
        fork.networks.copyFrom(networks);
        fork.engines.copyFrom(engines);
        fork.mesh.copyFrom(mesh);
        fork.log.recordTaskEvents(log.recordsTaskEvents());
        fork.state.addSameTasks(toAllocate, fork.toAllocate);
        fork.state.addSameTasks(toRelease, fork.toRelease);
        fork.state.addSameTasks(placed, fork.placed);
        fork.raftMembers.addAll(raftMembers);
        unheard.forEach(node -> fork.unheard.add(fork.state.node(node.id())));
        fork.now = now;
        fork.initialised = initialised;
        fork.heartbeatPeriod = heartbeatPeriod;
        return fork;
    }

    /** Feeds the allocator and the timeline from task changes. */
    private final class Tracker implements StateListener {
        private TaskState before;

        @Override
        public void taskChanging(Task task) {
            before = task.state();
        }

        @Override
        public void taskChanged(Task task) {
            // A replacement desired Ready is allocated and placed at once, holding its node while it waits.
            if (task.state() == TaskState.NEW && task.desiredState().compareTo(TaskState.RUNNING) <= 0) {
                toAllocate.add(task);
            }
            if (task.state().isTerminal() && !task.networks().isEmpty()) {
                toRelease.add(task);
            }
            if (task.state() == TaskState.ASSIGNED && before != TaskState.ASSIGNED) {
                placed.add(task);
            }
            if (log.recordsTaskEvents() && task.state() != before) {
                Node node = task.nodeId() == null ? null : state.node(task.nodeId());
                String where = node == null ? "" : " on " + node.hostname();
                String error = task.error().isEmpty() ? "" : " (" + task.error() + ")";
                log.add(now, "task", task.name(), task.state().dockerName().toLowerCase() + where + error);
            }
            before = null;
        }

        @Override
        public void taskRemoved(Task task) {
            toAllocate.remove(task);
            toRelease.remove(task);
            placed.remove(task);
        }
    }

    /** The swarm's state, read only: every change goes through the operations below. */
    public ClusterView state() {
        return state;
    }

    /** A fresh object id from the swarm's generator (reproducible for a seed). */
    public String newId() {
        return state.newId();
    }

    /** Which networks each node's engine has; networks change through the operations below. */
    public NetworkView networks() {
        return networks;
    }

    public RoutingMesh mesh() {
        return mesh;
    }

    public EventLog log() {
        return log;
    }

    public long now() {
        return now;
    }

    public boolean isInitialised() {
        return initialised;
    }

    public long heartbeatPeriod() {
        return heartbeatPeriod;
    }

    /** A node is declared down after {@link SwarmDefaults#HEARTBEAT_GRACE_MULTIPLIER} missed periods. */
    public void setHeartbeatPeriod(long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("dispatcher heartbeat period must be positive");
        }
        heartbeatPeriod = millis;
    }

    /** `docker swarm init|update --task-history-limit`: old tasks kept per slot (negative: all). */
    public void setTaskHistoryLimit(long limit) {
        orchestrator.setTaskHistoryLimit(limit);
        settle();
    }

    // ---- cluster membership

    /** `docker swarm init` on {@code hostname}: the first manager and leader, and the ingress network. */
    public Node init(String hostname, Resources resources) {
        startSwarm();
        return lead(join(hostname, Role.MANAGER, resources, Map.of()));
    }

    /** `docker swarm init` on a node described in full, as when a model is imported. */
    public Node init(Node node, Map<String, String> labels) {
        startSwarm();
        return lead(join(node, labels));
    }

    private void startSwarm() {
        if (initialised) {
            throw new IllegalStateException("This node is already part of a swarm. Use \"docker swarm leave\" to "
                    + "leave this swarm and join another one.");
        }
        initialised = true;
        networks.createIngress();
    }

    private Node lead(Node leader) {
        state.setLeader(leader);
        return leader;
    }

    /** A host joins (`docker swarm join`): it gets ingress and docker_gwbridge at once. */
    public Node join(String hostname, Role role, Resources resources, Map<String, String> labels) {
        return joined(state.join(hostname, role, resources, labels, Set.of()));
    }

    /**
     * A node described in full (its own id, platform, engine labels and plugins), as when a model is
     * imported; {@code labels} are its node labels.
     */
    public Node join(Node node, Map<String, String> labels) {
        state.addNode(node);
        labels.forEach((k, v) -> state.setLabel(node, k, v));
        return joined(node);
    }

    private Node joined(Node node) {
        if (node.role() == Role.MANAGER) {
            raftMembers.add(node.id());
        }
        networks.nodeJoined(node);
        log.add(now, "node", node.hostname(), "joined as " + node.role().dockerName());
        settle();
        return node;
    }

    public void setAvailability(Node node, Availability availability) {
        state.setAvailability(node, availability);
        log.add(now, "node", node.hostname(), "availability " + availability.dockerName());
        settle();
    }

    public void setRole(Node node, Role role) {
        state.setRole(node, role);
        if (role == Role.MANAGER) {
            raftMembers.add(node.id());
        } else {
            raftMembers.remove(node.id());
        }
        log.add(now, "node", node.hostname(), "role " + role.dockerName());
        settle();
    }

    public void setLabel(Node node, String key, String value) {
        state.setLabel(node, key, value);
        log.add(now, "node", node.hostname(), "label " + key + "=" + value);
        settle();
    }

    public void removeLabel(Node node, String key) {
        state.removeLabel(node, key);
        log.add(now, "node", node.hostname(), "label " + key + " removed");
        settle();
    }

    /**
     * `docker node rm` (a node that is down, or any with --force). Its tasks are orphaned: a replicated
     * task shows Orphaned and is replaced, a global task is deleted; the host leaves the swarm and its
     * engine stops their containers.
     */
    public void removeNode(Node node) {
        raftMembers.remove(node.id());
        unheard.remove(node);
        engines.powerOff(node);
        for (Task t : new ArrayList<>(state.tasksOnNode(node.id()))) {
            Service service = t.serviceId() == null ? null : state.service(t.serviceId());
            if (service != null && service.spec().mode().isGlobal()) {
                state.removeTask(t);
            } else if (!t.state().isTerminal()) {
                state.setTaskStatus(t, TaskState.ORPHANED, "task orphaned", "", now);
            }
        }
        state.removeNode(node);
        log.add(now, "node", node.hostname(), "removed");
        settle();
    }

    // ---- services

    /** Validates like the managers do (constraints, networks, ports), then creates and reconciles. */
    public Service createService(ServiceSpec spec) {
        validate(spec, null);
        Service service = state.createService(spec, now);
        networks.allocateService(service);
        orchestrator.serviceCreated(service);
        log.add(now, "service", spec.name(), "created");
        settle();
        return service;
    }

    public void updateService(Service service, ServiceSpec spec) {
        validate(spec, service);
        ServiceSpec before = service.spec();
        state.updateService(service, spec, now);
        networks.allocateService(service);
        orchestrator.serviceUpdated(service, before, now);
        log.add(now, "service", spec.name(), "updated");
        settle();
    }

    public void rollbackService(Service service) {
        state.rollbackService(service, now);
        networks.allocateService(service);
        orchestrator.serviceRolledBack(service, now);
        log.add(now, "service", service.spec().name(), "rollback");
        settle();
    }

    public void removeService(Service service) {
        state.removeService(service);
        networks.deallocateService(service);
        orchestrator.serviceRemoved(service, now);
        log.add(now, "service", service.spec().name(), "removed");
        settle();
    }

    // ---- networks and secrets

    /** `docker network create`: a null subnet takes the next free one from the default pool. */
    public Network createNetwork(String name, String driver, String subnet, boolean attachable, boolean internal,
            Map<String, String> labels) {
        Network network = networks.createNetwork(name, driver, subnet, attachable, internal, false, labels);
        log.add(now, "network", name, "created");
        settle();
        return network;
    }

    /** `docker network rm`: refused (IllegalStateException) while a service uses the network. */
    public void removeNetwork(Network network) {
        networks.removeNetwork(network);
        log.add(now, "network", network.name(), "removed");
        settle();
    }

    /** `docker secret create`: refused (IllegalStateException) when the name is taken. */
    public Secret createSecret(String name, int size, Map<String, String> labels) {
        return stored("secret", state.secrets(), new Secret(state.newId(), name, size, now, labels), state::addSecret);
    }

    /** `docker secret rm`: refused (IllegalStateException) while services use the secret, as the managers do. */
    public void removeSecret(Secret secret) {
        unstored("secret", secret, ServiceSpec::secrets, state::removeSecret);
    }

    /** `docker config create`: refused (IllegalStateException) when the name is taken. */
    public Config createConfig(String name, int size, Map<String, String> labels) {
        return stored("config", state.configs(), new Config(state.newId(), name, size, now, labels), state::addConfig);
    }

    /** `docker config rm`: refused (IllegalStateException) while services use the config. */
    public void removeConfig(Config config) {
        unstored("config", config, ServiceSpec::configs, state::removeConfig);
    }

    private <T extends StoredObject> T stored(String kind, Collection<? extends StoredObject> existing, T object,
            Consumer<T> add) {
        if (existing.stream().anyMatch(o -> o.name().equals(object.name()))) {
            throw new IllegalStateException(kind + " " + object.name() + " already exists");
        }
        add.accept(object);
        log.add(now, kind, object.name(), "created");
        settle();
        return object;
    }

    /** The managers refuse to remove a secret or config that services still name, naming them. */
    private <T extends StoredObject> void unstored(String kind, T object,
            Function<ServiceSpec, List<String>> references,
            Consumer<T> remove) {
        List<String> users = new ArrayList<>();
        for (Service s : state.services()) {
            if (references.apply(s.spec()).contains(object.name())) {
                users.add(s.spec().name());
            }
        }
        if (!users.isEmpty()) {
            throw new IllegalStateException(kind + " '" + object.name() + "' is in use by the following service"
                    + (users.size() > 1 ? "s" : "") + ": " + String.join(", ", users));
        }
        remove.accept(object);
        log.add(now, kind, object.name(), "removed");
        settle();
    }

    private void validate(ServiceSpec spec, Service existing) {
        if (spec.replicas() < 0) {
            throw new IllegalArgumentException("replicas cannot be negative");
        }
        if (!spec.mode().isGlobal()) {
            long others = state.replicatedSlots()
                    - (existing == null || existing.spec().mode().isGlobal()
                            ? 0
                            : Math.max(0, existing.spec().replicas()));
            if (spec.replicas() > Limits.MAX_TASKS - others) {
                throw new IllegalArgumentException(
                        "replicas " + Limits.format(spec.replicas()) + " exceed the limit of "
                                + Limits.format(Limits.MAX_TASKS) + " tasks the simulator holds"
                                + (others > 0 ? " (other services have " + Limits.format(others) + ")" : ""));
            }
        }
        Constraints.parse(spec.constraints());
        networks.validate(spec, existing);
        Service clash = state.findService(spec.name());
        if (clash != null && clash != existing && clash.spec().name().equals(spec.name())) {
            throw new IllegalArgumentException("name conflicts with an existing object: service " + spec.name()
                    + " already exists");
        }
    }

    // ---- failures

    /** One container dies; its engine reports it (when it reaches the managers). */
    public boolean crash(Task task) {
        Node node = task.nodeId() == null ? null : state.node(task.nodeId());
        boolean killed = node != null && engines.kill(node, task.id());
        if (killed) {
            log.add(now, "crash", task.name(), "container died");
            settle();
        }
        return killed;
    }

    /** Every task container on the node dies. */
    public int crashAll(Node node) {
        List<String> ids = new ArrayList<>(engines.containersOn(node).keySet());
        for (String taskId : ids) {
            engines.kill(node, taskId);
        }
        log.add(now, "crash", node.hostname(), ids.size() + " containers died");
        settle();
        return ids.size();
    }

    /** The host stops (its containers with it); the managers mark it down after the heartbeat timeout. */
    public void nodeDown(Node node) {
        engines.powerOff(node);
        log.add(now, "node", node.hostname(), "host stopped");
        expectHeartbeatLoss(node);
        settle();
    }

    /** The host is back; its engine rejoins and reports its (now gone) containers. */
    public void nodeUp(Node node) {
        engines.powerOn(node);
        log.add(now, "node", node.hostname(), "host started");
        if (engines.reachesManagers(node)) {
            markReady(node);
        }
        settle();
    }

    /** The nodes lose contact with the managers; their containers keep running. */
    public void partition(List<Node> nodes) {
        for (Node n : nodes) {
            engines.partition(n);
            log.add(now, "network", n.hostname(), "partitioned from the managers");
            expectHeartbeatLoss(n);
        }
        settle();
    }

    /** Every partition ends. */
    public void heal() {
        for (String id : engines.partitionedNodes()) {
            Node n = state.node(id);
            engines.heal(n);
            log.add(now, "network", n.hostname(), "reconnected");
            if (engines.reachesManagers(n)) {
                markReady(n);
            }
        }
        settle();
    }

    private void expectHeartbeatLoss(Node node) {
        at(now + heartbeatPeriod * SwarmDefaults.HEARTBEAT_GRACE_MULTIPLIER, () -> {
            if (!engines.reachesManagers(node) && node.status() != NodeStatus.DOWN && state.node(node.id()) != null) {
                if (controlPlaneUp()) {
                    state.setStatus(node, NodeStatus.DOWN);
                    log.add(now, "node", node.hostname(), "down (heartbeat failure)");
                } else {
                    unheard.add(node);
                }
            }
        });
    }

    // ---- managers and raft

    /**
     * Whether more than half of raft's members reach each other. Below quorum the swarm keeps running the tasks it
     * runs, but the managers store, schedule and reconcile nothing.
     */
    public boolean hasQuorum() {
        long reachable = raftMembers.stream().map(state::node)
                .filter(node -> node != null && engines.reachesManagers(node)).count();
        return raftMembers.isEmpty() || reachable > raftMembers.size() / 2;
    }

    /** How many managers may be lost at once without losing quorum: floor((members - 1) / 2). */
    public int faultTolerance() {
        return Math.max(0, (raftMembers.size() - 1) / 2);
    }

    /** The current leader, or null while there is none (lost, and no election won yet). */
    public Node leader() {
        return state.nodes().stream().filter(Node::isLeader).filter(engines::reachesManagers).findFirst()
                .orElse(null);
    }

    /** Whether the managers can act: a reachable leader backed by a quorum. */
    public boolean controlPlaneUp() {
        return !initialised || hasQuorum() && leader() != null;
    }

    /**
     * `docker swarm init --force-new-cluster` on a manager that still has its state: it becomes the only raft
     * member and the leader, so the swarm has quorum again; the other managers stay listed until demoted or removed.
     */
    public void forceNewCluster(Node node) {
        if (node.role() != Role.MANAGER) {
            throw new IllegalStateException("This node is not a swarm manager. Use \"docker swarm join\" to join "
                    + "this node to a swarm.");
        }
        raftMembers.clear();
        raftMembers.add(node.id());
        state.setLeader(node);
        log.add(now, "node", node.hostname(), "new cluster forced: the only manager");
        // The node leaves its old cluster first, and its engine removes the tasks' containers; the agent of the new
        // cluster then finds none for the tasks it runs and fails them, as the real swarm does (the 3-manager lab
        // shows "No such container: web.1.<task id>"), and the orchestrator replaces them.
        for (String taskId : new ArrayList<>(engines.containersOn(node).keySet())) {
            Task task = state.task(taskId);
            if (engines.forget(node, taskId) && task != null && !task.state().isTerminal()) {
                state.setTaskStatus(task, TaskState.FAILED, "No such container",
                        "No such container: " + task.name() + "." + task.id(), now);
            }
        }
        settle();
    }

    /**
     * A leader lost while quorum holds: the remaining managers elect one after the election timeout. (While the
     * swarm is being initialised there is no leader yet, and nothing to elect.)
     */
    private void electIfLeaderless() {
        if (electing || !initialised || !hasQuorum() || leader() != null
                || state.nodes().stream().noneMatch(Node::isLeader)) {
            return;
        }
        electing = true;
        at(now + ELECTION_TIMEOUT, () -> {
            electing = false;
            if (hasQuorum() && leader() == null) {
                raftMembers.stream().map(state::node).filter(n -> n != null && engines.reachesManagers(n))
                        .min(java.util.Comparator.comparing(Node::hostname)).ifPresent(elected -> {
                            state.setLeader(elected);
                            log.add(now, "node", elected.hostname(), "elected leader");
                        });
            }
        });
    }

    /** Once the managers can act again, the heartbeats missed meanwhile count from now. */
    private void hearUnheard() {
        if (unheard.isEmpty() || !controlPlaneUp()) {
            return;
        }
        List<Node> nodes = new ArrayList<>(unheard);
        unheard.clear();
        nodes.forEach(this::expectHeartbeatLoss);
    }

    private void markReady(Node node) {
        if (node.status() != NodeStatus.READY) {
            state.setStatus(node, NodeStatus.READY);
            log.add(now, "node", node.hostname(), "ready");
        }
    }

    /** Ids of the hosts that are powered off. */
    public Set<String> poweredOffNodes() {
        return engines.poweredOff();
    }

    /**
     * For a fork: the services and nodes whose state in the store changed since it was forked (see
     * {@link ClusterState#changesSinceCopy()}); null when not known. Hosts powered off are not in it
     * ({@link #poweredOffNodes()}).
     */
    public ClusterState.Changes changesSinceFork() {
        return state.changesSinceCopy();
    }

    /** Whether the host is powered on (a powered-off host answers nothing). */
    public boolean isPoweredOn(Node node) {
        return engines.isPoweredOn(node);
    }

    /** Whether the node's engine can report to the managers: powered on and not partitioned off. */
    public boolean reachesManagers(Node node) {
        return engines.reachesManagers(node);
    }

    /** The containers the node's engine really runs (task id to container id), as `docker ps` sees them. */
    public Map<String, String> containersOn(Node node) {
        return java.util.Collections.unmodifiableMap(engines.containersOn(node));
    }

    /** `docker kill`/`docker stop` on a node: the container ends; swarm treats it as a failed task. */
    public boolean killContainer(Node node, String taskId) {
        boolean killed = engines.kill(node, taskId);
        if (killed) {
            log.add(now, "crash", state.task(taskId).name(), "container killed");
        }
        settle();
        return killed;
    }

    // ---- time

    /** Runs {@code action} at {@code time} on the virtual clock (not before now). */
    public void at(long time, Runnable action) {
        events.computeIfAbsent(Math.max(time, now), t -> new ArrayList<>()).add(action);
    }

    /**
     * When the next thing on the clock is due (a container start, a restart delay, a heartbeat timeout),
     * or -1 when nothing is: then the swarm has settled. Lets a viewer step from event to event.
     */
    public long nextEventTime() {
        return events.isEmpty() ? -1 : events.firstKey();
    }

    /** Moves the clock forward by {@code millis}, processing everything due on the way. */
    public void advance(long millis) {
        long target = now + millis;
        settle();
        while (!events.isEmpty() && events.firstKey() <= target) {
            runNext();
        }
        now = target;
        settle();
    }

    /**
     * Runs until nothing is left to happen (no event on the clock and nothing to reconcile) or
     * {@code maxMillis} passed; returns whether it converged.
     */
    public boolean waitUntilConverged(long maxMillis) {
        long limit = now + maxMillis;
        settle();
        while (!events.isEmpty()) {
            if (events.firstKey() > limit) {
                now = limit;
                return false;
            }
            runNext();
        }
        return true;
    }

    private void runNext() {
        Map.Entry<Long, List<Runnable>> due = events.pollFirstEntry();
        now = due.getKey();
        for (Runnable r : due.getValue()) {
            r.run();
        }
        settle();
    }

    /** Lets the managers and engines react until nothing changes. */
    private void settle() {
        electIfLeaderless();
        hearUnheard();
        boolean changed = true;
        while (changed) {
            // Without a leader and quorum the managers do nothing; the engines keep running what they run.
            boolean managing = controlPlaneUp();
            changed = managing && orchestrator.reconcile(now);
            for (Task t : managing ? new ArrayList<>(toAllocate) : List.<Task>of()) {
                toAllocate.remove(t);
                if (t.state() == TaskState.NEW && t.desiredState().compareTo(TaskState.RUNNING) <= 0) {
                    networks.allocateTask(t, now);
                    changed = true;
                }
            }
            changed |= managing && scheduler.schedule(now) > 0;
            for (Task t : new ArrayList<>(placed)) {
                placed.remove(t);
                networks.taskPlaced(t);
            }
            List<Task> toStart = new ArrayList<>();
            changed |= engines.work(now, toStart) > 0;
            for (Task t : toStart) {
                Workload workload = Workload.of(t.spec());
                at(now + TASK_STARTUP, () -> {
                    if (engines.started(t, now) && workload != null) {
                        at(now + workload.runtimeMillis(), () -> engines.exited(t, workload.exitCode(), now));
                    }
                });
            }
            for (Task t : new ArrayList<>(toRelease)) {
                toRelease.remove(t);
                networks.releaseTask(t);
            }
        }
    }
}
