package flotilla.engine.bench;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulation workload: a large cluster converges, then many hosts stop at once; timed from the
 * failures to convergence (heartbeat timeouts, restart delays and re-placement included, on the virtual
 * clock, so the figure is the engine's own cost).
 */
public final class SimulationBench {
    private SimulationBench() {
    }

    public record Result(int nodes, int tasks, int failedNodes, long setupMillis, long recoveryMillis,
            long recoveryCpuMillis, long runningAfter) {
        @Override
        public String toString() {
            return String.format("simulation %d nodes %d tasks: setup %d ms; %d node failures to convergence "
                    + "%d ms (cpu %d ms); %d tasks running after", nodes, tasks, setupMillis, failedNodes,
                    recoveryMillis, recoveryCpuMillis, runningAfter);
        }
    }

    public static Result run(int nodeCount, int serviceCount, int replicas, int failures) {
        long start = System.nanoTime();
        Simulator sim = new Simulator(11);
        sim.log().recordTaskEvents(false);
        Resources vm = new Resources(64_000_000_000L, 256L << 30);
        List<Node> nodes = new ArrayList<>();
        nodes.add(sim.init("manager0", vm));
        for (int i = 1; i < nodeCount; i++) {
            nodes.add(sim.join("node" + i, i < 3 ? Role.MANAGER : Role.WORKER, vm, Map.of("zone", "z" + i % 3)));
        }
        for (int s = 0; s < serviceCount; s++) {
            sim.createService(new ServiceSpec("svc" + s, "app:1").replicas(replicas)
                    .preferences(List.of("node.labels.zone")));
        }
        if (!sim.waitUntilConverged(3_600_000)) {
            throw new IllegalStateException("did not converge");
        }
        long setup = (System.nanoTime() - start) / 1_000_000;
        SchedulerBench.Timing recovery = SchedulerBench.Timing.of(() -> {
            for (int i = 0; i < failures; i++) {
                sim.nodeDown(nodes.get(nodes.size() - 1 - i * (nodeCount / failures)));
            }
            if (!sim.waitUntilConverged(3_600_000)) {
                throw new IllegalStateException("did not converge after the failures");
            }
        });
        long running = 0;
        for (Task t : sim.state().tasks()) {
            if (t.state() == TaskState.RUNNING && t.desiredState() == TaskState.RUNNING
                    && sim.isPoweredOn(sim.state().node(t.nodeId()))) {
                running++;
            }
        }
        return new Result(nodeCount, serviceCount * replicas, failures, setup, recovery.millis(),
                recovery.cpuMillis(), running);
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        out.println(run(10_000, 1_000, 1_000, 1_000));
    }
}
