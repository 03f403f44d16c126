package flotilla.ui.graph;

/**
 * A connect drag from one shape to another: the shapes' elements, and the chip of the source the drag
 * started on ({@code null} when it started elsewhere on the shape).
 */
public record ConnectEvent(GraphViewer viewer, Object source, Object target, ShapeChip chip) {
}
