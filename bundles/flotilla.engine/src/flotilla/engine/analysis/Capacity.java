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

    public static Capacity of(Simulator sim) {
        long cpus = 0;
        long memory = 0;
        long totalCpus = 0;
        long totalMemory = 0;
        for (Node node : sim.state().nodes()) {
            if (!sim.isPoweredOn(node) || node.status() != NodeStatus.READY
                    || node.availability() != Availability.ACTIVE || node.resources().isNone()) {
                continue;
            }
            long usedCpus = 0;
            long usedMemory = 0;
            for (Task task : sim.state().tasksOnNode(node.id())) {
                if (task.desiredState().compareTo(TaskState.RUNNING) <= 0 && !task.state().isTerminal()) {
                    usedCpus += task.spec().reservations().nanoCpus();
                    usedMemory += task.spec().reservations().memoryBytes();
                }
            }
            totalCpus += node.resources().nanoCpus();
            totalMemory += node.resources().memoryBytes();
            cpus += node.resources().nanoCpus() - usedCpus;
            memory += node.resources().memoryBytes() - usedMemory;
        }
        return new Capacity(cpus, memory, totalCpus, totalMemory);
    }
}
