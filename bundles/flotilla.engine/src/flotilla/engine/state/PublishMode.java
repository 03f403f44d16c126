package flotilla.engine.state;

/** ingress goes through the routing mesh on every node; host binds only on the node running the task. */
public enum PublishMode {
    INGRESS, HOST;

    private final String dockerName = name().toLowerCase(java.util.Locale.ROOT);

    public String dockerName() {
        return dockerName;
    }
}
