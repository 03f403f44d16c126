package flotilla.ui.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the user has selected, by element so it survives refreshes, in the order it was selected, and
 * the focused element that the arrow keys move from. Changes are made quietly; {@link #changed()} tells
 * the viewer once a gesture has finished changing it.
 */
final class GraphSelection {

    private final LinkedHashSet<Object> elements = new LinkedHashSet<>();
    private final Runnable onChange;
    private Object focus;

    /** {@code onChange} redraws and tells the viewer's selection listeners. */
    GraphSelection(Runnable onChange) {
        this.onChange = onChange;
    }

    List<Object> toList() {
        return new ArrayList<>(elements);
    }

    boolean contains(Object element) {
        return elements.contains(element);
    }

    boolean isEmpty() {
        return elements.isEmpty();
    }

    int size() {
        return elements.size();
    }

    Object focus() {
        return focus;
    }

    void setFocus(Object element) {
        focus = element;
    }

    void clear() {
        elements.clear();
    }

    void add(Object element) {
        elements.add(element);
    }

    /** Takes the element out if it is in, adds it otherwise (Ctrl-click). */
    void toggle(Object element) {
        if (!elements.remove(element)) {
            elements.add(element);
        }
    }

    /** Selects just this element and focuses it. */
    void only(Object element) {
        elements.clear();
        elements.add(element);
        focus = element;
    }

    /** Focuses the first selected element, or nothing. */
    void focusFirst() {
        focus = elements.isEmpty() ? null : elements.iterator().next();
    }

    /** Drops what a new layout no longer shows. */
    void retainShown(GraphModel model) {
        elements.retainAll(model.byElement.keySet());
        if (focus != null && !model.contains(focus)) {
            focus = null;
        }
    }

    /** The selected elements' shapes that a drag moves: those inside another selected shape move with it. */
    Set<GraphNode> movableNodes(GraphModel model) {
        Set<GraphNode> nodes = new LinkedHashSet<>();
        for (Object element : elements) {
            GraphNode node = model.node(element);
            if (node != null) {
                nodes.add(node);
            }
        }
        nodes.removeIf(node -> nodes.stream().anyMatch(other -> other.isAncestorOf(node)));
        return nodes;
    }

    /** Tells the viewer the selection changed. */
    void changed() {
        onChange.run();
    }
}
