package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a {@link GraphModel} with ELK's layered algorithm. The exporter turns the viewer's nodes into
 * an ELK graph (containers as compound nodes, laid out together with their children through
 * {@code INCLUDE_CHILDREN}); the importer reads positions and edge routes back into a
 * {@link LayoutResult}. The ELK graph never leaves this class.
 * <p>
 * Layered layout across hierarchy levels grows faster than linearly; past {@link #PACKING_THRESHOLD}
 * shapes the interiors of containers that hold only plain shapes are packed as grids here, and ELK lays
 * out only the level above, with those containers as fixed-size boxes. Edges into packed containers are
 * then drawn straight.
 */
final class ElkGraphLayout {

    /** Shapes above which container interiors are packed rather than laid out by ELK (measured). */
    static final int PACKING_THRESHOLD = 1500;
    static final double NODE_SPACING = 24;
    static final double LAYER_SPACING = 48;
    static final double EDGE_SPACING = 12;
    static final int MARGIN = 20;

    /** The edge direction and routing the viewer asks for, and the width of its view (for rows). */
    record Options(Direction direction, boolean orthogonal, int packingThreshold, int viewWidth) {
    }

    static {
        // In OSGi ELK's service-loader lookup finds no algorithms: register layered explicitly.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final GraphModel model;
    private final Options options;
    private final LayoutResult result;
    private final ElkNode[] elkNodes;
    private final boolean[] packedInterior;
    private boolean compounds;

    private ElkGraphLayout(GraphModel model, Options options) {
        this.model = model;
        this.options = options;
        this.result = new LayoutResult(model);
        this.elkNodes = new ElkNode[model.nodes.size()];
        this.packedInterior = new boolean[model.nodes.size()];
        result.packedInterior = packedInterior;
    }

    /**
     * Lays out a tiny compound graph once, so the first real layout does not also pay for loading and
     * compiling ELK's classes (most of a second on our machines).
     */
    static void warmUp() {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        ElkNode container = ElkGraphUtil.createNode(root);
        ElkNode inside = ElkGraphUtil.createNode(container);
        inside.setDimensions(60, 30);
        ElkNode outside = ElkGraphUtil.createNode(root);
        outside.setDimensions(60, 30);
        ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(inside, outside));
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }

    /** Lays out {@code model}; safe on any thread, as long as nobody changes the model meanwhile. */
    static LayoutResult layout(GraphModel model, Options options) {
        return new ElkGraphLayout(model, options).run();
    }

    private LayoutResult run() {
        if (model.nodes.isEmpty()) {
            return result;
        }
        boolean pack = model.nodes.size() > options.packingThreshold();
        result.packed = pack;
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, new ElkPadding(MARGIN));
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        for (GraphNode node : model.roots) {
            export(node, root, pack);
        }
        // Across hierarchy levels when containers remain for ELK; otherwise one flat level, which also
        // lets ELK pack unconnected parts into a block instead of one endless row.
        root.setProperty(CoreOptions.HIERARCHY_HANDLING,
                compounds ? HierarchyHandling.INCLUDE_CHILDREN : HierarchyHandling.SEPARATE_CHILDREN);
        Map<ElkEdge, List<GraphEdge>> routed = exportEdges();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        for (GraphNode node : model.roots) {
            importNode(node);
        }
        for (Map.Entry<ElkEdge, List<GraphEdge>> entry : routed.entrySet()) {
            int[] route = route(entry.getKey());
            for (GraphEdge edge : entry.getValue()) {
                result.routes[edge.index] = route;
            }
        }
        result.width = (int) Math.ceil(root.getWidth());
        result.height = (int) Math.ceil(root.getHeight());
        return result;
    }

    private void configure(ElkNode graph, ElkPadding padding) {
        graph.setProperty(CoreOptions.DIRECTION, options.direction());
        graph.setProperty(CoreOptions.EDGE_ROUTING,
                options.orthogonal() ? EdgeRouting.ORTHOGONAL : EdgeRouting.POLYLINE);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        graph.setProperty(CoreOptions.SPACING_EDGE_NODE, EDGE_SPACING);
        graph.setProperty(CoreOptions.SPACING_EDGE_EDGE, EDGE_SPACING);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, EDGE_SPACING);
        graph.setProperty(CoreOptions.PADDING, padding);
    }

    private void export(GraphNode node, ElkNode parent, boolean pack) {
        ElkNode elk = ElkGraphUtil.createNode(parent);
        elkNodes[node.index] = elk;
        elk.setDimensions(node.minWidth, node.minHeight);
        if (!node.isContainer()) {
            return;
        }
        boolean onlyLeaves = node.children.stream().noneMatch(GraphNode::isContainer);
        if (pack && onlyLeaves) {
            packedInterior[node.index] = true;
            int[] size = pack(node);
            elk.setDimensions(size[0], size[1]);
            return;
        }
        compounds = true;
        configure(elk, new ElkPadding(node.headerHeight + ShapeMetrics.PADDING, ShapeMetrics.INSET,
                ShapeMetrics.INSET, ShapeMetrics.INSET));
        // The container must stay wide enough for its title even when its children are narrow.
        elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.minWidth, node.minHeight));
        for (GraphNode child : node.children) {
            export(child, elk, pack);
        }
    }

    /** Packs a container's plain children as a grid about as wide as it is tall. */
    private int[] pack(GraphNode container) {
        return GridPacking.pack(container, GridPacking.squareish(container),
                child -> new int[]{child.minWidth, child.minHeight}, this::setBounds);
    }

    /** Creates one ELK edge per edge between laid-out shapes; returns those whose route ELK computes. */
    private Map<ElkEdge, List<GraphEdge>> exportEdges() {
        Map<ElkEdge, List<GraphEdge>> routed = new HashMap<>();
        Map<Long, ElkEdge> between = new HashMap<>();
        for (GraphEdge edge : model.edges) {
            GraphNode source = laidOut(edge.source);
            GraphNode target = laidOut(edge.target);
            if (source != edge.source || target != edge.target) {
                // Into a packed container: as layered edges these thousands of edges made the layout
                // forty times slower (see the benchmark); drawn straight once the shapes are placed.
                continue;
            }
            if (source == target || source.isAncestorOf(target) || target.isAncestorOf(source)) {
                continue; // drawn straight once the shapes are placed
            }
            long key = ((long) source.index << 32) | target.index;
            ElkEdge elk = between.get(key);
            if (elk == null) {
                elk = ElkGraphUtil.createSimpleEdge(elkNodes[source.index], elkNodes[target.index]);
                ElkGraphUtil.updateContainment(elk);
                between.put(key, elk);
            }
            if (source == edge.source && target == edge.target) {
                routed.computeIfAbsent(elk, e -> new ArrayList<>()).add(edge);
            }
        }
        return routed;
    }

    /** The node ELK places for {@code node}: itself, or the packed container it sits in. */
    private GraphNode laidOut(GraphNode node) {
        return node.parent != null && packedInterior[node.parent.index] ? node.parent : node;
    }

    private void importNode(GraphNode node) {
        ElkNode elk = elkNodes[node.index];
        int x = (int) Math.round(elk.getX());
        int y = (int) Math.round(elk.getY());
        int width = (int) Math.ceil(elk.getWidth());
        int height = (int) Math.ceil(elk.getHeight());
        setBounds(node, x, y, width, height);
        if (!packedInterior[node.index]) {
            for (GraphNode child : node.children) {
                importNode(child);
            }
        }
    }

    private void setBounds(GraphNode node, int x, int y, int width, int height) {
        int at = 4 * node.index;
        result.bounds[at] = x;
        result.bounds[at + 1] = y;
        result.bounds[at + 2] = width;
        result.bounds[at + 3] = height;
    }

    /** An edge's route in absolute coordinates: ELK gives it relative to the edge's containing node. */
    private static int[] route(ElkEdge edge) {
        List<ElkEdgeSection> sections = edge.getSections();
        if (sections.isEmpty()) {
            return null;
        }
        double offsetX = 0;
        double offsetY = 0;
        for (ElkNode container = edge.getContainingNode(); container != null
                && container.getParent() != null; container = container.getParent()) {
            offsetX += container.getX();
            offsetY += container.getY();
        }
        ElkEdgeSection section = sections.get(0);
        List<ElkBendPoint> bends = section.getBendPoints();
        int[] points = new int[4 + 2 * bends.size()];
        int i = 0;
        points[i++] = (int) Math.round(section.getStartX() + offsetX);
        points[i++] = (int) Math.round(section.getStartY() + offsetY);
        for (ElkBendPoint bend : bends) {
            points[i++] = (int) Math.round(bend.getX() + offsetX);
            points[i++] = (int) Math.round(bend.getY() + offsetY);
        }
        points[i++] = (int) Math.round(section.getEndX() + offsetX);
        points[i] = (int) Math.round(section.getEndY() + offsetY);
        return points;
    }
}
