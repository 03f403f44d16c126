package flotilla.engine.state;

/** Whether a node takes new tasks: pause keeps its tasks, drain moves them elsewhere. */
public enum Availability {
    ACTIVE, PAUSE, DRAIN;

    private final String dockerName = name().toLowerCase(java.util.Locale.ROOT);

    public String dockerName() {
        return dockerName;
    }

    public static Availability parse(String value) {
        return DockerNames.parse(values(), Availability::dockerName, value, "availability");
    }
}
