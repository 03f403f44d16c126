package flotilla.ui.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.constraint.ConstraintExpression;
import flotilla.model.constraint.ConstraintParser;
import flotilla.ui.graph.IGraphContentProvider;
import flotilla.ui.graph.IGraphRowProvider;

/**
 * The cluster as shapes: nodes are containers holding their tasks; services and networks stand on
 * their own (the implicit ingress and docker_gwbridge, on every node, are left out); the tasks no node
 * can take wait in a Pending lane. Edges: a service's network attachments, a service to the nodes its
 * constraints let it onto, a service to its tasks.
 * <p>
 * In rows, each sorted by name: services, then networks, then nodes, then the Pending lane. A node
 * keeps its place whatever runs on it, so a crash or a scale-up never reshuffles the cluster.
 */
final class ClusterContent implements IGraphContentProvider, IGraphRowProvider {

    /** The rows, top to bottom. */
    static final int SERVICES_ROW = 0;
    static final int NETWORKS_ROW = 1;
    static final int NODES_ROW = 2;
    static final int PENDING_ROW = 3;

    /** The lane holding the tasks no node can take; one per diagram. */
    record PendingLane() {
    }

    static final PendingLane PENDING_LANE = new PendingLane();

    /** Names as a person sorts them: any case, and worker2 before worker10 (digit runs by their value). */
    static final Comparator<String> BY_NAME = Comparator.nullsLast(ClusterContent::compareNames);

    private static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byValue = numberA.length() != numberB.length()
                        ? Integer.compare(numberA.length(), numberB.length())
                        : numberA.compareTo(numberB);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Above this many tasks the service-to-task edges are left out: they would be a hatching, not information. */
    static final int TASK_EDGE_LIMIT = 300;
    /** A constraint that lets a service onto more nodes than this is shown on the service, not as edges. */
    static final int PIN_EDGE_LIMIT = 6;

    private Map<Node, List<DiagramTask>> tasksByNode = Map.of();
    private List<DiagramTask> tasks = List.of();
    private List<Placements.PendingTask> pending = List.of();

    /** The tasks waiting for a node, with swarm's reason; drawn in the Pending lane. */
    void setPending(List<Placements.PendingTask> waiting) {
        pending = List.copyOf(waiting);
    }

    List<Placements.PendingTask> pending() {
        return pending;
    }

    void setTasks(List<DiagramTask> newTasks) {
        tasks = List.copyOf(newTasks);
        Map<Node, List<DiagramTask>> byNode = new HashMap<>();
        for (DiagramTask task : tasks) {
            byNode.computeIfAbsent(task.node(), node -> new ArrayList<>()).add(task);
        }
        tasksByNode = byNode;
    }

    List<DiagramTask> tasks() {
        return tasks;
    }

    List<DiagramTask> tasksOn(Node node) {
        return tasksByNode.getOrDefault(node, List.of());
    }

    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof Cluster cluster)) {
            return new Object[0];
        }
        List<Object> elements = new ArrayList<>();
        cluster.allServices().stream().sorted(Comparator.comparing(Service::qualifiedName, BY_NAME))
                .forEach(elements::add);
        cluster.allNetworks().stream().filter(network -> !network.isImplicit())
                .sorted(Comparator.comparing(Network::qualifiedName, BY_NAME)).forEach(elements::add);
        cluster.getNodes().stream().sorted(Comparator.comparing(Node::getHostname, BY_NAME)).forEach(elements::add);
        if (!pending.isEmpty()) {
            elements.add(PENDING_LANE);
        }
        return elements.toArray();
    }

    @Override
    public int getRow(Object element) {
        return switch (element) {
        case Service service -> SERVICES_ROW;
        case Network network -> NETWORKS_ROW;
        case Node node -> NODES_ROW;
        default -> PENDING_ROW;
        };
    }

    @Override
    public Object[] getChildren(Object element) {
        return switch (element) {
        case Node node -> tasksOn(node).toArray();
        case PendingLane lane -> pending.toArray();
        default -> new Object[0];
        };
    }

    @Override
    public Object[] getEdges(Object input) {
        if (!(input instanceof Cluster cluster)) {
            return new Object[0];
        }
        List<Object> edges = new ArrayList<>();
        for (Service service : cluster.allServices()) {
            for (NetworkAttachment attachment : service.getNetworks()) {
                if (attachment.getNetwork() != null) {
                    edges.add(attachment);
                }
            }
            for (Node node : pinnedNodes(cluster, service)) {
                edges.add(new DiagramEdges.PinnedTo(service, node));
            }
        }
        if (tasks.size() <= TASK_EDGE_LIMIT) {
            for (DiagramTask task : tasks) {
                edges.add(new DiagramEdges.TaskOf(task));
            }
        }
        for (Placements.PendingTask task : pending) {
            edges.add(new DiagramEdges.Waits(task));
        }
        return edges.toArray();
    }

    /** The nodes all the service's constraints hold on, when there are few of them; empty without constraints. */
    static List<Node> pinnedNodes(Cluster cluster, Service service) {
        List<ConstraintExpression> expressions = new ArrayList<>();
        for (Constraint constraint : service.getConstraints()) {
            ConstraintExpression parsed = ConstraintParser.parseOrNull(constraint.getExpression());
            if (parsed == null) {
                return List.of(); // a broken constraint is a problem to report, not a target to draw
            }
            expressions.add(parsed);
        }
        if (expressions.isEmpty()) {
            return List.of();
        }
        List<Node> nodes = new ArrayList<>();
        for (Node node : cluster.getNodes()) {
            if (expressions.stream().allMatch(expression -> expression.matches(node))) {
                nodes.add(node);
                if (nodes.size() > PIN_EDGE_LIMIT) {
                    return List.of();
                }
            }
        }
        return nodes;
    }

    @Override
    public Object getSource(Object edge) {
        return switch (edge) {
        case NetworkAttachment attachment -> attachment.eContainer();
        case DiagramEdges.PinnedTo pinned -> pinned.service();
        case DiagramEdges.TaskOf taskOf -> taskOf.task().service();
        case DiagramEdges.Waits waits -> waits.task().service();
        default -> null;
        };
    }

    @Override
    public Object getTarget(Object edge) {
        return switch (edge) {
        case NetworkAttachment attachment -> attachment.getNetwork();
        case DiagramEdges.PinnedTo pinned -> pinned.node();
        case DiagramEdges.TaskOf taskOf -> taskOf.task();
        case DiagramEdges.Waits waits -> waits.task();
        default -> null;
        };
    }
}
