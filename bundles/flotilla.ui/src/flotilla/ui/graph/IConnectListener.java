package flotilla.ui.graph;

/**
 * The "connect by dragging" gesture: in connect mode ({@link GraphViewer#setConnectMode(boolean)}) the
 * user drags from one shape to another.
 */
public interface IConnectListener {

    /** Whether this connection would be accepted (drives the feedback while dragging). */
    default boolean canConnect(ConnectEvent event) {
        return event.source() != event.target();
    }

    /** The user released over the target, and {@link #canConnect} agreed. */
    void connect(ConnectEvent event);
}
