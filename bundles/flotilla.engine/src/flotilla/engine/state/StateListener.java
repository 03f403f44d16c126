package flotilla.engine.state;

/**
 * Told about every change to tasks and nodes. {@code taskChanging} comes before a mutation and
 * {@code taskChanged} after it, so a listener can take the old contribution out and put the new one in.
 */
public interface StateListener {
    default void nodeAdded(Node node) {
    }

    default void nodeChanged(Node node) {
    }

    default void nodeRemoved(Node node) {
    }

    default void taskChanging(Task task) {
    }

    default void taskChanged(Task task) {
    }

    default void taskRemoved(Task task) {
    }
}
