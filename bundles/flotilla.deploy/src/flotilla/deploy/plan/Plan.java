package flotilla.deploy.plan;

import java.util.List;

/**
 * What a deploy would do to a swarm to make it match a model: the changes in the order they are
 * applied, problems that forbid applying (a missing secret file, an external secret that does not
 * exist), and notes about what the model says but deploy leaves alone.
 */
public record Plan(List<Change> changes, List<String> problems, List<String> notes) {

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** True when the swarm differs from the model in more than services to take over (which run as the model says). */
    public boolean hasDrift() {
        return changes.stream().anyMatch(change -> !change.isTakeOverOnly());
    }

    public long count(Change.Action action) {
        return changes.stream().filter(change -> change.action() == action).count();
    }

    /** The plan as Flotilla prints it before applying (and as diff prints drift). */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (String note : notes) {
            text.append("Note: ").append(note).append('\n');
        }
        for (String problem : problems) {
            text.append("Error: ").append(problem).append('\n');
        }
        if (changes.isEmpty()) {
            text.append("No changes. The swarm matches the model.\n");
            return text.toString();
        }
        text.append("Plan: ").append(count(Change.Action.CREATE)).append(" to create, ")
                .append(count(Change.Action.UPDATE)).append(" to update, ");
        if (count(Change.Action.REPLACE) > 0) {
            text.append(count(Change.Action.REPLACE)).append(" to replace, ");
        }
        text.append(count(Change.Action.REMOVE)).append(" to remove.\n");
        for (Change change : changes) {
            text.append("  ").append(change.line()).append('\n');
        }
        return text.toString();
    }
}
