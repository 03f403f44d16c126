package flotilla.engine.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import flotilla.engine.state.ClusterView;
import flotilla.engine.state.Node;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;

/** The scenarios of each kind for a settled swarm: derived from its nodes, labels, managers and services. */
public final class Scenarios {

    private Scenarios() {
    }

    /** N-1: each node lost on its own. */
    public static List<Scenario> nodeLosses(ClusterView state) {
        return hostnames(state.nodes()).stream()
                .map(hostname -> Scenario.loss(Scenario.Kind.NODE, "node " + hostname, List.of(hostname))).toList();
    }

    /**
     * Each value of a node label lost at once (a zone, a rack): {@code key} as in a constraint
     * ({@code node.labels.zone}) or the bare label name. Nodes without the label are in no group.
     */
    public static List<Scenario> labelLosses(ClusterView state, String key) {
        String label = key.startsWith("node.labels.") ? key.substring("node.labels.".length()) : key;
        Map<String, List<Node>> byValue = new TreeMap<>();
        for (Node node : state.nodes()) {
            String value = node.labels().get(label);
            if (value != null) {
                byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(node);
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        byValue.forEach((value, nodes) -> scenarios.add(Scenario.loss(Scenario.Kind.ZONE,
                "node.labels." + label + "=" + value, hostnames(nodes))));
        return scenarios;
    }

    /** {@code runs} draws of {@code k} distinct nodes lost together, repeatable for a seed. */
    public static List<Scenario> randomLosses(ClusterView state, int k, int runs, long seed) {
        List<String> all = hostnames(state.nodes());
        if (k < 1 || k > all.size()) {
            throw new IllegalArgumentException("--random takes 1 to " + all.size() + " nodes, not " + k);
        }
        Random random = new Random(seed);
        List<Scenario> scenarios = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            List<String> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            List<String> lost = shuffled.subList(0, k).stream().sorted().toList();
            scenarios.add(Scenario.loss(Scenario.Kind.RANDOM, "random " + run + ": " + String.join(",", lost), lost));
        }
        return scenarios;
    }

    /**
     * 1, 2, ... all managers lost, the leader first (the worst case: an election on top of the loss), then the
     * others by hostname.
     */
    public static List<Scenario> managerLosses(ClusterView state) {
        List<Node> managers = state.nodes().stream().filter(node -> node.role() == Role.MANAGER)
                .sorted(Comparator.comparing((Node node) -> !node.isLeader()).thenComparing(Node::hostname)).toList();
        List<Scenario> scenarios = new ArrayList<>();
        for (int lost = 1; lost <= managers.size(); lost++) {
            List<String> hostnames = hostnames(managers.subList(0, lost));
            scenarios.add(Scenario.loss(Scenario.Kind.MANAGER,
                    lost + " of " + managers.size() + " managers: " + String.join(",", hostnames), hostnames));
        }
        return scenarios;
    }

    /** Maintenance: each node drained on its own. */
    public static List<Scenario> drains(ClusterView state) {
        return hostnames(state.nodes()).stream().map(Scenario::drain).toList();
    }

    /** A forced rolling update of each long-running service, with its own update config. */
    public static List<Scenario> updates(ClusterView state) {
        return state.services().stream().filter(service -> !service.spec().mode().isJob())
                .map(Service::spec).map(spec -> spec.name()).sorted().map(Scenario::update).toList();
    }

    private static List<String> hostnames(java.util.Collection<Node> nodes) {
        return nodes.stream().map(Node::hostname).sorted().toList();
    }
}
