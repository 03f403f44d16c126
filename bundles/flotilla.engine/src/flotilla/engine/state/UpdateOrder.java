package flotilla.engine.state;

public enum UpdateOrder {
    STOP_FIRST, START_FIRST;

    /** Swarm's name, from the one table of them: the model's literals. */
    private final String dockerName = flotilla.model.UpdateOrder.valueOf(name()).getLiteral();

    public String dockerName() {
        return dockerName;
    }

    public static UpdateOrder parse(String value) {
        for (UpdateOrder o : values()) {
            if (o.dockerName.equals(value)) {
                return o;
            }
        }
        throw new IllegalArgumentException("invalid update order: " + value);
    }
}
