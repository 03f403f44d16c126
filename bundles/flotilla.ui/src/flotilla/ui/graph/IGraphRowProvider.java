package flotilla.ui.graph;

/**
 * A content provider that wants its top-level shapes in fixed rows instead of a layered layout: each
 * row holds its shapes in the order {@link IGraphContentProvider#getElements(Object)} gives them,
 * wrapped at the width of the view, and rows stack in increasing order. A shape then keeps its row and
 * its place in it whatever the edges do, so adding an edge or a child never reshuffles the diagram.
 * Container interiors are packed as grids; edges are drawn straight.
 */
public interface IGraphRowProvider {

    /** The row of a top-level element; rows are drawn top to bottom in increasing order. */
    int getRow(Object element);
}
