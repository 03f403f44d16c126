package flotilla.ui.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.views.properties.IPropertySource;

import flotilla.engine.analysis.ResilienceAnalysis;
import flotilla.engine.analysis.Scenarios;
import flotilla.engine.analysis.SingleNodeLosses;
import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.model.ModelImporter;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import flotilla.model.Cluster;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.observed.ClusterState;
import flotilla.observed.NetworkInstance;

/**
 * Where tasks run, in the two states the diagram shows. <em>Desired</em>: what swarm would do with the
 * model, computed by the engine on a copy of the cluster (so the worker thread never reads the model
 * the user is editing). <em>Simulated</em>: what a running simulation observes.
 */
public final class Placements {

    private static final List<String> SWARM_NETWORKS = List.of(SwarmDefaults.INGRESS_NETWORK,
            SwarmDefaults.GWBRIDGE_NETWORK);
    /** Swarm's own networks first (ingress, docker_gwbridge), then the user's by name. */
    private static final Comparator<String> NETWORK_ORDER = Comparator
            .comparingInt((String name) -> SWARM_NETWORKS.contains(name)
                    ? SWARM_NETWORKS.indexOf(name)
                    : SWARM_NETWORKS.size())
            .thenComparing(Comparator.naturalOrder());

    /**
     * Models up to this many nodes get the N-1 analysis with every placement (the 50-node example's takes well under a
     * second); larger ones only in the Resilience view.
     */
    static final int ANALYSED_NODES = 100;
    /** The seed of the desired-state simulation: the same model always shows the same placement. */
    private static final long SEED = 1;

    private Placements() {
    }

    /**
     * A schedule computed off the UI thread: tasks by the index of their service in
     * {@link Cluster#allServices()} and of their node in {@link Cluster#getNodes()}, resolved against
     * the live model on the UI thread by {@link #resolve(Cluster)}.
     */
    public record Schedule(List<long[]> tasks, List<String> ids, List<String> states, List<List<String>> networks,
            List<Waiting> pending, SingleNodeLosses losses) {

        /** A task of the service at this index that no node could take, with swarm's reason. */
        public record Waiting(int service, String name, String reason) {
        }

        /** The pending tasks on the cluster's own services. */
        public List<PendingTask> resolvePending(Cluster cluster) {
            List<Service> services = cluster.allServices();
            return pending.stream().filter(waiting -> waiting.service() < services.size())
                    .map(waiting -> new PendingTask(services.get(waiting.service()), waiting.name(), waiting.reason()))
                    .toList();
        }

        /** The networks on each node of the cluster (by its index in the snapshot), as the engine keeps them. */
        public Map<Node, List<String>> resolveNetworks(Cluster cluster) {
            Map<Node, List<String>> result = new HashMap<>();
            List<Node> nodes = cluster.getNodes();
            for (int i = 0; i < networks.size() && i < nodes.size(); i++) {
                result.put(nodes.get(i), networks.get(i));
            }
            return result;
        }

        /** The tasks on the cluster's own objects; indices the model no longer has are skipped. */
        public List<DiagramTask> resolve(Cluster cluster) {
            List<Service> services = cluster.allServices();
            List<Node> nodes = cluster.getNodes();
            List<DiagramTask> result = new ArrayList<>(tasks.size());
            for (int i = 0; i < tasks.size(); i++) {
                long[] task = tasks.get(i);
                if (task[0] < services.size() && task[1] < nodes.size()) {
                    result.add(new DiagramTask(ids.get(i), services.get((int) task[0]), nodes.get((int) task[1]),
                            task[2], states.get(i)));
                }
            }
            return result;
        }
    }

    /** Copies the cluster so {@link #schedule(Cluster)} can run on another thread. Call on the UI thread. */
    public static Cluster snapshot(Cluster cluster) {
        return EcoreUtil.copy(cluster);
    }

    /** Runs the engine on a snapshot until it settles and reads back the live tasks that hold a node. */
    public static Schedule schedule(Cluster snapshot) {
        Simulator sim = new Simulator(SEED);
        // The diagram reads where the tasks ended up, not the log of their way there: 60,000 lines for 10,000 tasks.
        sim.log().recordTaskEvents(false);
        ModelImporter.start(sim, snapshot);
        Map<String, Integer> serviceIndex = new HashMap<>();
        List<Service> services = snapshot.allServices();
        for (int i = 0; i < services.size(); i++) {
            serviceIndex.putIfAbsent(services.get(i).qualifiedName(), i);
        }
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < snapshot.getNodes().size(); i++) {
            nodeIndex.putIfAbsent(snapshot.getNodes().get(i).getHostname(), i);
        }
        List<long[]> tasks = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> states = new ArrayList<>();
        List<Schedule.Waiting> pending = new ArrayList<>();
        for (Task task : sim.state().tasks()) {
            Integer pendingService = serviceIndex.get(task.serviceName());
            if (task.nodeId() == null && !task.desiredState().isTerminal() && pendingService != null) {
                // Swarm's own words for why, as `docker service ps` shows them in its ERROR column.
                pending.add(new Schedule.Waiting(pendingService, task.name(),
                        task.error().isEmpty() ? task.message() : task.error()));
            }
            if (task.nodeId() == null || task.desiredState().isTerminal()) {
                continue; // pending (no node) or on its way out: not where the service runs
            }
            var node = sim.state().node(task.nodeId());
            Integer service = serviceIndex.get(task.serviceName());
            Integer at = node == null ? null : nodeIndex.get(node.hostname());
            if (service != null && at != null) {
                tasks.add(new long[]{service, at, task.slot()});
                ids.add(task.id());
                states.add(stateName(task.state()));
            }
        }
        List<List<String>> networks = new ArrayList<>();
        Set<String> modelled = modelledNetworks(snapshot);
        Map<String, flotilla.engine.state.Node> engineNodes = new HashMap<>();
        for (var engineNode : sim.state().nodes()) {
            engineNodes.putIfAbsent(engineNode.hostname(), engineNode);
        }
        for (Node node : snapshot.getNodes()) {
            var engineNode = engineNodes.get(node.getHostname());
            networks.add(engineNode == null
                    ? List.of()
                    : sim.networks().networksOn(engineNode.id()).stream()
                            .filter(modelled::contains).sorted(NETWORK_ORDER).toList());
        }
        return new Schedule(tasks, ids, states, networks, pending, singleNodeLosses(sim));
    }

    /**
     * Every node lost on its own, replayed on forks of the settled swarm (the N-1 analysis), for the heat map and the
     * Problems view; null above {@link #ANALYSED_NODES} nodes, where the Resilience view does it on demand, and for a
     * swarm that never settles (a task restarting forever), which has no state to fork.
     */
    private static SingleNodeLosses singleNodeLosses(Simulator sim) {
        if (sim.state().nodes().size() > ANALYSED_NODES || sim.nextEventTime() >= 0) {
            return null;
        }
        try {
            return SingleNodeLosses.of(new ResilienceAnalysis(sim, Runtime.getRuntime().availableProcessors())
                    .run(Scenarios.nodeLosses(sim.state()), result -> {
                    }));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The networks each node has in a running simulation, from the engine's network instances: ingress and
     * docker_gwbridge from the join, an overlay once a task attached to it landed there.
     */
    public static Map<Node, List<String>> observedNetworks(ClusterState state) {
        Map<Node, List<String>> result = new HashMap<>();
        if (state == null) {
            return result;
        }
        for (NetworkInstance instance : state.getNetworkInstances()) {
            if (instance.getNode() != null && instance.getNetwork() != null) {
                result.computeIfAbsent(instance.getNode(), n -> new ArrayList<>())
                        .add(instance.getNetwork().qualifiedName());
            }
        }
        result.replaceAll((node, names) -> names.stream().distinct().sorted(NETWORK_ORDER).toList());
        return result;
    }

    /** The networks the model knows (its own and swarm's): not the engine's local bridge, host and none. */
    private static Set<String> modelledNetworks(Cluster cluster) {
        Set<String> names = new HashSet<>(SWARM_NETWORKS);
        cluster.allNetworks().forEach(network -> names.add(network.qualifiedName()));
        return names;
    }

    private static String stateName(TaskState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A task no node could take, and swarm's reason ("no suitable node (...)"), as `docker service ps` shows it. */
    public record PendingTask(Service service, String name, String reason) implements IAdaptable {
        public String line() {
            return name + ": " + reason;
        }

        /** Selected in the diagram, the Properties view shows its whole reason. */
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == IPropertySource.class ? adapter.cast(new PendingTaskProperties(this)) : null;
        }
    }

    /** The tasks of a running simulation that no node could take, each with swarm's reason. */
    public static List<PendingTask> observedPending(ClusterState state) {
        List<PendingTask> result = new ArrayList<>();
        if (state == null) {
            return result;
        }
        for (flotilla.observed.Task task : state.getTasks()) {
            String desired = task.getDesiredState() == null ? "running" : task.getDesiredState().getLiteral();
            if (task.getNode() == null && task.getService() != null && "running".equals(desired)) {
                String reason = task.getError() == null || task.getError().isEmpty() ? "pending" : task.getError();
                result.add(new PendingTask(task.getService(), task.getService().qualifiedName() + "." + task.getSlot(),
                        reason));
            }
        }
        return result;
    }

    /** The tasks a running simulation observes, those placed on a node and not finished. */
    public static List<DiagramTask> observed(ClusterState state) {
        List<DiagramTask> result = new ArrayList<>();
        if (state == null) {
            return result;
        }
        for (flotilla.observed.Task task : state.getTasks()) {
            if (task.getNode() == null || task.getService() == null) {
                continue;
            }
            String desired = task.getDesiredState() == null ? "running" : task.getDesiredState().getLiteral();
            if ("shutdown".equals(desired) || "remove".equals(desired)) {
                continue;
            }
            result.add(new DiagramTask(task.getId(), task.getService(), task.getNode(), task.getSlot(),
                    task.getCurrentState() == null ? "new" : task.getCurrentState().getLiteral()));
        }
        return result;
    }
}
