package flotilla.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import flotilla.model.util.ModelValidator;

/**
 * The model's own validation rules. The code of a diagnostic is the rule's ordinal plus one, so a Problems view
 * or a quick fix can tell the rules apart; data[0] is the element the diagnostic is about.
 */
public enum Rule {
    UNIQUE_NAMES, UNIQUE_PUBLISHED_PORTS, DISJOINT_OVERLAY_SUBNETS, REPLICAS_ONLY_WHEN_REPLICATED, HOST_PORTS_CANNOT_COLLIDE, RESERVATIONS_FIT_SOME_NODE, CONSTRAINTS_MATCH_SOME_NODE, REACHABLE, REFERENCES_RESOLVE, CONSTRAINT_WELL_FORMED, SPREADS_ON_LABEL,
    /** Swarm accepts the constraint, but it can never hold, or no modelled node satisfies it: a warning. */
    CONSTRAINT_CAN_MATCH,
    /** A service is attached to a network that is not swarm-scoped (bridge): swarm refuses to create it. */
    SWARM_SCOPED_NETWORKS,
    /** Ports, replicas and other quantities stay within swarm's ranges and what the engine can hold. */
    QUANTITIES_IN_RANGE;

    public int code() {
        return ordinal() + 1;
    }

    /** Adds a finding about {@code element} when there is a chain to add it to; returns false, for the rule to return. */
    boolean report(DiagnosticChain diagnostics, int severity, EObject element, String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, ModelValidator.DIAGNOSTIC_SOURCE, code(), message,
                    new Object[]{element}));
        }
        return false;
    }
}
