package flotilla.engine.scheduler;

import flotilla.engine.state.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The filters in swarm's order; remembers how many nodes each rejected since the last {@link #setTask} so
 * that {@link #explain()} can say why nothing fits, the most frequent reason first.
 */
public final class Pipeline {
    private final Filter[] filters;
    private final int[] failures;
    private final Filter[] active;
    private final int[] activeIndex;
    private int activeCount;
    private Task task;

    public Pipeline() {
        this(List.of(new ReadyFilter(), new ResourceFilter(), new PluginFilter(), new ConstraintFilter(),
                new PlatformFilter(), new HostPortFilter(), new MaxReplicasFilter()));
    }

    public Pipeline(List<Filter> filters) {
        this.filters = filters.toArray(Filter[]::new);
        failures = new int[this.filters.length];
        active = new Filter[this.filters.length];
        activeIndex = new int[this.filters.length];
    }

    public void setTask(Task task) {
        this.task = task;
        activeCount = 0;
        for (int i = 0; i < filters.length; i++) {
            failures[i] = 0;
            if (filters[i].enabled(task)) {
                active[activeCount] = filters[i];
                activeIndex[activeCount++] = i;
            }
        }
    }

    /** Whether the node passes every enabled filter; the first that rejects it is charged. */
    public boolean process(NodeInfo node) {
        for (int i = 0; i < activeCount; i++) {
            if (!active[i].check(task, node)) {
                failures[activeIndex[i]]++;
                return false;
            }
        }
        return true;
    }

    /**
     * What the enabled filters that {@link Filter#readsOnlyTheNode read only the node} ask of it: tasks with
     * equal requirements are accepted by the same nodes as far as those filters go.
     */
    List<Object> nodeRequirements() {
        List<Object> requirements = new ArrayList<>();
        for (int i = 0; i < activeCount; i++) {
            if (active[i].readsOnlyTheNode()) {
                requirements.add(activeIndex[i]);
                requirements.add(active[i].requirement());
            }
        }
        return requirements;
    }

    /**
     * Whether the node passes the enabled filters that read only the node ({@code nodeOnly}) or the others;
     * nothing is charged, as an index asks this ahead of any placement.
     */
    boolean passes(NodeInfo node, boolean nodeOnly) {
        for (int i = 0; i < activeCount; i++) {
            if (active[i].readsOnlyTheNode() == nodeOnly && !active[i].check(task, node)) {
                return false;
            }
        }
        return true;
    }

    /** e.g. "scheduling constraints not satisfied on 3 nodes; insufficient resources on 1 node". */
    public String explain() {
        List<Integer> failing = new ArrayList<>();
        for (int i = 0; i < filters.length; i++) {
            if (failures[i] > 0) {
                failing.add(i);
            }
        }
        failing.sort(Comparator.comparingInt((Integer i) -> failures[i]).reversed());
        StringBuilder text = new StringBuilder();
        for (int i : failing) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(filters[i].explain(failures[i]));
        }
        return text.toString();
    }
}
