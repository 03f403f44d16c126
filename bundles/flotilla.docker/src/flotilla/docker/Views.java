package flotilla.docker;

import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Ids;
import flotilla.engine.state.Node;
import flotilla.engine.state.NodeStatus;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Role;
import flotilla.engine.state.Service;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.Task;
import flotilla.engine.state.TaskState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of Docker's `ls` and `ps` tables, with the fields `--format` templates can name. */
final class Views {
    static final String SERVICE_LS = "table {{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}";
    static final Map<String, String> SERVICE_LS_HEADERS = Map.of("ID", "ID", "Name", "NAME", "Mode", "MODE",
            "Replicas", "REPLICAS", "Image", "IMAGE", "Ports", "PORTS");
    static final String TASK_PS = "table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t"
            + "{{.CurrentState}}\t{{.Error}}\t{{.Ports}}";
    static final Map<String, String> TASK_PS_HEADERS = Map.of("ID", "ID", "Name", "NAME", "Image", "IMAGE",
            "Node", "NODE", "DesiredState", "DESIRED STATE", "CurrentState", "CURRENT STATE", "Error", "ERROR",
            "Ports", "PORTS");
    static final String NODE_LS = "table {{.ID}} {{.Self}}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t"
            + "{{.ManagerStatus}}\t{{.EngineVersion}}";
    static final Map<String, String> NODE_LS_HEADERS = Map.of("ID", "ID", "Self", " ", "Hostname", "HOSTNAME",
            "Status", "STATUS", "Availability", "AVAILABILITY", "ManagerStatus", "MANAGER STATUS",
            "EngineVersion", "ENGINE VERSION");
    private static final int MAX_ERROR_LENGTH = 30;

    private Views() {
    }

    /** Docker shows images by their familiar name with a tag; an untagged one resolves to :latest. */
    static String image(String image) {
        int at = image.indexOf('@');
        String name = at >= 0 ? image.substring(0, at) : image;
        return name.lastIndexOf(':') > name.lastIndexOf('/') ? name : name + ":latest";
    }

    /** Go's "natural" order, so web.2 sorts before web.10. */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = Long.compare(Long.parseLong(a.substring(si, i)), Long.parseLong(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    static Map<String, Object> serviceRow(Simulator sim, Service s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", Ids.shortId(s.id()));
        row.put("Name", s.spec().name());
        row.put("Mode", s.spec().mode().dockerName());
        row.put("Replicas", replicas(sim, s));
        row.put("Image", image(s.spec().image()));
        List<String> ports = new ArrayList<>();
        for (PublishedPort p : s.endpointPorts()) {
            if (p.mode() == PublishMode.INGRESS) {
                ports.add(p.toString());
            }
        }
        row.put("Ports", String.join(", ", ports));
        return row;
    }

    /**
     * "running/desired" as the daemon counts them (Engine API 1.41's service status): running is every
     * task whose last reported state is running, stale ones on a down node too; a global service wants
     * its tasks desired running; a replicated job its --max-concurrent.
     */
    static String replicas(Simulator sim, Service s) {
        long running = 0;
        long desired = 0;
        long completed = 0;
        for (Task t : sim.state().tasksOfService(s.id())) {
            if (t.state() == TaskState.RUNNING) {
                running++;
            }
            // A job counts the completions of its current iteration (its spec version) only.
            if (t.state() == TaskState.COMPLETE && (!s.spec().mode().isJob() || t.specVersion() == s.version())) {
                completed++;
            }
            if (s.spec().mode().isGlobal() && t.desiredState().compareTo(TaskState.RUNNING) <= 0) {
                desired++;
            }
        }
        ServiceMode mode = s.spec().mode();
        return switch (mode) {
        case REPLICATED -> s.spec().maxReplicasPerNode() > 0
                ? running + "/" + s.spec().replicas() + " (max " + s.spec().maxReplicasPerNode() + " per node)"
                : running + "/" + s.spec().replicas();
        case GLOBAL -> running + "/" + desired;
        case REPLICATED_JOB -> running + "/" + s.spec().concurrentJobTasks() + " (" + completed
                + "/" + s.spec().replicas() + " completed)";
        case GLOBAL_JOB -> running + "/" + desired + " (" + completed + "/" + (desired + completed)
                + " completed)";
        };
    }

    /** `docker service ps` rows: by name naturally, newest first within a slot, older ones indented. */
    static List<Map<String, Object>> taskRows(Simulator sim, List<Task> tasks, boolean trunc, boolean table) {
        List<Task> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(Task::name, NATURAL)
                .thenComparing(Comparator.comparingLong(Task::createdAt).reversed()));
        List<Map<String, Object>> rows = new ArrayList<>();
        String previous = "";
        for (Task t : sorted) {
            String name = t.name();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", trunc ? Ids.shortId(t.id()) : t.id());
            row.put("Name", table && name.equals(previous) ? " \\_ " + name : name);
            previous = name;
            row.put("Image", image(t.spec().image()));
            Node node = t.nodeId() == null ? null : sim.state().node(t.nodeId());
            // A node no longer in the swarm shows by its id, as docker prints it.
            row.put("Node", node != null ? node.hostname() : t.nodeId() == null ? "" : t.nodeId());
            row.put("DesiredState", t.desiredState().dockerName());
            row.put("CurrentState", t.state().dockerName() + " "
                    + Units.humanDuration(sim.now() - t.statusAt()).toLowerCase(java.util.Locale.ROOT) + " ago");
            String error = t.error();
            if (trunc && error.length() > MAX_ERROR_LENGTH) {
                error = error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
            }
            row.put("Error", error.isEmpty() ? "" : "\"" + error + "\"");
            // The ports its container bound as the task's status reports them (none for a container in the host's
            // network namespace, which binds them itself).
            List<String> ports = new ArrayList<>();
            boolean binds = t.reportsPorts() && !t.spec().onHostNetwork();
            for (PublishedPort p : binds ? t.spec().hostPorts() : List.<PublishedPort>of()) {
                ports.add(p.toString());
            }
            row.put("Ports", String.join(",", ports));
            rows.add(row);
        }
        return rows;
    }

    static Map<String, Object> nodeRow(Node n) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", n.id());
        row.put("Self", n.isLeader() ? "*" : " ");
        row.put("Hostname", n.hostname());
        row.put("Status", n.status().dockerName());
        row.put("Availability", capitalised(n.availability().dockerName()));
        row.put("ManagerStatus", n.role() != Role.MANAGER
                ? ""
                : n.isLeader()
                        ? "Leader"
                        : n.status() == NodeStatus.DOWN ? "Unreachable" : "Reachable");
        row.put("EngineVersion", SwarmDefaults.ENGINE_VERSION);
        row.put("TLSStatus", "Ready");
        return row;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
