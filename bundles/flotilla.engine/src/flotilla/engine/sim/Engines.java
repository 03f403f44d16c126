package flotilla.engine.sim;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Node;
import flotilla.engine.state.StateListener;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The Docker engines of the nodes, as the managers cannot see them: which containers really run where.
 * An engine starts the tasks assigned to it, stops the ones no longer wanted, and reports containers that
 * died; it can only report while it reaches the managers (powered on and not partitioned).
 */
final class Engines implements StateListener {
    private final ClusterState state;
    private final SplittableRandom random;
    private final Map<String, Map<String, String>> containers = new HashMap<>();
    /**
     * Nodes whose container map is still the one of the engines this was forked from (only read there, and here
     * until the first change): a fork copies a node's map when it first changes it.
     */
    private final Set<String> borrowed = new HashSet<>();
    private final Set<String> poweredOff = new HashSet<>();
    private final Set<String> partitioned = new LinkedHashSet<>();
    private final Set<Task> work = new LinkedHashSet<>();
    private final Set<Task> starting = new HashSet<>();

    Engines(ClusterState state, long seed) {
        this.state = state;
        this.random = new SplittableRandom(seed);
        state.addListener(this);
    }

    /** Ids of the hosts that are off. */
    Set<String> poweredOff() {
        return Collections.unmodifiableSet(poweredOff);
    }

    /** Takes over {@code other}'s containers, hosts and pending work; this store is a copy of {@code other}'s. */
    void copyFrom(Engines other) {
        containers.putAll(other.containers);
        borrowed.addAll(other.containers.keySet());
        poweredOff.addAll(other.poweredOff);
        partitioned.addAll(other.partitioned);
        state.addSameTasks(other.work, work);
        state.addSameTasks(other.starting, starting);
    }

    @Override
    public void taskChanged(Task task) {
        if (task.nodeId() != null) {
            work.add(task);
        }
    }

    @Override
    public void taskRemoved(Task task) {
        work.remove(task);
        starting.remove(task);
    }

    boolean isPoweredOn(Node node) {
        return !poweredOff.contains(node.id());
    }

    boolean reachesManagers(Node node) {
        return isPoweredOn(node) && (partitioned.isEmpty() || !partitioned.contains(node.id()));
    }

    List<String> partitionedNodes() {
        return List.copyOf(partitioned);
    }

    void powerOff(Node node) {
        poweredOff.add(node.id());
        containers.remove(node.id());
        borrowed.remove(node.id());
    }

    /** The node's containers, to change: its own map (made now if borrowed or missing). */
    private Map<String, String> own(String nodeId) {
        Map<String, String> running = containers.get(nodeId);
        if (running == null || borrowed.remove(nodeId)) {
            running = running == null ? new LinkedHashMap<>() : new LinkedHashMap<>(running);
            containers.put(nodeId, running);
        }
        return running;
    }

    void powerOn(Node node) {
        poweredOff.remove(node.id());
        reconnect(node);
    }

    void partition(Node node) {
        partitioned.add(node.id());
    }

    void heal(Node node) {
        partitioned.remove(node.id());
        reconnect(node);
    }

    /** Back in touch: the engine reports on every task the managers think it has. */
    private void reconnect(Node node) {
        work.addAll(state.tasksOnNode(node.id()));
    }

    /** Container id and task of every container running on the node, in start order. */
    Map<String, String> containersOn(Node node) {
        return containers.getOrDefault(node.id(), Map.of());
    }

    /** The container dies (as `docker kill` or a crash); the engine reports it when it can. */
    boolean kill(Node node, String taskId) {
        if (!containersOn(node).containsKey(taskId)) {
            return false;
        }
        own(node.id()).remove(taskId);
        Task t = state.task(taskId);
        if (t != null) {
            work.add(t);
        }
        return true;
    }

    /** The container is gone without the engine noticing (it reports nothing); whether there was one. */
    boolean forget(Node node, String taskId) {
        if (!containersOn(node).containsKey(taskId)) {
            return false;
        }
        own(node.id()).remove(taskId);
        return true;
    }

    /**
     * Processes tasks whose state changed on nodes that reach the managers; adds to {@code toStart} the
     * tasks whose containers are starting (the caller calls {@link #started} after the start-up time).
     * Returns how many tasks it looked at, so the caller knows whether to let the managers react again.
     */
    int work(long now, List<Task> toStart) {
        List<Task> batch = new ArrayList<>();
        List<Node> batchNodes = new ArrayList<>();
        // Work piles up node by node (a lost node's tasks wait for it together): look each node up once per run.
        String lastId = null;
        Node lastNode = null;
        boolean lastReaches = false;
        for (java.util.Iterator<Task> it = work.iterator(); it.hasNext();) {
            Task t = it.next();
            if (t.nodeId() != lastId || lastId == null) {
                lastId = t.nodeId();
                lastNode = state.node(lastId);
                lastReaches = lastNode == null || reachesManagers(lastNode);
            }
            if (lastReaches) {
                batch.add(t);
                batchNodes.add(lastNode);
                it.remove();
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Task t = batch.get(i);
            Node node = batchNodes.get(i);
            if (node == null) {
                continue;
            }
            boolean alive = containersOn(node).containsKey(t.id());
            if (t.state().isTerminal()) {
                // Rejected by the managers while its container ran: the agent stops it.
                if (alive && t.desiredState().isTerminal()) {
                    own(node.id()).remove(t.id());
                }
                continue;
            }
            if (t.desiredState().isTerminal()) {
                starting.remove(t);
                if (alive) {
                    own(node.id()).remove(t.id());
                    state.setTaskStatus(t, TaskState.SHUTDOWN, "shutdown", "", now);
                } else if (t.state() == TaskState.RUNNING) {
                    // Its container died with the host (seen when a lost node's engine comes back).
                    state.containerLostWithHost(t, now);
                } else {
                    state.setTaskStatus(t, TaskState.SHUTDOWN, "shutdown", "", now);
                }
            } else if (t.state() == TaskState.RUNNING && !alive) {
                state.containerLostWithHost(t, now);
            } else if (t.state() != TaskState.RUNNING && alive) {
                // Started while cut off from the managers: reported now.
                state.setTaskStatus(t, TaskState.RUNNING, "started", "", now);
            } else if (t.desiredState() == TaskState.RUNNING && t.state() == TaskState.READY && starting.add(t)) {
                // Prepared while it waited for its restart delay or the task it replaces: it starts now.
                state.setTaskStatus(t, TaskState.STARTING, "starting", "", now);
                toStart.add(t);
            } else
                if (t.desiredState().compareTo(TaskState.RUNNING) <= 0 && t.state().compareTo(TaskState.ASSIGNED) >= 0
                        && t.state().compareTo(TaskState.READY) < 0 && starting.add(t)) {
                            // Also a task whose start a power cut interrupted: the restarted agent prepares it again.
                            if (t.state() == TaskState.ASSIGNED) {
                                state.setTaskStatus(t, TaskState.PREPARING, "preparing", "", now);
                            }
                            toStart.add(t);
                        }
        }
        return batch.size();
    }

    /**
     * The start-up delay passed: the container runs, if the task is still wanted and the node up. A task
     * desired Ready (a replacement waiting for its restart delay or for the task it replaces to stop) is
     * only prepared, as swarm's agent does: it reports Ready and starts once desired Running. Returns
     * whether the container now runs.
     */
    boolean started(Task t, long now) {
        starting.remove(t);
        Node node = t.nodeId() == null ? null : state.node(t.nodeId());
        if (node == null || !isPoweredOn(node) || t.desiredState().compareTo(TaskState.RUNNING) > 0
                || t.state() != TaskState.PREPARING && t.state() != TaskState.STARTING) {
            return false;
        }
        if (t.desiredState() != TaskState.RUNNING) {
            if (reachesManagers(node)) {
                state.setTaskStatus(t, TaskState.READY, "prepared", "", now);
            }
            return false;
        }
        if (t.spec().onHostNetwork() && t.networks().stream().anyMatch(a -> a.network().ingress())) {
            // The daemon cannot join a container in the host's namespace to ingress: the routing mesh needs its own.
            state.setTaskStatus(t, TaskState.REJECTED, "starting",
                    "container cannot be disconnected from host network or connected to host network", now);
            return false;
        }
        String id = containerId();
        own(node.id()).put(t.id(), id);
        state.setContainer(t, id);
        if (reachesManagers(node)) {
            state.setTaskStatus(t, TaskState.RUNNING, "started", "", now);
        }
        return true;
    }

    /** The container's command ended on its own: 0 completes the task, anything else fails it. */
    void exited(Task t, int exitCode, long now) {
        Node node = t.nodeId() == null ? null : state.node(t.nodeId());
        if (node != null && containersOn(node).containsKey(t.id()) && reachesManagers(node)) {
            own(node.id()).remove(t.id());
            if (exitCode == 0) {
                state.setTaskStatus(t, TaskState.COMPLETE, "finished", "", now);
            } else {
                state.setTaskStatus(t, TaskState.FAILED, "started", "task: non-zero exit (" + exitCode + ")", now);
            }
        }
    }

    private String containerId() {
        StringBuilder id = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            id.append(Character.forDigit(random.nextInt(16), 16));
        }
        return id.toString();
    }
}
