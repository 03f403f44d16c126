package flotilla.engine.state;

public enum RestartCondition {
    NONE, ON_FAILURE, ANY;

    /** Swarm's name, from the one table of them: the model's literals. */
    private final String dockerName = flotilla.model.RestartCondition.valueOf(name()).getLiteral();

    public String dockerName() {
        return dockerName;
    }

    public static RestartCondition parse(String value) {
        return DockerNames.parse(values(), RestartCondition::dockerName, value, "restart condition");
    }
}
