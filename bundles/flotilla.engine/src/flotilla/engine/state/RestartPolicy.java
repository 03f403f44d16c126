package flotilla.engine.state;

/** maxAttempts 0 means unlimited; windowMillis 0 means attempts are counted forever. */
public record RestartPolicy(RestartCondition condition, long delayMillis, long maxAttempts, long windowMillis) {
}
