package flotilla.engine.state;

public enum RestartCondition {
    NONE("none"), ON_FAILURE("on-failure"), ANY("any");

    private final String dockerName;

    RestartCondition(String dockerName) {
        this.dockerName = dockerName;
    }

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
