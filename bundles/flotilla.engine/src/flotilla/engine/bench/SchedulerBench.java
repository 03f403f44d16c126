package flotilla.engine.bench;

import flotilla.engine.scheduler.Scheduler;
import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Network;
import flotilla.engine.state.NetworkAttachment;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.StateListener;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scheduler's benchmarks: swarmkit's own workloads (manager/scheduler/scheduler_test.go), under its
 * names and with its semantics, and a realistic one. Timed as swarmkit times them: from the pending tasks
 * being handed to the store (their move to pending, which is what the scheduler watches) to every
 * assignment committed and its event delivered to a watcher, as the orchestrator and views see it.
 */
public final class SchedulerBench {
    /** The plugin every third node carries; constrained tasks sit on a network of that driver. */
    static final String PLUGIN = "network";

    private SchedulerBench() {
    }

    /** swarmkit's benchmarks, in its order, with its sizes. */
    public static List<Benchmark> swarmkit() {
        return List.of(swarmkit(1_000, 1_000, false), swarmkit(1_000, 10_000, false), swarmkit(1_000, 100_000, false),
                swarmkit(100_000, 100_000, false), swarmkit(100_000, 1_000, false),
                swarmkit(100_000, 1_000_000, false), swarmkit(1_000, 1_000, true), swarmkit(1_000, 10_000, true),
                swarmkit(1_000, 100_000, true), swarmkit(5_000, 100_000, true));
    }

    /** Every scheduler benchmark: swarmkit's and the realistic one. */
    public static List<Benchmark> all() {
        List<Benchmark> all = new ArrayList<>(swarmkit());
        all.add(realistic(10_000, 1_000, 1_000));
        return all;
    }

    /**
     * swarmkit's benchScheduler: N ready nodes without resources, every third one with the network plugin;
     * T tasks of no service, each with its own spec (so each is scheduled on its own, a full choice among
     * the nodes), which need the plugin when {@code constrained}.
     */
    public static Benchmark swarmkit(int nodeCount, int taskCount, boolean constrained) {
        String name = "Scheduler" + (constrained ? "Constraints" : "") + count(nodeCount) + "Nodes" + count(taskCount)
                + "Tasks";
        return new Benchmark(name, nodeCount, taskCount) {
            @Override
            protected Step prepare() {
                ClusterState state = new ClusterState(1);
                for (int i = 0; i < nodeCount; i++) {
                    state.join("name" + i, Role.WORKER, Resources.NONE, Map.of(),
                            i % 3 == 0 ? Set.of(PLUGIN) : Set.of());
                }
                Scheduler scheduler = new Scheduler(state);
                List<Task> tasks = new ArrayList<>(taskCount);
                for (int i = 0; i < taskCount; i++) {
                    Task t = state.createOneOffTask(new ServiceSpec("task" + i, "busybox"), 0);
                    if (constrained) {
                        Network network = new Network("network" + i, "network" + i, PLUGIN, "swarm", false, false,
                                false, "10.0.0.0/8", "10.0.0.1", Map.of());
                        state.setNetworks(t, List.of(new NetworkAttachment(network, "")));
                    }
                    tasks.add(t);
                }
                return () -> handOverAndSchedule(state, scheduler, tasks);
            }
        };
    }

    /**
     * nodeCount nodes (5 managers) in 3 zones and 2 disk types, services of {@code replicas} tasks each with
     * reservations; every service spreads over zones, every other one is constrained to ssd nodes and the
     * rest keep off managers.
     */
    public static Benchmark realistic(int nodeCount, int serviceCount, int replicas) {
        String name = "SchedulerRealistic" + count(nodeCount) + "Nodes" + count(serviceCount * replicas) + "Tasks";
        return new Benchmark(name, nodeCount, serviceCount * replicas) {
            @Override
            protected Step prepare() {
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
                return () -> handOverAndSchedule(state, scheduler, tasks);
            }
        };
    }

    /** The timed part: the tasks go pending, the scheduler runs, and every assignment reaches a watcher. */
    private static Runnable handOverAndSchedule(ClusterState state, Scheduler scheduler, List<Task> tasks) {
        AssignmentWatch watch = new AssignmentWatch();
        state.addListener(watch);
        for (Task t : tasks) {
            state.setTaskStatus(t, TaskState.PENDING, "pending task scheduling", "", 0);
        }
        scheduler.schedule(0);
        return () -> {
            if (watch.assigned != tasks.size()) {
                throw new IllegalStateException(watch.assigned + " of " + tasks.size() + " tasks were assigned");
            }
        };
    }

    /** Counts assignment events, as swarmkit's benchmark waits for one update event per task. */
    private static final class AssignmentWatch implements StateListener {
        int assigned;

        @Override
        public void taskChanged(Task task) {
            if (task.state() == TaskState.ASSIGNED) {
                assigned++;
            }
        }
    }

    /** swarmkit's way of writing sizes in its benchmark names: 1k, 100k, 1M. */
    static String count(int n) {
        return n >= 1_000_000 && n % 1_000_000 == 0
                ? n / 1_000_000 + "M"
                : n >= 1_000 && n % 1_000 == 0 ? n / 1_000 + "k" : String.valueOf(n);
    }
}
