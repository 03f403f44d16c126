package flotilla.engine.bench;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The failure storm: a large cluster converges (not timed), then many hosts stop at once; timed from the
 * failures to convergence, heartbeat timeouts, restart delays and re-placement included (on the virtual
 * clock, so the figure is the engine's own cost), and checked: every task runs again.
 */
public final class SimulationBench {
    private SimulationBench() {
    }

    public static List<Benchmark> all() {
        return List.of(failureStorm(10_000, 1_000, 1_000, 1_000));
    }

    public static Benchmark failureStorm(int nodeCount, int serviceCount, int replicas, int failures) {
        String name = "FailureStorm" + SchedulerBench.count(nodeCount) + "Nodes"
                + SchedulerBench.count(serviceCount * replicas) + "Tasks" + SchedulerBench.count(failures) + "Down";
        return new Benchmark(name, nodeCount, serviceCount * replicas) {
            @Override
            protected Step prepare() {
                Simulator sim = new Simulator(11);
                sim.log().recordTaskEvents(false);
                Resources vm = new Resources(64_000_000_000L, 256L << 30);
                List<Node> nodes = new ArrayList<>();
                nodes.add(sim.init("manager0", vm));
                for (int i = 1; i < nodeCount; i++) {
                    nodes.add(
                            sim.join("node" + i, i < 3 ? Role.MANAGER : Role.WORKER, vm, Map.of("zone", "z" + i % 3)));
                }
                for (int s = 0; s < serviceCount; s++) {
                    sim.createService(new ServiceSpec("svc" + s, "app:1").replicas(replicas)
                            .preferences(List.of("node.labels.zone")));
                }
                if (!sim.waitUntilConverged(3_600_000)) {
                    throw new IllegalStateException("did not converge");
                }
                return () -> {
                    for (int i = 0; i < failures; i++) {
                        sim.nodeDown(nodes.get(nodes.size() - 1 - i * (nodeCount / failures)));
                    }
                    boolean converged = sim.waitUntilConverged(3_600_000);
                    return () -> checkRecovered(sim, converged, (long) serviceCount * replicas);
                };
            }
        };
    }

    /** Every task runs again, on a host that is up. */
    private static void checkRecovered(Simulator sim, boolean converged, long tasks) {
        if (!converged) {
            throw new IllegalStateException("did not converge after the failures");
        }
        long running = 0;
        for (Task t : sim.state().tasks()) {
            if (t.state() == TaskState.RUNNING && t.desiredState() == TaskState.RUNNING
                    && sim.isPoweredOn(sim.state().node(t.nodeId()))) {
                running++;
            }
        }
        if (running != tasks) {
            throw new IllegalStateException(running + " of " + tasks + " tasks run after the failures");
        }
    }
}
