package flotilla.engine.analysis;

/**
 * One service after a scenario converged: {@code running} of {@code desired} tasks run; {@code reason} is swarm's
 * own text for what pends (the scheduler's "no suitable node (...)") or, for an update, how it went.
 */
public record ServiceOutcome(String service, Verdict verdict, long running, long desired, String reason) {

    /** "3/3", "1/3": as the REPLICAS column of `docker service ls` would count it. */
    public String replicas() {
        return running + "/" + desired;
    }
}
