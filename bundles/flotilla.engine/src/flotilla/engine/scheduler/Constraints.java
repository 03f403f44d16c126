package flotilla.engine.scheduler;

import flotilla.engine.state.Node;
import flotilla.model.constraint.ConstraintExpression;
import flotilla.model.constraint.ConstraintParser;
import flotilla.model.constraint.ConstraintSyntaxException;
import java.util.List;

/**
 * A spec's placement constraints, parsed and matched by the one constraint grammar (the model's
 * {@link ConstraintParser}, swarm's rules) against the engine's nodes.
 */
public final class Constraints {
    private Constraints() {
    }

    /** Every expression parsed, or swarm's message for the first one the manager would reject. */
    public static List<ConstraintExpression> parse(List<String> expressions) {
        try {
            return ConstraintParser.parseAll(expressions);
        } catch (ConstraintSyntaxException e) {
            throw new IllegalArgumentException(e.problem(), e);
        }
    }

    /** Whether every constraint holds on the node, as swarm's constraint filter decides. */
    public static boolean allMatch(List<ConstraintExpression> constraints, Node node) {
        for (ConstraintExpression c : constraints) {
            if (!c.matches(node.description())) {
                return false;
            }
        }
        return true;
    }
}
