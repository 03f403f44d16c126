package flotilla.engine.state;

public enum FailureAction {
    PAUSE, CONTINUE, ROLLBACK;

    private final String dockerName = name().toLowerCase(java.util.Locale.ROOT);

    public String dockerName() {
        return dockerName;
    }
}
