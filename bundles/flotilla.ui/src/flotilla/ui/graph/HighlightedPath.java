package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A path of elements, such as a request's way through the routing mesh, resolved against the graph as
 * drawn: the shapes showing them, in order (an element folded into a collapsed container counts as that
 * container, and repeats collapse), and the edges joining consecutive shapes in either direction. A hop
 * without an edge has no entry; the painter draws it as a dashed arrow.
 */
record HighlightedPath(List<GraphNode> nodes, Set<GraphEdge> edges) {

    static HighlightedPath of(GraphModel model, List<Object> elements) {
        List<GraphNode> path = new ArrayList<>();
        for (Object element : elements) {
            GraphNode node = model.shownNode(element);
            if (node != null && (path.isEmpty() || path.get(path.size() - 1) != node)) {
                path.add(node);
            }
        }
        Set<GraphEdge> pathEdges = new HashSet<>();
        if (path.size() > 1) {
            Map<Long, GraphEdge> byEnds = new HashMap<>();
            for (GraphEdge e : model.edges) {
                byEnds.put(key(e.source, e.target), e);
                byEnds.putIfAbsent(key(e.target, e.source), e);
            }
            for (int i = 1; i < path.size(); i++) {
                GraphEdge e = byEnds.get(key(path.get(i - 1), path.get(i)));
                if (e != null) {
                    pathEdges.add(e);
                }
            }
        }
        return new HighlightedPath(path, pathEdges);
    }

    private static long key(GraphNode from, GraphNode to) {
        return ((long) from.index << 32) | to.index;
    }
}
