package flotilla.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Node;
import flotilla.model.NodeAvailability;
import flotilla.model.Service;
import flotilla.model.constraint.ConstraintExpression;
import flotilla.model.constraint.ConstraintParser;

/** What the rules need to know about the cluster around an element. */
final class Clusters {
    private Clusters() {
    }

    static Cluster of(EObject element) {
        for (EObject container = element; container != null; container = container.eContainer()) {
            if (container instanceof Cluster cluster) {
                return cluster;
            }
        }
        return null;
    }

    /** The service's constraints, parsed; null when one of them does not parse (another rule reports that). */
    static List<ConstraintExpression> constraints(Service service) {
        List<ConstraintExpression> parsed = service.getConstraints().stream()
                .map(Constraint::getExpression)
                .map(ConstraintParser::parseOrNull)
                .toList();
        return parsed.contains(null) ? null : parsed;
    }

    /** Active nodes satisfying all the service's constraints (none when a constraint does not parse). */
    static List<Node> eligibleNodes(Service service) {
        Cluster cluster = of(service);
        List<ConstraintExpression> constraints = constraints(service);
        if (cluster == null || constraints == null) {
            return List.of();
        }
        return cluster.getNodes().stream()
                .filter(node -> node.getAvailability() == NodeAvailability.ACTIVE)
                .filter(node -> constraints.stream().allMatch(constraint -> constraint.matches(node)))
                .toList();
    }
}
