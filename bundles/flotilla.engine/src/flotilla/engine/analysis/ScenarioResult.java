package flotilla.engine.analysis;

import java.util.List;

/**
 * A scenario's outcome: every service's verdict, whether the managers kept quorum (without it the swarm keeps
 * running what it runs but schedules and reconciles nothing), and the capacity left on the nodes that still take
 * tasks.
 */
public record ScenarioResult(Scenario scenario, List<ServiceOutcome> services, boolean quorum, Capacity free) {

    /** The worst service verdict: the scenario's own. */
    public Verdict verdict() {
        return services.stream().map(ServiceOutcome::verdict).reduce(Verdict.WHOLE, Verdict::worse);
    }

    public ServiceOutcome outcome(String service) {
        return services.stream().filter(o -> o.service().equals(service)).findFirst().orElse(null);
    }
}
