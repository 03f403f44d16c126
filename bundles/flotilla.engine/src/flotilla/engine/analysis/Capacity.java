package flotilla.engine.analysis;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;

/**
 * What the nodes that still take new tasks (up, ready, active, with declared resources) have left once the
 * reservations of the tasks they hold are taken off: the scheduler's own arithmetic, summed.
 */
public record Capacity(long freeNanoCpus, long freeMemoryBytes, long totalNanoCpus, long totalMemoryBytes) {
    static final Capacity NONE = new Capacity(0, 0, 0, 0);

    public static Capacity of(Simulator sim) {
        Capacity sum = NONE;
        for (Node node : sim.state().nodes()) {
            sum = sum.plus(of(sim, node));
        }
        return sum;
    }

    /** What one node adds to the swarm's capacity: nothing unless it takes new tasks. */
    static Capacity of(Simulator sim, Node node) {
        if (node == null || !sim.isPoweredOn(node) || node.status() != NodeStatus.READY
                || node.availability() != Availability.ACTIVE || node.resources().isNone()) {
            return NONE;
        }
        long usedCpus = 0;
        long usedMemory = 0;
        for (Task task : sim.state().tasksOnNode(node.id())) {
            if (task.desiredState().compareTo(TaskState.RUNNING) <= 0 && !task.state().isTerminal()) {
                usedCpus += task.spec().reservations().nanoCpus();
                usedMemory += task.spec().reservations().memoryBytes();
            }
        }
        return new Capacity(node.resources().nanoCpus() - usedCpus, node.resources().memoryBytes() - usedMemory,
                node.resources().nanoCpus(), node.resources().memoryBytes());
    }

    Capacity plus(Capacity other) {
        return new Capacity(freeNanoCpus + other.freeNanoCpus, freeMemoryBytes + other.freeMemoryBytes,
                totalNanoCpus + other.totalNanoCpus, totalMemoryBytes + other.totalMemoryBytes);
    }

    Capacity minus(Capacity other) {
        return new Capacity(freeNanoCpus - other.freeNanoCpus, freeMemoryBytes - other.freeMemoryBytes,
                totalNanoCpus - other.totalNanoCpus, totalMemoryBytes - other.totalMemoryBytes);
    }
}
