package flotilla.engine.state;

public enum NodeStatus {
    UNKNOWN, DOWN, READY;

    public String dockerName() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
