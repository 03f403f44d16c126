package flotilla.engine.state;

public enum FailureAction {
    PAUSE, CONTINUE, ROLLBACK;

    /** Swarm's name, from the one table of them: the model's literals. */
    private final String dockerName = flotilla.model.FailureAction.valueOf(name()).getLiteral();

    public String dockerName() {
        return dockerName;
    }

    public static FailureAction parse(String value) {
        return DockerNames.parse(values(), FailureAction::dockerName, value, "failure action");
    }
}
