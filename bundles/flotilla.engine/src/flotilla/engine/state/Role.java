package flotilla.engine.state;

public enum Role {
    MANAGER, WORKER;

    private final String dockerName = name().toLowerCase(java.util.Locale.ROOT);

    public String dockerName() {
        return dockerName;
    }
}
