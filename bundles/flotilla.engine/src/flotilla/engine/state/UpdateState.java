package flotilla.engine.state;

/** `docker service inspect` UpdateStatus.State values. */
public enum UpdateState {
    UPDATING, PAUSED, COMPLETED, ROLLBACK_STARTED, ROLLBACK_PAUSED, ROLLBACK_COMPLETED;

    private final String dockerName = name().toLowerCase(java.util.Locale.ROOT);

    public String dockerName() {
        return dockerName;
    }
}
