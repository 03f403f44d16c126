package flotilla.engine.state;

public enum UpdateOrder {
    STOP_FIRST, START_FIRST;

    /** Swarm's name, from the one table of them: the model's literals. */
    private final String dockerName = flotilla.model.UpdateOrder.valueOf(name()).getLiteral();

    public String dockerName() {
        return dockerName;
    }

    public static UpdateOrder parse(String value) {
        return DockerNames.parse(values(), UpdateOrder::dockerName, value, "update order");
    }
}
