package flotilla.engine.sim;

import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A simulated swarm for tests: a manager and workers of 4 CPUs / 8 GiB, and ways to look at tasks. */
final class Swarm {
    static final Resources VM = new Resources(4_000_000_000L, 8L << 30);
    final Simulator sim = new Simulator(1);

    Swarm(String... workers) {
        sim.init("manager1", VM);
        for (String w : workers) {
            sim.join(w, Role.WORKER, VM, Map.of());
        }
    }

    Node node(String hostname) {
        return sim.state().findNode(hostname);
    }

    void converge() {
        if (!sim.waitUntilConverged(3_600_000)) {
            throw new AssertionError("did not converge within an hour of simulated time");
        }
    }

    /** Running tasks of the service per hostname (join order), leaving out nodes with none. */
    Map<String, Integer> running(Service service) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node n : sim.state().nodes()) {
            int c = 0;
            for (Task t : sim.state().tasksOnNode(n.id())) {
                if (service.id().equals(t.serviceId()) && t.state() == TaskState.RUNNING
                        && t.desiredState() == TaskState.RUNNING) {
                    c++;
                }
            }
            if (c > 0) {
                counts.put(n.hostname(), c);
            }
        }
        return counts;
    }

    int runningCount(Service service) {
        return running(service).values().stream().mapToInt(Integer::intValue).sum();
    }

    List<Task> tasks(Service service, long slot) {
        List<Task> result = new ArrayList<>();
        for (Task t : sim.state().tasksOfService(service.id())) {
            if (t.slot() == slot) {
                result.add(t);
            }
        }
        result.sort(java.util.Comparator.comparingLong(Task::createdAt));
        return result;
    }

    Task runningTaskIn(Service service, long slot) {
        for (Task t : tasks(service, slot)) {
            if (t.state() == TaskState.RUNNING && t.desiredState() == TaskState.RUNNING) {
                return t;
            }
        }
        return null;
    }
}
