package flotilla.ui.diagram;

import flotilla.model.Node;
import flotilla.model.Service;

/**
 * A task as the diagram draws it, whether the engine computed it from the desired state or a running
 * simulation observed it: which service's slot runs on which node, and in what state ("running",
 * "pending"...). Tasks are not part of the model the user edits; they are recomputed after each change.
 */
public record DiagramTask(String id, Service service, Node node, long slot, String state) {

    /**
     * SERVICE.SLOT as {@code docker service ps} shows it; a global service's task has no slot (swarm
     * names it after the node id, which means nothing here), so it is just the service's name.
     */
    public String name() {
        return slot == 0 ? service.qualifiedName() : service.qualifiedName() + "." + slot;
    }

    public boolean isRunning() {
        return "running".equals(state);
    }
}
