package flotilla.ui.graph;

import org.eclipse.jface.viewers.IStructuredContentProvider;

/**
 * Gives a {@link GraphViewer} its shapes and connections, in the JFace manner: the viewer asks, the
 * provider answers with the caller's own domain objects.
 * <p>
 * {@link #getElements(Object)} answers the top-level shapes of the input. A shape with children is a
 * compound shape (a container drawn around them). Edges are domain objects too; each names its two
 * ends. An edge whose end is not shown (filtered out, or inside a collapsed container) is drawn to the
 * nearest shown ancestor of that end, or not at all.
 */
public interface IGraphContentProvider extends IStructuredContentProvider {

    /** The shapes drawn inside {@code element}; empty for a plain shape. */
    default Object[] getChildren(Object element) {
        return new Object[0];
    }

    /** Every connection of the input, between any two shapes at any depth. */
    Object[] getEdges(Object input);

    /** The shape an edge starts at. */
    Object getSource(Object edge);

    /** The shape an edge ends at. */
    Object getTarget(Object edge);
}
