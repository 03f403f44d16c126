package flotilla.engine.scheduler;

import flotilla.engine.state.Task;
import flotilla.model.constraint.ConstraintExpression;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every placement constraint must hold on the node. Answers are remembered per constraint list and node
 * until a node changes: a thousand services sharing a few constraints then cost one label lookup per node.
 */
public final class ConstraintFilter implements Filter {
    private final Map<List<String>, Answers> cache = new HashMap<>();
    private long cacheVersion = -1;
    private List<ConstraintExpression> constraints = List.of();
    private Answers answers;
    private List<String> expressions = List.of();

    /** Which nodes (by index) were evaluated and which of those matched. */
    private record Answers(BitSet known, BitSet matching) {
    }

    @Override
    public boolean enabled(Task task) {
        expressions = task.spec().constraints();
        if (expressions.isEmpty()) {
            return false;
        }
        // Specs are validated when created, so parsing cannot fail here.
        constraints = Constraints.parse(expressions);
        answers = cache.computeIfAbsent(expressions, k -> new Answers(new BitSet(), new BitSet()));
        return true;
    }

    @Override
    public boolean check(Task task, NodeInfo node) {
        long version = node.owner.version();
        if (version != cacheVersion) {
            cache.values().forEach(a -> a.known.clear());
            cacheVersion = version;
        }
        if (answers.known.get(node.index)) {
            return answers.matching.get(node.index);
        }
        boolean matches = Constraints.allMatch(constraints, node.node);
        answers.known.set(node.index);
        answers.matching.set(node.index, matches);
        return matches;
    }

    @Override
    public boolean readsOnlyTheNode() {
        return true;
    }

    @Override
    public Object requirement() {
        return expressions;
    }

    @Override
    public String explain(int nodes) {
        return "scheduling constraints not satisfied on " + Filter.nodes(nodes);
    }
}
