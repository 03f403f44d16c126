package flotilla.model.validation;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Node;
import flotilla.model.PlacementPreference;
import flotilla.model.Resources;
import flotilla.model.Service;
import flotilla.model.constraint.ConstraintExpression;
import flotilla.model.constraint.ConstraintKey;
import flotilla.model.constraint.ConstraintParser;
import flotilla.model.constraint.ConstraintSyntaxException;
import flotilla.model.text.Quantities;

/** Where a service's tasks can go: constraints, preferences and reservations against the modelled nodes. */
public final class PlacementRules {
    private PlacementRules() {
    }

    /**
     * An error only where swarm rejects the text (its grammar, from {@link ConstraintParser}); warnings where swarm
     * accepts a constraint that can never hold, or that no modelled node satisfies.
     */
    public static boolean constraintWellFormed(Constraint constraint, DiagnosticChain diagnostics) {
        ConstraintExpression expression;
        try {
            expression = ConstraintParser.parse(constraint.getExpression());
        } catch (ConstraintSyntaxException exception) {
            return Rule.CONSTRAINT_WELL_FORMED.report(diagnostics, Diagnostic.ERROR, constraint,
                    exception.getMessage());
        }
        String never = expression.neverMatchesBecause();
        if (never != null) {
            return Rule.CONSTRAINT_CAN_MATCH.report(diagnostics, Diagnostic.WARNING, constraint, never);
        }
        Cluster cluster = Clusters.of(constraint);
        if (cluster != null && !cluster.getNodes().isEmpty()
                && cluster.getNodes().stream().noneMatch(expression::matches)) {
            return Rule.CONSTRAINT_CAN_MATCH.report(diagnostics, Diagnostic.WARNING, constraint,
                    "no node in the model satisfies " + expression);
        }
        return true;
    }

    /** Swarm spreads on labels only and ignores any other descriptor, so anything else is a warning. */
    public static boolean spreadsOnLabel(PlacementPreference preference, DiagnosticChain diagnostics) {
        String spread = preference.getSpread() == null ? "" : preference.getSpread().trim();
        if (ConstraintKey.ofSpread(spread) != null) {
            return true;
        }
        return Rule.SPREADS_ON_LABEL.report(diagnostics, Diagnostic.WARNING, preference,
                "spreads on '" + spread
                        + "', which swarm ignores; a preference spreads on a label: node.labels.NAME or engine.labels.NAME");
    }

    /** Nodes whose capacity is not modelled (no resources, or zero) are taken to fit. */
    public static boolean reservationsFitSomeNode(Service service, DiagnosticChain diagnostics) {
        Resources reservations = service.getReservations();
        Cluster cluster = Clusters.of(service);
        if (reservations == null || cluster == null || cluster.getNodes().isEmpty()) {
            return true;
        }
        for (Node node : cluster.getNodes()) {
            Resources capacity = node.getResources();
            if (capacity == null || fits(reservations.getNanoCPUs(), capacity.getNanoCPUs())
                    && fits(reservations.getMemoryBytes(), capacity.getMemoryBytes())) {
                return true;
            }
        }
        return Rule.RESERVATIONS_FIT_SOME_NODE.report(diagnostics, Diagnostic.ERROR, service,
                "reserves " + Quantities.resources(reservations)
                        + ", more than any node offers: its tasks would stay pending");
    }

    private static boolean fits(long reserved, long offered) {
        return offered == 0 || reserved <= offered;
    }

    public static boolean constraintsMatchSomeNode(Service service, DiagnosticChain diagnostics) {
        Cluster cluster = Clusters.of(service);
        List<ConstraintExpression> constraints = Clusters.constraints(service);
        if (cluster == null || cluster.getNodes().isEmpty() || constraints == null || constraints.isEmpty()) {
            return true;
        }
        boolean satisfiable = cluster.getNodes().stream()
                .anyMatch(node -> constraints.stream().allMatch(constraint -> constraint.matches(node)));
        boolean explainedByOne = constraints.stream()
                .anyMatch(constraint -> cluster.getNodes().stream().noneMatch(constraint::matches));
        // A constraint no node satisfies on its own is reported on that constraint (constraintWellFormed).
        if (satisfiable || explainedByOne) {
            return true;
        }
        return Rule.CONSTRAINTS_MATCH_SOME_NODE.report(diagnostics, Diagnostic.WARNING, service,
                "no node in the model satisfies "
                        + String.join(" and ", constraints.stream().map(ConstraintExpression::toString).toList()));
    }
}
