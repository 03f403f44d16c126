package flotilla.engine.state;

public enum EndpointMode {
    VIP, DNSRR;

    private final String dockerName = name().toLowerCase(java.util.Locale.ROOT);

    public String dockerName() {
        return dockerName;
    }
}
