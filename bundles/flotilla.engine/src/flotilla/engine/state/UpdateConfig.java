package flotilla.engine.state;

/** Rolling update (or rollback) policy; parallelism 0 updates every task at once. */
public record UpdateConfig(int parallelism, long delayMillis, FailureAction failureAction, long monitorMillis,
        double maxFailureRatio, UpdateOrder order) {
}
