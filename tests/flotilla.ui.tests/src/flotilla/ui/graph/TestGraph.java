package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Color;

/**
 * A small in-memory graph for the viewer's tests and benchmark: shapes named by strings, containers by
 * their children, edges as source/target pairs. Swarm-like generators build clusters of the sizes the
 * diagram must handle.
 */
final class TestGraph {

    record Edge(String source, String target) {
    }

    final List<String> roots = new ArrayList<>();
    final Map<String, List<String>> children = new LinkedHashMap<>();
    final List<Edge> edges = new ArrayList<>();
    final Map<String, List<Chip>> chips = new LinkedHashMap<>();

    TestGraph node(String name) {
        roots.add(name);
        return this;
    }

    TestGraph child(String parent, String name) {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(name);
        return this;
    }

    TestGraph edge(String source, String target) {
        edges.add(new Edge(source, target));
        return this;
    }

    TestGraph chips(String name, String... texts) {
        chips.put(name, List.of(texts).stream().map(Chip::new).toList());
        return this;
    }

    /**
     * A swarm-like cluster: {@code nodes} machines each holding {@code tasksPerNode} tasks, the tasks
     * spread over {@code services} services, and the services attached to {@code networks} networks.
     */
    static TestGraph cluster(int nodes, int tasksPerNode, int services, int networks) {
        TestGraph graph = new TestGraph();
        for (int n = 0; n < networks; n++) {
            graph.node("net-" + n);
        }
        for (int s = 0; s < services; s++) {
            graph.node("svc-" + s);
            graph.edge("svc-" + s, "net-" + (s % networks));
        }
        int task = 0;
        for (int n = 0; n < nodes; n++) {
            String node = "node-" + n;
            graph.node(node);
            graph.chips(node, n % 3 == 0 ? "manager" : "worker", "zone=" + (char) ('a' + n % 4));
            for (int t = 0; t < tasksPerNode; t++) {
                String name = "svc-" + (task % services) + "." + (task / services + 1);
                graph.child(node, name);
                graph.edge(name, "svc-" + (task % services));
                task++;
            }
        }
        return graph;
    }

    final class Content implements IGraphContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return roots.toArray();
        }

        @Override
        public Object[] getChildren(Object element) {
            return children.getOrDefault(element, List.of()).toArray();
        }

        @Override
        public Object[] getEdges(Object input) {
            return edges.toArray();
        }

        @Override
        public Object getSource(Object edge) {
            return ((Edge) edge).source();
        }

        @Override
        public Object getTarget(Object edge) {
            return ((Edge) edge).target();
        }
    }

    /** Names as titles; networks as hexagons, services as ellipses, each kind its own fill. */
    final class Labels extends LabelProvider implements IGraphLabelProvider {
        final Color network = new Color(255, 244, 214);
        final Color service = new Color(222, 240, 255);

        @Override
        public String getText(Object element) {
            return element.toString();
        }

        @Override
        public Color getBackground(Object element) {
            String name = element.toString();
            return name.startsWith("net-") ? network : name.startsWith("svc-") && !name.contains(".") ? service : null;
        }

        @Override
        public ShapeKind getShape(Object element) {
            String name = element.toString();
            if (name.startsWith("net-")) {
                return ShapeKind.HEXAGON;
            }
            return name.startsWith("svc-") && !name.contains(".") ? ShapeKind.ELLIPSE : ShapeKind.ROUNDED_RECTANGLE;
        }

        @Override
        public List<Chip> getChips(Object element) {
            return chips.getOrDefault(element, List.of());
        }

        @Override
        public String getToolTipText(Object element) {
            return "tip:" + element;
        }

        @Override
        public String getCollapsedText(Object element, int childCount) {
            return childCount + " tasks";
        }

        /** Tells the viewer these elements' labels changed, as a real provider does. */
        void changed(Object... elements) {
            fireLabelProviderChanged(new org.eclipse.jface.viewers.LabelProviderChangedEvent(this, elements));
        }
    }
}
