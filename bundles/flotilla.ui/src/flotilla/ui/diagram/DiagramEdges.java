package flotilla.ui.diagram;

import flotilla.model.Node;
import flotilla.model.Service;

/**
 * The connections the diagram draws besides a service's network attachments (which are model elements
 * and serve as their own edges): a task to its service, and a service to a node its placement
 * constraints let it onto.
 */
final class DiagramEdges {

    private DiagramEdges() {
    }

    /** A task belongs to its service. */
    record TaskOf(DiagramTask task) {
    }

    /** A task of the service waits in the Pending lane. */
    record Waits(Placements.PendingTask task) {
    }

    /** Every placement constraint of the service holds on the node. */
    record PinnedTo(Service service, Node node) {
    }
}
