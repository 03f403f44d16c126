package flotilla.ui.graph;

/**
 * The "connect by dragging" gesture: in connect mode ({@link GraphViewer#setConnectMode(boolean)}) the
 * user drags from one shape to another.
 */
public interface IConnectListener {

    /** Whether a connection from {@code source} to {@code target} would be accepted (drives the feedback). */
    default boolean canConnect(Object source, Object target) {
        return source != target;
    }

    /** The user released over {@code target}, and {@link #canConnect} agreed. */
    void connect(Object source, Object target);
}
