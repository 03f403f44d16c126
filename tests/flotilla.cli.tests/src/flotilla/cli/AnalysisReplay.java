package flotilla.cli;

import static flotilla.cli.Cli.flotilla;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds `flotilla analyze` against `flotilla sim`: reads the analysis table as a user reads it, replays each of its
 * scenarios as a script (the nodes stopped or drained, `sim wait`, `docker service ps`), and lists every verdict the
 * replay does not bear out.
 */
final class AnalysisReplay {

    private AnalysisReplay() {
    }

    /** One row of the analysis table: the scenario it belongs to, the service, "k/n" and the verdict. */
    record Row(String scenario, String scenarioVerdict, String service, long running, long desired, String verdict) {
    }

    /** What the replay shows of one service: tasks running on nodes that are up, and why the others wait. */
    record Replayed(long running, List<String> errors) {
    }

    /** The rows of the scenario table (continuation rows inherit the scenario), by the columns its header sets. */
    static List<Row> rows(String out) {
        List<String> lines = out.lines().toList();
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith("SCENARIO ")) {
            at++;
        }
        String header = lines.get(at);
        int verdict = header.indexOf("VERDICT");
        int service = header.indexOf("SERVICE");
        int replicas = header.indexOf("REPLICAS");
        int reason = header.indexOf("REASON");
        List<Row> rows = new ArrayList<>();
        String scenario = "";
        String scenarioVerdict = "";
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            String name = line.substring(0, Math.min(verdict, line.length())).trim();
            if (!name.isEmpty()) {
                scenario = name;
                scenarioVerdict = line.substring(verdict, Math.min(service, line.length())).trim();
            }
            if (line.length() <= replicas) {
                continue;
            }
            String cell = line.substring(replicas, Math.min(reason, line.length())).trim();
            if (cell.isEmpty()) {
                continue; // a scenario that leaves every service whole: its verdict alone
            }
            String[] counts = cell.split(" ", 2)[0].split("/");
            rows.add(new Row(scenario, scenarioVerdict, line.substring(service, replicas).trim(),
                    Long.parseLong(counts[0]), Long.parseLong(counts[1]), cell.split(" ", 2)[1]));
        }
        return rows;
    }

    /** The scenarios of the table in order, those that leave every service whole included. */
    static List<String> scenarios(String out) {
        List<String> lines = out.lines().toList();
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith("SCENARIO ")) {
            at++;
        }
        int verdict = lines.get(at).indexOf("VERDICT");
        List<String> scenarios = new ArrayList<>();
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            String name = line.substring(0, Math.min(verdict, line.length())).trim();
            if (!name.isEmpty()) {
                scenarios.add(name);
            }
        }
        return scenarios;
    }

    /** A service's "k/n" before any failure. */
    record Before(long running, long desired) {
        /** A service the baseline table does not list: whole before any failure. */
        static final Before WHOLE = new Before(1, 1);
    }

    /** The services short before any failure, with their "k/n", from the report's baseline table. */
    static Map<String, Before> shortBefore(String out) {
        Map<String, Before> shortfall = new LinkedHashMap<>();
        List<String> lines = out.lines().toList();
        if (lines.isEmpty() || !lines.get(0).contains(" already short")) {
            return shortfall;
        }
        int at = 1;
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            String[] words = line.split("\\s+");
            String[] counts = words[1].split("/");
            shortfall.put(words[0], new Before(Long.parseLong(counts[0]), Long.parseLong(counts[1])));
        }
        return shortfall;
    }

    /**
     * Replays the loss (or drain) of {@code hostnames} in `flotilla sim`; null when the swarm lost its leader, so
     * that the managers answer nothing (the script fails with swarm's error).
     */
    static Map<String, Replayed> replay(Path model, Path folder, List<String> services, List<String> hostnames,
            boolean drain) throws Exception {
        List<String> script = new ArrayList<>();
        hostnames.forEach(hostname -> script.add(
                (drain ? "docker node update --availability drain " : "sim node-down ") + hostname));
        script.add("sim wait");
        services.forEach(service -> script.add("docker service ps " + service
                + " --filter desired-state=running --no-trunc --format '" + service
                + "|{{.Node}}|{{.CurrentState}}|{{.Error}}'"));
        Path file = Files.write(folder.resolve("replay.sh"), script);
        Cli.Run run = flotilla("sim", file.toString(), "--model", model.toString());
        if (run.err().contains("The swarm does not have a leader")) {
            return null;
        }
        if (run.exitCode() != 0) {
            throw new AssertionError("the replay failed: " + run.err());
        }
        Map<String, Long> running = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        services.forEach(service -> {
            running.put(service, 0L);
            errors.put(service, new ArrayList<>());
        });
        for (String line : run.out().lines().toList()) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 4 || !running.containsKey(cells[0]) || hostnames.contains(cells[1]) && !drain) {
                continue;
            }
            if (cells[2].startsWith("Running")) {
                running.merge(cells[0], 1L, Long::sum);
            } else if (!cells[3].isEmpty()) {
                errors.get(cells[0]).add(cells[3]);
            }
        }
        Map<String, Replayed> replayed = new LinkedHashMap<>();
        services.forEach(service -> replayed.put(service, new Replayed(running.get(service), errors.get(service))));
        return replayed;
    }

    /**
     * Every way the analysis of {@code kinds} ("node,drain", "zone" by node.labels.zone) differs from replaying each
     * scenario in the simulator: the running count, and the verdict that count and swarm's reasons call for (judged
     * against the baseline the report prints); empty when they agree.
     */
    static List<String> disagreements(Path model, Path folder, String kinds) throws Exception {
        Cli.Run run = flotilla("analyze", model.toString(), "--scenario", kinds, "--by", "node.labels.zone", "--all");
        List<Row> rows = rows(run.out());
        Map<String, Before> shortBefore = shortBefore(run.out());
        List<String> services = rows.stream().map(Row::service).distinct().toList();
        List<String> disagreements = new ArrayList<>();
        for (String scenario : rows.stream().map(Row::scenario).distinct().toList()) {
            List<String> hostnames = hostnames(model, scenario);
            Map<String, Replayed> replayed = replay(model, folder, services, hostnames, scenario.startsWith("drain "));
            boolean quorumLost = rows.stream()
                    .anyMatch(r -> r.scenario().equals(scenario) && r.scenarioVerdict().contains("(quorum lost)"));
            if (quorumLost != (replayed == null)) {
                disagreements.add(scenario + ": the analysis says quorum " + (quorumLost ? "lost" : "kept")
                        + ", the replay's managers " + (replayed == null ? "refuse" : "answer"));
                continue;
            }
            if (quorumLost) {
                continue;
            }
            for (Row row : rows.stream().filter(r -> r.scenario().equals(scenario)).toList()) {
                Replayed shown = replayed.get(row.service());
                String expected = verdict(row.desired(), shown, shortBefore.getOrDefault(row.service(), Before.WHOLE));
                if (shown.running() != row.running() || !expected.equals(row.verdict())) {
                    disagreements.add(scenario + ", " + row.service() + ": analysis " + row.running() + "/"
                            + row.desired() + " " + row.verdict() + ", replay " + shown.running() + " running ("
                            + expected + ") " + shown.errors());
                }
            }
        }
        if (rows.isEmpty()) {
            disagreements.add("no rows in:\n" + run.out() + run.err());
        }
        return disagreements;
    }

    /**
     * The verdict the replay calls for: whole, or no shorter than before any failure and not down unless it was down
     * before (a global service's count shrinks with its node: short by 2 of 3 before and by 2 of 2 after is down);
     * down; not rescheduled.
     */
    private static String verdict(long desired, Replayed shown, Before before) {
        long missing = desired - shown.running();
        if (missing <= 0
                || missing <= before.desired() - before.running() && (shown.running() > 0 || before.running() == 0)) {
            return "keeps all replicas";
        }
        if (shown.running() == 0) {
            return "down";
        }
        return !shown.errors().isEmpty()
                && shown.errors().stream().allMatch(e -> e.contains("scheduling constraints not satisfied"))
                        ? "not rescheduled"
                        : "degraded";
    }

    /** The nodes a scenario loses: "node X" and "drain X" name one, a zone scenario every node with that label. */
    private static List<String> hostnames(Path model, String scenario) throws Exception {
        if (!scenario.startsWith("node.labels.")) {
            return List.of(scenario.substring(scenario.indexOf(' ') + 1));
        }
        String[] label = scenario.substring("node.labels.".length()).split("=", 2);
        return flotilla.model.persistence.Models.load(model).getNodes().stream()
                .filter(node -> node.getLabels().stream()
                        .anyMatch(l -> l.getKey().equals(label[0]) && l.getValue().equals(label[1])))
                .map(flotilla.model.Node::getHostname).toList();
    }
}
