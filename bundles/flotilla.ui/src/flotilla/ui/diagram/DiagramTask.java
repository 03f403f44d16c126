package flotilla.ui.diagram;

import flotilla.model.Node;
import flotilla.model.Service;

/**
 * A task as the diagram draws it, whether the engine computed it from the desired state or a running
 * simulation observed it: which service's slot runs on which node, and in what state ("running",
 * "pending"...). Tasks are not part of the model the user edits; they are recomputed after each change.
 */
public record DiagramTask(String id, Service service, Node node, long slot, String state) {

    /** The name {@code docker service ps} shows: SERVICE.SLOT. */
    public String name() {
        return service.qualifiedName() + "." + slot;
    }

    public boolean isRunning() {
        return "running".equals(state);
    }
}
