package flotilla.engine.bench;

import flotilla.engine.scheduler.Scheduler;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Network;
import flotilla.engine.state.NetworkAttachment;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;

/**
 * swarmkit's scheduler benchmark workloads plus a realistic one. The timed part is what swarmkit times:
 * from the pending tasks being submitted to all of them being assigned.
 */
public final class SchedulerBench {
    /** The plugin every third node carries; "constrained" tasks sit on a network of that driver. */
    static final String PLUGIN = "network";

    private SchedulerBench() {
    }

    /** {@code cpuMillis} is this thread's CPU time: on a shared machine it shows the engine's own cost. */
    public record Result(String workload, int nodes, int tasks, int assigned, long millis, long cpuMillis) {
        @Override
        public String toString() {
            return String.format("%-34s %7d nodes %8d tasks %8d assigned %6d ms (cpu %6d ms)", workload, nodes,
                    tasks, assigned, millis, cpuMillis);
        }
    }

    /** Wall and CPU time of one timed step. */
    record Timing(long millis, long cpuMillis) {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();

        static Timing of(Runnable step) {
            // Collect the set-up's garbage first, so the figure is the step's own cost.
            System.gc();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            step.run();
            return new Timing((System.nanoTime() - start) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }

    /**
     * swarmkit's BenchmarkScheduler: N ready nodes without resources, every third one with the plugin;
     * T one-off pending tasks, which need the plugin when {@code constrained}.
     */
    public static Result swarmkit(int nodeCount, int taskCount, boolean constrained) {
        ClusterState state = new ClusterState(1);
        for (int i = 0; i < nodeCount; i++) {
            state.join("name" + i, Role.WORKER, Resources.NONE, Map.of(), i % 3 == 0 ? Set.of(PLUGIN) : Set.of());
        }
        Scheduler scheduler = new Scheduler(state);
        ServiceSpec spec = new ServiceSpec("task", "busybox");
        Network network = new Network(state.newId(), "net", PLUGIN, "swarm", false, false, false, "10.0.1.0/24",
                "10.0.1.1", Map.of());
        for (int i = 0; i < taskCount; i++) {
            Task t = state.createOneOffTask(spec, 0);
            if (constrained) {
                state.setNetworks(t, List.of(new NetworkAttachment(network, "")));
            }
            state.setTaskStatus(t, TaskState.PENDING, "pending task scheduling", "", 0);
        }
        int[] assigned = new int[1];
        Timing t = Timing.of(() -> assigned[0] = scheduler.schedule(0));
        return new Result("swarmkit " + (constrained ? "constrained" : "plain"), nodeCount, taskCount, assigned[0],
                t.millis(), t.cpuMillis());
    }

    /**
     * 10k nodes in 3 zones and 2 disk types, 1k services of 1k replicas each; every service spreads over
     * zones and every other one is constrained to ssd nodes.
     */
    public static Result realistic(int nodeCount, int serviceCount, int replicas) {
        ClusterState state = new ClusterState(2);
        String[] zones = {"a", "b", "c"};
        for (int i = 0; i < nodeCount; i++) {
            state.join("node" + i, i < 5 ? Role.MANAGER : Role.WORKER,
                    new Resources(16_000_000_000L, 64L << 30),
                    Map.of("zone", zones[i % zones.length], "disk", i % 2 == 0 ? "ssd" : "hdd"), Set.of());
        }
        Scheduler scheduler = new Scheduler(state);
        List<Task> tasks = new ArrayList<>(serviceCount * replicas);
        for (int s = 0; s < serviceCount; s++) {
            ServiceSpec spec = new ServiceSpec("svc" + s, "nginx").replicas(replicas)
                    .reservations(new Resources(1_000_000, 1L << 20))
                    .preferences(List.of("node.labels.zone"))
                    .constraints(s % 2 == 0 ? List.of("node.labels.disk==ssd") : List.of("node.role!=manager"));
            Service service = state.createService(spec, 0);
            for (int slot = 1; slot <= replicas; slot++) {
                tasks.add(state.createTask(service, slot, null, TaskState.RUNNING, 0));
            }
        }
        for (Task t : tasks) {
            state.setTaskStatus(t, TaskState.PENDING, "pending task scheduling", "", 0);
        }
        int[] assigned = new int[1];
        Timing t = Timing.of(() -> assigned[0] = scheduler.schedule(0));
        return new Result("realistic (spread + constraints)", nodeCount, tasks.size(), assigned[0], t.millis(),
                t.cpuMillis());
    }

    /** Runs every workload (with one warm-up round), reporting each result as soon as it is measured. */
    public static List<Result> runAll(Consumer<? super Result> report) {
        swarmkit(1_000, 10_000, true);
        List<Result> results = new ArrayList<>();
        for (boolean constrained : new boolean[] {false, true}) {
            measure(results, report, swarmkit(1_000, 1_000, constrained));
            measure(results, report, swarmkit(1_000, 10_000, constrained));
            measure(results, report, swarmkit(1_000, 100_000, constrained));
            measure(results, report, swarmkit(100_000, 1_000, constrained));
        }
        measure(results, report, realistic(10_000, 1_000, 1_000));
        return results;
    }

    private static void measure(List<Result> results, Consumer<? super Result> report, Result result) {
        results.add(result);
        report.accept(result);
    }

    public static void main(String[] args) {
        runAll(System.out::println);
    }
}
