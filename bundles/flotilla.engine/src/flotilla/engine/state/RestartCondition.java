package flotilla.engine.state;

public enum RestartCondition {
    NONE, ON_FAILURE, ANY;

    /** Swarm's name, from the one table of them: the model's literals. */
    private final String dockerName = flotilla.model.RestartCondition.valueOf(name()).getLiteral();

    public String dockerName() {
        return dockerName;
    }

    public static RestartCondition parse(String value) {
        for (RestartCondition c : values()) {
            if (c.dockerName.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("invalid restart condition: " + value);
    }
}
