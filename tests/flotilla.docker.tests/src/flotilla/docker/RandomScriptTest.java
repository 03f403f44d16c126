package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property-based: seeded random scripts of scaling, crashes, hosts going down and up, drains, pauses and
 * partitions. After every line: nothing is desired to run on a down or drained node, and no replicated
 * service has more tasks running than it wants. After healing everything: every service runs exactly its
 * replicas, and the engines run no other containers. A failure names the seed and the script so far.
 */
class RandomScriptTest {
    private static final int RUNS = 200;

    @TestFactory
    Stream<DynamicTest> randomScriptsKeepSwarmsPromises() {
        return IntStream.rangeClosed(1, RUNS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
                () -> check(seed)));
    }

    private static void check(long seed) {
        Random random = new Random(seed);
        Session session = new Session();
        List<String> script = new ArrayList<>();
        List<String> workers = new ArrayList<>();
        int nodeCount = 2 + random.nextInt(4);
        script.add("docker swarm init");
        for (int i = 1; i <= nodeCount; i++) {
            workers.add("worker" + i);
            script.add("sim add-node worker" + i);
        }
        int services = 1 + random.nextInt(3);
        for (int s = 0; s < services; s++) {
            script.add("docker service create -d --name s" + s + " --replicas " + random.nextInt(8) + " nginx");
        }
        script.add("docker service create -d --mode global --name agent busybox");
        for (String line : script) {
            run(session, seed, script, line);
        }
        int steps = 10 + random.nextInt(30);
        for (int i = 0; i < steps; i++) {
            String node = workers.get(random.nextInt(workers.size()));
            String line = switch (random.nextInt(10)) {
            case 0 -> "docker service scale -d s" + random.nextInt(services) + "=" + random.nextInt(12);
            case 1 -> "sim crash " + node;
            case 2 -> "sim node-down " + node;
            case 3 -> "sim node-up " + node;
            case 4 -> "docker node update --availability drain " + node;
            case 5 -> "docker node update --availability active " + node;
            case 6 -> "docker node update --availability pause " + node;
            case 7 -> "sim partition " + node;
            case 8 -> "sim heal";
            default -> random.nextBoolean() ? "sim wait" : "sim wait " + (1 + random.nextInt(20)) + "s";
            };
            script.add(line);
            run(session, seed, script, line);
            checkSafety(session.sim, seed, script);
        }
        List<String> recovery = new ArrayList<>(List.of("sim heal"));
        for (String w : workers) {
            recovery.add("sim node-up " + w);
            recovery.add("docker node update --availability active " + w);
        }
        recovery.add("sim wait");
        for (String line : recovery) {
            script.add(line);
            run(session, seed, script, line);
        }
        checkSafety(session.sim, seed, script);
        checkConverged(session.sim, seed, script);
    }

    private static void run(Session session, long seed, List<String> script, String line) {
        session.run(line);
        String errors = session.errors();
        assertEquals("", errors, () -> describe(seed, script));
    }

    private static String describe(long seed, List<String> script) {
        return "seed " + seed + ", script:\n" + String.join("\n", script);
    }

    private static void checkSafety(Simulator sim, long seed, List<String> script) {
        for (Task t : sim.state().tasks()) {
            if (t.nodeId() == null || t.desiredState() != TaskState.RUNNING || t.state().isTerminal()) {
                continue;
            }
            Node n = sim.state().node(t.nodeId());
            assertTrue(n.status() != NodeStatus.DOWN && n.availability() != Availability.DRAIN,
                    () -> t + " desired running on " + n.hostname() + " (" + n.status() + ", " + n.availability()
                            + ")\n" + describe(seed, script));
        }
        for (Service s : sim.state().services()) {
            if (s.spec().mode() == ServiceMode.REPLICATED) {
                long running = running(sim, s);
                assertTrue(running <= s.spec().replicas(), () -> s.spec().name() + " runs " + running + " of "
                        + s.spec().replicas() + "\n" + describe(seed, script));
            }
        }
    }

    private static long running(Simulator sim, Service s) {
        return sim.state().tasksOfService(s.id()).stream().filter(t -> t.state() == TaskState.RUNNING
                && t.desiredState() == TaskState.RUNNING
                && sim.state().node(t.nodeId()).status() != NodeStatus.DOWN).count();
    }

    private static void checkConverged(Simulator sim, long seed, List<String> script) {
        long containers = 0;
        long wanted = 0;
        for (Node n : sim.state().nodes()) {
            containers += sim.containersOn(n).size();
        }
        for (Service s : sim.state().services()) {
            long expected = s.spec().mode() == ServiceMode.GLOBAL ? sim.state().nodes().size() : s.spec().replicas();
            long running = running(sim, s);
            assertEquals(expected, running, () -> s.spec().name() + " after convergence\n" + describe(seed, script));
            wanted += expected;
        }
        assertEquals(wanted, containers, () -> "containers left behind\n" + describe(seed, script));
    }
}
