package flotilla.engine.state;

import java.util.ArrayList;
import java.util.List;

/** A service as the manager stores it: its spec, the previous spec kept for rollback, and its endpoint. */
public final class Service {
    private final String id;
    private final long createdAt;
    ServiceSpec spec;
    ServiceSpec previousSpec;
    long version;
    long previousVersion;
    long updatedAt;
    UpdateStatus updateStatus;
    List<PublishedPort> endpointPorts = List.of();
    List<NetworkAttachment> virtualIps = List.of();

    Service(String id, ServiceSpec spec, long createdAt) {
        this.id = id;
        this.spec = spec;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The same service in a forked store (specs are values: never changed once stored). */
    Service copy() {
        Service copy = new Service(id, spec, createdAt);
        copy.reset(this);
        return copy;
    }

    /** Back to {@code from}'s changing fields (the same service in the store this one's was copied from). */
    void reset(Service from) {
        spec = from.spec;
        previousSpec = from.previousSpec;
        version = from.version;
        previousVersion = from.previousVersion;
        updatedAt = from.updatedAt;
        updateStatus = from.updateStatus;
        endpointPorts = from.endpointPorts;
        virtualIps = from.virtualIps;
    }

    public String id() {
        return id;
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** Present after an update; `docker service rollback` goes back to it. */
    public ServiceSpec previousSpec() {
        return previousSpec;
    }

    /** Spec version: tasks created from an older version are out of date. */
    public long version() {
        return version;
    }

    public long createdAt() {
        return createdAt;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public UpdateStatus updateStatus() {
        return updateStatus;
    }

    /** Published ports with dynamic ones resolved. */
    public List<PublishedPort> endpointPorts() {
        return endpointPorts;
    }

    public void endpointPorts(List<PublishedPort> ports) {
        endpointPorts = List.copyOf(ports);
    }

    /** One VIP per network the service is reachable on via its endpoint (none with dnsrr). */
    public List<NetworkAttachment> virtualIps() {
        return virtualIps;
    }

    public void virtualIps(List<NetworkAttachment> vips) {
        virtualIps = List.copyOf(new ArrayList<>(vips));
    }
}
