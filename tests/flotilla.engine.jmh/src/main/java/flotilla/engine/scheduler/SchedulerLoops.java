package flotilla.engine.scheduler;

import flotilla.engine.state.ClusterState;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The scheduler's inner loops on a cluster of {@code nodes} nodes in 3 zones, half of them ssd: the
 * filter pipeline over every node, the node queue's take-and-give-back that places one task, node
 * ordering (a full sort in swarm's order), and one group of 100 replicas spread over zones (the
 * decision tree).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SchedulerLoops {
    @Param({"1000", "10000"})
    int nodes;

    ClusterState state;
    Scheduler scheduler;
    NodeSet nodeSet;
    Pipeline pipeline;
    Task constrained;
    NodeQueue queue;
    NodeOrder order;
    Service spread;

    @Setup(Level.Trial)
    public void cluster() {
        state = new ClusterState(1);
        String[] zones = {"a", "b", "c"};
        for (int i = 0; i < nodes; i++) {
            state.join("node" + i, Role.WORKER, new Resources(16_000_000_000L, 64L << 30),
                    Map.of("zone", zones[i % 3], "disk", i % 2 == 0 ? "ssd" : "hdd"), Set.of());
        }
        scheduler = new Scheduler(state);
        nodeSet = new NodeSet(state::nodeSerial);
        state.nodes().forEach(nodeSet::nodeAdded);
        state.addListener(nodeSet);
        Service service = state.createService(new ServiceSpec("db", "postgres")
                .constraints(List.of("node.labels.disk==ssd")).reservations(new Resources(1_000_000, 1L << 20)), 0);
        constrained = state.createTask(service, 1, null, TaskState.RUNNING, 0);
        pipeline = new Pipeline();
        pipeline.setTask(constrained);
        queue = new NodeQueue(nodeSet, nodeSet.countsOf(NodeSet.serviceKey(constrained)));
        for (NodeInfo node : nodeSet.nodes()) {
            if (pipeline.passes(node, true)) {
                queue.offer(node);
            }
        }
        queue.heapify();
        order = new NodeOrder(nodeSet, NodeSet.serviceKey(constrained), NodeSet.failureKey(constrained), 0);
        spread = state.createService(new ServiceSpec("web", "nginx").preferences(List.of("node.labels.zone")), 0);
    }

    @Benchmark
    public int pipelineOverEveryNode() {
        pipeline.setTask(constrained);
        int passing = 0;
        for (NodeInfo node : nodeSet.nodes()) {
            if (pipeline.process(node)) {
                passing++;
            }
        }
        return passing;
    }

    @Benchmark
    public NodeInfo queueTakeAndGiveBack() {
        NodeInfo best = queue.poll();
        queue.add(best);
        return best;
    }

    @Benchmark
    public void sortEveryNodeInSwarmsOrder(Blackhole hole) {
        List<NodeInfo> sorted = new ArrayList<>(nodeSet.nodes());
        sorted.sort(order);
        hole.consume(sorted);
    }

    /** A hundred replicas of a service spread over zones; each call places a fresh group. */
    @Benchmark
    public int spreadGroupOfHundred() {
        for (int slot = 1; slot <= 100; slot++) {
            Task t = state.createTask(spread, slot, null, TaskState.RUNNING, 0);
            state.setTaskStatus(t, TaskState.PENDING, "pending task scheduling", "", 0);
        }
        int placed = scheduler.schedule(0);
        for (Task t : new ArrayList<>(state.tasksOfService(spread.id()))) {
            state.removeTask(t);
        }
        return placed;
    }
}
