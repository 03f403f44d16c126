package flotilla.ui.diagram;

import java.util.ArrayList;
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

/**
 * The cluster as shapes: nodes are containers holding their tasks; services and networks stand on
 * their own (the implicit ingress and docker_gwbridge, on every node, are left out). Edges: a service's
 * network attachments, a service to the nodes its constraints let it onto, a service to its tasks.
 * Every edge leaves a service, so the layered layout puts services on top, networks and nodes below.
 */
final class ClusterContent implements IGraphContentProvider {

    /** Above this many tasks the service-to-task edges are left out: they would be a hatching, not information. */
    static final int TASK_EDGE_LIMIT = 300;
    /** A constraint that lets a service onto more nodes than this is shown on the service, not as edges. */
    static final int PIN_EDGE_LIMIT = 6;

    private Map<Node, List<DiagramTask>> tasksByNode = Map.of();
    private List<DiagramTask> tasks = List.of();

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
        List<Object> elements = new ArrayList<>(cluster.allServices());
        for (Network network : cluster.allNetworks()) {
            if (!network.isImplicit()) {
                elements.add(network);
            }
        }
        elements.addAll(cluster.getNodes());
        return elements.toArray();
    }

    @Override
    public Object[] getChildren(Object element) {
        return element instanceof Node node ? tasksOn(node).toArray() : new Object[0];
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
        default -> null;
        };
    }

    @Override
    public Object getTarget(Object edge) {
        return switch (edge) {
        case NetworkAttachment attachment -> attachment.getNetwork();
        case DiagramEdges.PinnedTo pinned -> pinned.node();
        case DiagramEdges.TaskOf taskOf -> taskOf.task();
        default -> null;
        };
    }
}
