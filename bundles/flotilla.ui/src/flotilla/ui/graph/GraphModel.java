package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * A snapshot of what the viewer shows: the shown shapes (filters applied, big containers collapsed) and
 * the edges between them. Built on the UI thread from the providers at each refresh, laid out on a
 * worker, then only placed and drawn.
 */
final class GraphModel {

    final Object input;
    final List<GraphNode> roots = new ArrayList<>();
    /** Every shown node, parents before children. */
    final List<GraphNode> nodes = new ArrayList<>();
    final List<GraphEdge> edges = new ArrayList<>();
    final Map<Object, GraphNode> byElement = new HashMap<>();
    /** Elements hidden inside a collapsed container, with that container. */
    final Map<Object, GraphNode> folded = new HashMap<>();
    /** Laid out in rows ({@link IGraphRowProvider}) rather than by ELK. */
    boolean rowed;
    int width;
    int height;

    private GraphModel(Object input) {
        this.input = input;
    }

    GraphNode node(Object element) {
        return element == null ? null : byElement.get(element);
    }

    /** The node that shows {@code element}: its own, or the collapsed container it is folded into. */
    GraphNode shownNode(Object element) {
        GraphNode node = node(element);
        return node != null ? node : folded.get(element);
    }

    boolean contains(Object element) {
        return byElement.containsKey(element);
    }

    /** An empty model, shown before any input is set. */
    static GraphModel empty() {
        return new GraphModel(null);
    }

    /** Reads the providers into a new model and measures every node. */
    static GraphModel build(GraphViewer viewer, Object input, IGraphContentProvider content, ILabelProvider labels,
            ViewerFilter[] filters, int collapseThreshold, TextExtents extents) {
        GraphModel model = new GraphModel(input);
        if (input == null) {
            return model;
        }
        new Builder(viewer, model, content, labels, filters, collapseThreshold, extents).build();
        return model;
    }

    private static final class Builder {
        private final GraphViewer viewer;
        private final GraphModel model;
        private final IGraphContentProvider content;
        private final ILabelProvider labels;
        private final IGraphLabelProvider styles;
        private final ViewerFilter[] filters;
        private final int collapseThreshold;
        private final TextExtents extents;

        Builder(GraphViewer viewer, GraphModel model, IGraphContentProvider content, ILabelProvider labels,
                ViewerFilter[] filters, int collapseThreshold, TextExtents extents) {
            this.viewer = viewer;
            this.model = model;
            this.content = content;
            this.labels = labels;
            this.styles = labels instanceof IGraphLabelProvider graph ? graph : null;
            this.filters = filters;
            this.collapseThreshold = collapseThreshold;
            this.extents = extents;
        }

        void build() {
            IGraphRowProvider rows = content instanceof IGraphRowProvider r ? r : null;
            model.rowed = rows != null;
            for (Object element : shown(model.input, content.getElements(model.input))) {
                GraphNode root = add(element, null);
                root.row = rows == null ? 0 : rows.getRow(element);
                root.placedByUser = viewer.storedPosition(element) != null;
                model.roots.add(root);
            }
            addEdges();
        }

        private List<Object> shown(Object parent, Object[] elements) {
            List<Object> shown = new ArrayList<>(elements.length);
            for (Object element : elements) {
                if (element != null && !model.byElement.containsKey(element) && selected(parent, element)) {
                    shown.add(element);
                }
            }
            return shown;
        }

        private boolean selected(Object parent, Object element) {
            for (ViewerFilter filter : filters) {
                if (!filter.select(viewer, parent, element)) {
                    return false;
                }
            }
            return true;
        }

        private GraphNode add(Object element, GraphNode parent) {
            GraphNode node = new GraphNode(element, parent, model.nodes.size());
            model.nodes.add(node);
            model.byElement.put(element, node);
            List<Object> children = shown(element, content.getChildren(element));
            if (children.size() > collapseThreshold) {
                node.collapsedCount = children.size();
                node.collapsedText = styles != null
                        ? styles.getCollapsedText(element, children.size())
                        : children.size() + " items";
                fold(node, children);
            } else {
                for (Object child : children) {
                    node.children.add(add(child, node));
                }
            }
            readLabels(node);
            ShapeMetrics.measure(node, extents, node.isContainer());
            return node;
        }

        /** Remembers every element under a collapsed container, so edges to them can end at it. */
        private void fold(GraphNode container, List<Object> elements) {
            for (Object element : elements) {
                if (model.folded.putIfAbsent(element, container) == null) {
                    fold(container, shown(element, content.getChildren(element)));
                }
            }
        }

        private void readLabels(GraphNode node) {
            Object element = node.element;
            String text = labels != null ? labels.getText(element) : String.valueOf(element);
            node.text = text != null ? text : "";
            node.image = labels != null ? labels.getImage(element) : null;
            if (styles != null) {
                node.chips = List.copyOf(styles.getChips(element));
                node.background = styles.getBackground(element);
                node.foreground = styles.getForeground(element);
                ShapeKind shape = styles.getShape(element);
                node.shape = shape != null ? shape : ShapeKind.ROUNDED_RECTANGLE;
            }
            if (node.isContainer() || node.collapsedText != null) {
                // Containers hold boxes: only a rectangle frames them without wasting the corners.
                node.shape = node.shape == ShapeKind.RECTANGLE ? ShapeKind.RECTANGLE : ShapeKind.ROUNDED_RECTANGLE;
            }
        }

        private void addEdges() {
            Set<Long> folded = new HashSet<>();
            for (Object element : content.getEdges(model.input)) {
                GraphNode source = model.shownNode(content.getSource(element));
                GraphNode target = model.shownNode(content.getTarget(element));
                if (source == null || target == null || source == target) {
                    continue;
                }
                boolean redirected = source.element != content.getSource(element)
                        || target.element != content.getTarget(element);
                if (redirected && !folded.add(((long) source.index << 32) | target.index)) {
                    continue; // one drawn edge stands for all edges folded between the same two shapes
                }
                GraphEdge edge = new GraphEdge(element, source, target, model.edges.size());
                if (styles != null) {
                    edge.color = styles.getEdgeColor(element);
                    edge.lineStyle = styles.getEdgeLineStyle(element);
                }
                model.edges.add(edge);
            }
        }
    }
}
