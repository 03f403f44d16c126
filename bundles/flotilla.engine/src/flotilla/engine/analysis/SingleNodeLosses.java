package flotilla.engine.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The N-1 analysis read two ways: per node, what losing it does (the worst verdict and how many services it hurts),
 * which the diagram's heat map colours; per service, the single nodes whose loss it does not survive whole, which
 * the Problems view lists.
 */
public record SingleNodeLosses(Map<String, Damage> byNode, Map<String, List<Hurt>> byService) {

    /** What losing one node does: the worst verdict over the services and how many it leaves short. */
    public record Damage(Verdict worst, int servicesHurt) {
    }

    /** One service that a node's loss leaves short, and how. */
    public record Hurt(String hostname, ServiceOutcome outcome) {
    }

    /** From the results of {@link Scenarios#nodeLosses} (other scenarios are left out). */
    public static SingleNodeLosses of(List<ScenarioResult> results) {
        Map<String, Damage> byNode = new LinkedHashMap<>();
        Map<String, List<Hurt>> byService = new TreeMap<>();
        for (ScenarioResult result : results) {
            if (result.scenario().kind() != Scenario.Kind.NODE) {
                continue;
            }
            String hostname = result.scenario().hostnames().get(0);
            int hurt = 0;
            for (ServiceOutcome outcome : result.services()) {
                if (outcome.verdict() != Verdict.WHOLE) {
                    hurt++;
                    byService.computeIfAbsent(outcome.service(), s -> new ArrayList<>()).add(new Hurt(hostname,
                            outcome));
                }
            }
            byNode.put(hostname, new Damage(result.verdict(), hurt));
        }
        return new SingleNodeLosses(byNode, byService);
    }

    /** The service's worst single-node loss first (down before degraded), then by hostname. */
    public List<Hurt> hurts(String service) {
        List<Hurt> hurts = new ArrayList<>(byService.getOrDefault(service, List.of()));
        hurts.sort((a, b) -> b.outcome().verdict().compareTo(a.outcome().verdict()));
        return hurts;
    }
}
