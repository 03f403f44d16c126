package flotilla.ui.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import flotilla.engine.analysis.SingleNodeLosses;
import flotilla.engine.analysis.Verdict;
import flotilla.model.Constraint;
import flotilla.model.Label;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.NodeAvailability;
import flotilla.model.NodeRole;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.ui.emf.ItemProviderLabelProvider;
import flotilla.ui.graph.Chip;
import flotilla.ui.graph.IGraphLabelProvider;
import flotilla.ui.graph.ShapeKind;

/**
 * How the cluster looks. Nodes: hostname, then chips for role, availability (when not active), the
 * observed status (in simulated mode), each node label and each network on the node (green); the fill
 * tells the status at a glance. Services: name, image, mode, replicas and how many tasks wait. Networks:
 * name, driver and subnet. Tasks: SERVICE.SLOT, coloured by state. The Pending lane holds the tasks no
 * node can take, each with swarm's reason in its tooltip. Icons come from the model's item providers, as
 * in the tree.
 */
final class ClusterLabels extends LabelProvider implements IGraphLabelProvider {

    private final ItemProviderLabelProvider icons;
    private final Map<Node, String> nodeStatus;
    /** What losing each node does; colours the nodes while {@link #heatMap} is on. */
    private final Map<Node, SingleNodeLosses.Damage> damage;
    private final Map<Verdict, Color> heat;
    private boolean heatMap;
    private final Map<Node, List<String>> nodeNetworks;
    private final Map<Service, List<String>> pending;

    private final Color serviceFill;
    private final Color networkFill;
    private final Color nodeFill;
    private final Color pausedFill;
    private final Color drainedFill;
    private final Color downFill;
    private final Color runningFill;
    private final Color pendingFill;
    private final Color failedFill;
    private final Color labelChip;
    private final Color managerChip;
    private final Color warningChip;
    private final Color pinEdge;
    private final Color taskEdge;

    /**
     * {@code nodeStatus}: the observed status of each node by the page (empty in desired mode);
     * {@code nodeNetworks}: the networks on each node, desired or observed, kept by the page;
     * {@code pending}: each service's tasks no node could take, with swarm's reason.
     */
    ClusterLabels(AdapterFactory adapterFactory, Map<Node, String> nodeStatus, Map<Node, List<String>> nodeNetworks,
            Map<Service, List<String>> pending, Map<Node, SingleNodeLosses.Damage> damage) {
        this.icons = new ItemProviderLabelProvider(adapterFactory);
        this.nodeStatus = nodeStatus;
        this.nodeNetworks = nodeNetworks;
        this.pending = pending;
        this.damage = damage;
        Display display = Display.getCurrent();
        serviceFill = new Color(display, 226, 236, 252);
        networkFill = new Color(display, 226, 245, 232);
        nodeFill = new Color(display, 248, 248, 250);
        pausedFill = new Color(display, 255, 246, 214);
        drainedFill = new Color(display, 232, 232, 232);
        downFill = new Color(display, 252, 222, 222);
        runningFill = new Color(display, 214, 240, 218);
        pendingFill = new Color(display, 255, 240, 200);
        failedFill = new Color(display, 248, 204, 204);
        labelChip = new Color(display, 232, 226, 248);
        managerChip = new Color(display, 255, 226, 196);
        warningChip = new Color(display, 255, 214, 170);
        pinEdge = new Color(display, 170, 110, 40);
        taskEdge = new Color(display, 170, 178, 190);
        heat = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            heat.put(verdict, new Color(display, VerdictColors.rgb(verdict)));
        }
    }

    @Override
    public String getText(Object element) {
        return switch (element) {
        case Node node -> node.getHostname() == null ? "(no hostname)" : node.getHostname();
        case Service service -> service.qualifiedName() == null ? "(unnamed service)" : service.qualifiedName();
        case Network network -> network.qualifiedName() == null ? "(unnamed network)" : network.qualifiedName();
        case DiagramTask task -> task.name();
        case Placements.PendingTask task -> task.name();
        case ClusterContent.PendingLane lane -> "Pending";
        default -> String.valueOf(element);
        };
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof Node || element instanceof Service || element instanceof Network
                ? icons.getImage(element)
                : null;
    }

    @Override
    public List<Chip> getChips(Object element) {
        return switch (element) {
        case Node node -> nodeChips(node).stream().map(NodeChip::chip).toList();
        case Service service -> serviceChips(service);
        case Network network -> networkChips(network);
        case ClusterContent.PendingLane lane -> List.of(new Chip("no node can take these tasks", warningChip, null));
        default -> List.of();
        };
    }

    /** A node's chip, with the label it shows (null for role, availability and status chips). */
    record NodeChip(Chip chip, Label label) {
    }

    List<NodeChip> nodeChips(Node node) {
        List<NodeChip> chips = new ArrayList<>();
        chips.add(new NodeChip(
                new Chip(node.getRole().getLiteral(), node.getRole() == NodeRole.MANAGER ? managerChip : null, null),
                null));
        if (node.getAvailability() != NodeAvailability.ACTIVE) {
            chips.add(new NodeChip(new Chip(node.getAvailability().getLiteral(), warningChip, null), null));
        }
        String status = nodeStatus.get(node);
        if (status != null && !"ready".equals(status)) {
            chips.add(new NodeChip(new Chip(status, warningChip, null), null));
        }
        for (Label label : node.getLabels()) {
            chips.add(new NodeChip(new Chip(label.getKey() + "=" + label.getValue(), labelChip, null), label));
        }
        for (String network : nodeNetworks.getOrDefault(node, List.of())) {
            chips.add(new NodeChip(new Chip(network, networkFill, null), null));
        }
        return chips;
    }

    /** The networks the node has, as `docker network ls` on it would list swarm's. */
    private String networksLine(Node node) {
        List<String> networks = nodeNetworks.getOrDefault(node, List.of());
        return networks.isEmpty() ? "" : "\nnetworks: " + String.join(", ", networks);
    }

    /** The node label shown by the chip at {@code index}, or null. */
    Label labelAt(Node node, int index) {
        List<NodeChip> chips = nodeChips(node);
        return index >= 0 && index < chips.size() ? chips.get(index).label() : null;
    }

    private List<Chip> serviceChips(Service service) {
        List<Chip> chips = new ArrayList<>();
        if (service.getImage() != null && !service.getImage().isEmpty()) {
            chips.add(new Chip(service.getImage()));
        }
        chips.add(new Chip(switch (service.getMode()) {
        case REPLICATED, REPLICATED_JOB -> service.getMode().getLiteral() + " \u00d7" + service.getReplicas();
        default -> service.getMode().getLiteral();
        }));
        int waiting = pending.getOrDefault(service, List.of()).size();
        if (waiting > 0) {
            chips.add(new Chip(waiting + " pending", warningChip, null));
        }
        return chips;
    }

    private List<Chip> networkChips(Network network) {
        List<Chip> chips = new ArrayList<>();
        chips.add(new Chip(network.getDriver().getLiteral()));
        if (network.getSubnet() != null && !network.getSubnet().isEmpty()) {
            chips.add(new Chip(network.getSubnet()));
        }
        return chips;
    }

    @Override
    public Color getBackground(Object element) {
        return switch (element) {
        case Node node -> nodeFill(node);
        case Service service -> serviceFill;
        case Network network -> networkFill;
        case DiagramTask task -> task.isRunning()
                ? runningFill
                : "failed".equals(task.state()) || "rejected".equals(task.state()) ? failedFill : pendingFill;
        case Placements.PendingTask task -> pendingFill;
        case ClusterContent.PendingLane lane -> pausedFill;
        default -> null;
        };
    }

    /** With the heat map on, nodes are coloured by what losing each does; others keep their status colours. */
    void setHeatMap(boolean on) {
        heatMap = on;
    }

    private Color nodeFill(Node node) {
        SingleNodeLosses.Damage loss = damage.get(node);
        if (heatMap && loss != null) {
            return heat.get(loss.worst());
        }
        String status = nodeStatus.get(node);
        if (status != null && !"ready".equals(status)) {
            return downFill;
        }
        return switch (node.getAvailability()) {
        case PAUSE -> pausedFill;
        case DRAIN -> drainedFill;
        default -> nodeFill;
        };
    }

    @Override
    public ShapeKind getShape(Object element) {
        return switch (element) {
        case Network network -> ShapeKind.HEXAGON;
        case DiagramTask task -> ShapeKind.RECTANGLE;
        case Placements.PendingTask task -> ShapeKind.RECTANGLE;
        default -> ShapeKind.ROUNDED_RECTANGLE;
        };
    }

    @Override
    public String getToolTipText(Object element) {
        return switch (element) {
        case Node node -> node.getHostname() + " (" + node.getRole().getLiteral() + ", "
                + node.getAvailability().getLiteral() + ")" + networksLine(node) + lossLine(node)
                + "\nDrag a label chip onto a service to constrain it.";
        case Service service -> serviceTip(service);
        case Network network -> network.qualifiedName() + ": " + network.getDriver().getLiteral()
                + (network.getSubnet() == null ? "" : " " + network.getSubnet());
        case DiagramTask task -> task.name() + " on " + task.node().getHostname() + ": " + task.state();
        case Placements.PendingTask task -> task.name() + ": pending\n" + task.reason();
        case ClusterContent.PendingLane lane -> "Tasks swarm cannot place yet; point at one for its reason.";
        default -> null;
        };
    }

    /** What losing the node does, as the N-1 analysis found it. */
    private String lossLine(Node node) {
        SingleNodeLosses.Damage loss = damage.get(node);
        if (loss == null) {
            return "";
        }
        return loss.servicesHurt() == 0
                ? "\nlosing it: every service keeps all its replicas"
                : "\nlosing it: " + loss.servicesHurt() + (loss.servicesHurt() == 1 ? " service" : " services")
                        + " short, the worst " + loss.worst().label();
    }

    private String serviceTip(Service service) {
        StringBuilder tip = new StringBuilder(service.qualifiedName()).append('\n').append(service.getImage());
        for (String task : pending.getOrDefault(service, List.of())) {
            tip.append("\npending ").append(task);
        }
        for (Constraint constraint : service.getConstraints()) {
            tip.append("\nconstraint: ").append(constraint.getExpression());
        }
        if (service.getMode() != ServiceMode.GLOBAL) {
            tip.append("\nDrop it onto a node to pin it there.");
        }
        return tip.toString();
    }

    @Override
    public String getCollapsedText(Object element, int childCount) {
        if (element instanceof ClusterContent.PendingLane) {
            return childCount + " pending tasks";
        }
        if (!(element instanceof Node node)) {
            return IGraphLabelProvider.super.getCollapsedText(element, childCount);
        }
        Map<String, Integer> byState = new TreeMap<>();
        for (DiagramTask task : content == null ? List.<DiagramTask>of() : content.tasksOn(node)) {
            byState.merge(task.state(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder(childCount == 1 ? "1 task" : childCount + " tasks");
        String separator = ": ";
        for (Map.Entry<String, Integer> entry : byState.entrySet()) {
            text.append(separator).append(entry.getValue()).append(' ').append(entry.getKey());
            separator = ", ";
        }
        return text.toString();
    }

    /** Where collapsed nodes count their tasks by state. */
    private ClusterContent content;

    void setContent(ClusterContent content) {
        this.content = content;
    }

    @Override
    public Color getEdgeColor(Object edge) {
        return switch (edge) {
        case DiagramEdges.PinnedTo pinned -> pinEdge;
        case DiagramEdges.TaskOf taskOf -> taskEdge;
        case DiagramEdges.Waits waits -> pinEdge;
        default -> null;
        };
    }

    @Override
    public int getEdgeLineStyle(Object edge) {
        return edge instanceof DiagramEdges.PinnedTo
                ? SWT.LINE_DASH
                : edge instanceof DiagramEdges.TaskOf || edge instanceof DiagramEdges.Waits
                        ? SWT.LINE_DOT
                        : SWT.LINE_SOLID;
    }

    @Override
    public void dispose() {
        icons.dispose();
        for (Color color : new Color[]{serviceFill, networkFill, nodeFill, pausedFill, drainedFill, downFill,
                runningFill, pendingFill, failedFill, labelChip, managerChip, warningChip, pinEdge, taskEdge}) {
            color.dispose();
        }
        heat.values().forEach(Color::dispose);
        super.dispose();
    }
}
