package flotilla.engine.analysis;

/** What a scenario did to one service, mildest first, so the worst of several is the largest. */
public enum Verdict {
    /** Every replica (for a global service: every surviving eligible node) runs a task. */
    WHOLE("keeps all replicas"),
    /** Some replicas run, some pend; the outcome carries swarm's reason. */
    DEGRADED("degraded"),
    /** Replicas pend because the constraints leave no node for them: they would come back only with the lost nodes. */
    NOT_RESCHEDULED("not rescheduled"),
    /** No replica runs. */
    DOWN("down");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** As the table prints it. */
    public String label() {
        return label;
    }

    public Verdict worse(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
