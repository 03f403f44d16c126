package flotilla.docker;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Node;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What `flotilla schedule MODEL` prints: every task meant to run, the node it went to, and for a task no
 * node accepts, swarm's reason. As a table, or as JSON for machines.
 */
public final class PlacementReport {
    private static final String TABLE = "table {{.Service}}\t{{.Task}}\t{{.Node}}\t{{.Reason}}";
    private static final Map<String, String> HEADERS = Map.of("Service", "SERVICE", "Task", "TASK", "Node", "NODE",
            "Reason", "REASON");

    private PlacementReport() {
    }

    public static void print(Simulator sim, Appendable out, boolean json) {
        List<Task> tasks = new ArrayList<>();
        for (Task t : sim.state().tasks()) {
            if (t.serviceId() != null && t.desiredState() == TaskState.RUNNING) {
                tasks.add(t);
            }
        }
        tasks.sort(Comparator.comparing(Task::name, Views.NATURAL));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Task t : tasks) {
            Node node = t.nodeId() == null ? null : sim.state().node(t.nodeId());
            boolean pending = t.state() == TaskState.PENDING;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Service", t.serviceName());
            row.put("Task", t.name());
            row.put("Node", node == null ? "" : node.hostname());
            row.put("Pending", pending);
            row.put("Reason", pending ? t.error() : "");
            rows.add(row);
        }
        if (json) {
            try {
                out.append(Json.write(rows)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            Listing.print(out, TABLE, HEADERS, rows);
        }
    }
}
