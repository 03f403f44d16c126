package flotilla.engine.state;

public enum UpdateOrder {
    STOP_FIRST("stop-first"), START_FIRST("start-first");

    private final String dockerName;

    UpdateOrder(String dockerName) {
        this.dockerName = dockerName;
    }

    public String dockerName() {
        return dockerName;
    }
}
