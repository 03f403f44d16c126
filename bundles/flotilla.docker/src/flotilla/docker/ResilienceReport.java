package flotilla.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import flotilla.engine.analysis.Capacity;
import flotilla.engine.analysis.Scenario;
import flotilla.engine.analysis.ScenarioResult;
import flotilla.engine.analysis.ServiceOutcome;
import flotilla.engine.analysis.Verdict;
import flotilla.model.text.Quantities;

/**
 * What `flotilla analyze MODEL` prints: per scenario its verdict and each service it hurts (with swarm's reason),
 * the chance each service stays whole under random losses, and the capacity left after the worst single-node loss.
 * As docker-style tables, or as JSON for machines.
 */
public final class ResilienceReport {
    private static final String TABLE = "table {{.Scenario}}\t{{.Verdict}}\t{{.Service}}\t{{.Replicas}}\t{{.Reason}}";
    private static final Map<String, String> HEADERS = Map.of("Scenario", "SCENARIO", "Verdict", "VERDICT", "Service",
            "SERVICE", "Replicas", "REPLICAS", "Reason", "REASON");
    private static final String BASELINE_TABLE = "table {{.Service}}\t{{.Replicas}}\t{{.Reason}}";
    private static final String SURVIVAL_TABLE = "table {{.Service}}\t{{.Whole}}";
    private static final String HEADROOM_TABLE = "table {{.Resource}}\t{{.Total}}\t{{.Free}}\t{{.Worst}}";

    private ResilienceReport() {
    }

    /**
     * @param baseline every service before any failure, which the scenarios are judged against
     * @param results  every scenario's result
     * @param all      also list the services a scenario leaves whole
     */
    public static void print(List<ServiceOutcome> baseline, List<ScenarioResult> results, Appendable out,
            boolean json, boolean all) {
        try {
            if (json) {
                out.append(Json.write(json(baseline, results))).append('\n');
            } else {
                baseline(baseline, out);
                table(results, out, all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The swarm before any failure. A service already short there would otherwise read "degraded" in every
     * scenario; the scenarios are judged against this instead, and the report says so.
     */
    private static void baseline(List<ServiceOutcome> baseline, Appendable out) throws IOException {
        List<ServiceOutcome> shortBefore = baseline.stream().filter(o -> o.verdict() != Verdict.WHOLE).toList();
        if (shortBefore.isEmpty()) {
            out.append("Before any failure every service keeps all its replicas.\n\n");
            return;
        }
        out.append("Before any failure ").append(String.valueOf(shortBefore.size())).append(" of ")
                .append(String.valueOf(baseline.size()))
                .append(shortBefore.size() == 1 ? " services is" : " services are")
                .append(" already short; each scenario is judged against this baseline (no shorter reads whole):\n");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ServiceOutcome outcome : shortBefore) {
            rows.add(Map.of("Service", outcome.service(), "Replicas",
                    outcome.replicas() + " " + outcome.verdict().label(), "Reason", outcome.reason()));
        }
        Listing.print(out, BASELINE_TABLE, Map.of("Service", "SERVICE", "Replicas", "REPLICAS", "Reason", "REASON"),
                rows);
        out.append('\n');
    }

    private static void table(List<ScenarioResult> results, Appendable out, boolean all) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScenarioResult result : results) {
            List<ServiceOutcome> shown = result.services().stream()
                    .filter(o -> all || o.verdict() != Verdict.WHOLE).toList();
            String verdict = result.verdict().label() + (result.quorum() ? "" : " (quorum lost)");
            if (shown.isEmpty()) {
                rows.add(row(result.scenario().name(), verdict, "", "", ""));
            }
            boolean first = true;
            for (ServiceOutcome outcome : shown) {
                rows.add(row(first ? result.scenario().name() : "", first ? verdict : "", outcome.service(),
                        outcome.replicas() + " " + outcome.verdict().label(), outcome.reason()));
                first = false;
            }
        }
        Listing.print(out, TABLE, HEADERS, rows);

        List<ScenarioResult> random = results.stream()
                .filter(r -> r.scenario().kind() == Scenario.Kind.RANDOM).toList();
        if (!random.isEmpty()) {
            out.append('\n');
            List<Map<String, Object>> survival = new ArrayList<>();
            survival(random).forEach((service, share) -> survival.add(Map.of("Service", service, "Whole",
                    String.format(Locale.ROOT, "%.1f%%", share * 100))));
            Listing.print(out, SURVIVAL_TABLE, Map.of("Service", "SERVICE", "Whole",
                    "STAYS WHOLE (" + random.size() + " RANDOM LOSSES)"), survival);
        }

        Headroom headroom = headroom(results);
        if (headroom != null) {
            out.append('\n');
            List<Map<String, Object>> lines = List.of(
                    Map.of("Resource", "cpu", "Total", Quantities.cpus(headroom.total.totalNanoCpus()), "Free",
                            Quantities.cpus(headroom.cpu.free().freeNanoCpus()), "Worst",
                            headroom.cpu.scenario().name()),
                    Map.of("Resource", "memory", "Total", Quantities.bytes(headroom.total.totalMemoryBytes()),
                            "Free", Quantities.bytes(headroom.memory.free().freeMemoryBytes()), "Worst",
                            headroom.memory.scenario().name()));
            Listing.print(out, HEADROOM_TABLE, Map.of("Resource", "RESOURCE", "Total", "TOTAL", "Free",
                    "FREE AFTER WORST LOSS", "Worst", "WORST LOSS"), lines);
        }
        Map<Verdict, Long> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));
        out.append('\n').append(String.valueOf(results.size())).append(" scenarios:");
        String separator = " ";
        for (Map.Entry<Verdict, Long> count : counts.entrySet()) {
            out.append(separator).append(String.valueOf(count.getValue())).append(' ').append(count.getKey().label());
            separator = ", ";
        }
        out.append('\n');
    }

    private static Map<String, Object> row(String scenario, String verdict, String service, String replicas,
            String reason) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Scenario", scenario);
        row.put("Verdict", verdict);
        row.put("Service", service);
        row.put("Replicas", replicas);
        row.put("Reason", reason);
        return row;
    }

    /** Per service, the share of random-loss scenarios that leave it whole. */
    public static Map<String, Double> survival(List<ScenarioResult> random) {
        Map<String, Double> shares = new TreeMap<>();
        for (ScenarioResult result : random) {
            for (ServiceOutcome outcome : result.services()) {
                shares.merge(outcome.service(), outcome.verdict() == Verdict.WHOLE ? 1.0 : 0.0, Double::sum);
            }
        }
        shares.replaceAll((service, whole) -> whole / random.size());
        return shares;
    }

    /** The single-node losses that leave the least CPU and the least memory, and the swarm's total. */
    private record Headroom(ScenarioResult cpu, ScenarioResult memory, Capacity total) {
    }

    private static Headroom headroom(List<ScenarioResult> results) {
        List<ScenarioResult> singles = results.stream()
                .filter(r -> r.scenario().kind() == Scenario.Kind.NODE).toList();
        if (singles.isEmpty() || singles.get(0).free().totalMemoryBytes() == 0
                && singles.get(0).free().totalNanoCpus() == 0) {
            return null;
        }
        ScenarioResult cpu = singles.get(0);
        ScenarioResult memory = singles.get(0);
        long totalCpus = 0;
        long totalMemory = 0;
        for (ScenarioResult r : singles) {
            cpu = r.free().freeNanoCpus() < cpu.free().freeNanoCpus() ? r : cpu;
            memory = r.free().freeMemoryBytes() < memory.free().freeMemoryBytes() ? r : memory;
            totalCpus = Math.max(totalCpus, r.free().totalNanoCpus());
            totalMemory = Math.max(totalMemory, r.free().totalMemoryBytes());
        }
        return new Headroom(cpu, memory, new Capacity(0, 0, totalCpus, totalMemory));
    }

    private static Map<String, Object> json(ServiceOutcome outcome) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("Name", outcome.service());
        service.put("Verdict", outcome.verdict().label());
        service.put("Running", outcome.running());
        service.put("Desired", outcome.desired());
        service.put("Reason", outcome.reason());
        return service;
    }

    private static Map<String, Object> json(List<ServiceOutcome> baseline, List<ScenarioResult> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("Baseline", baseline.stream().map(ResilienceReport::json).toList());
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioResult result : results) {
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("Name", result.scenario().name());
            scenario.put("Kind", result.scenario().kind().option());
            scenario.put("Nodes", result.scenario().hostnames());
            scenario.put("Verdict", result.verdict().label());
            scenario.put("Quorum", result.quorum());
            scenario.put("Services", result.services().stream().map(ResilienceReport::json).toList());
            Map<String, Object> free = new LinkedHashMap<>();
            free.put("NanoCPUs", result.free().freeNanoCpus());
            free.put("MemoryBytes", result.free().freeMemoryBytes());
            scenario.put("Free", free);
            scenarios.add(scenario);
        }
        root.put("Scenarios", scenarios);
        List<ScenarioResult> random = results.stream()
                .filter(r -> r.scenario().kind() == Scenario.Kind.RANDOM).toList();
        if (!random.isEmpty()) {
            root.put("StaysWhole", new LinkedHashMap<String, Object>(survival(random)));
        }
        return root;
    }
}
