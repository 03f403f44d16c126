package flotilla.engine.state;

import flotilla.engine.defaults.SwarmDefaults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user asked for, as `docker service create` or a stack file states it. Accessors come in pairs:
 * {@code replicas()} reads, {@code replicas(5)} sets and returns the spec so specs read like the command.
 */
public final class ServiceSpec {
    private String name;
    private String image;
    private List<String> command = List.of();
    private List<String> args = List.of();
    private List<String> env = List.of();
    private ServiceMode mode = ServiceMode.REPLICATED;
    private long replicas = 1;
    private List<PublishedPort> ports = List.of();
    private List<NetworkAttachmentConfig> networks = List.of();
    private EndpointMode endpointMode = EndpointMode.VIP;
    private List<String> constraints = List.of();
    private List<String> preferences = List.of();
    private List<Platform> platforms = List.of();
    private long maxReplicasPerNode;
    /** A replicated job's tasks run at once at most (0: as many as it has replicas). */
    private long maxConcurrent;
    private Resources reservations = Resources.NONE;
    private Resources limits = Resources.NONE;
    private RestartPolicy restartPolicy = SwarmDefaults.RESTART_POLICY;
    private UpdateConfig updateConfig = SwarmDefaults.UPDATE_CONFIG;
    private UpdateConfig rollbackConfig = SwarmDefaults.ROLLBACK_CONFIG;
    private List<Mount> mounts = List.of();
    private List<String> secrets = List.of();
    private List<String> configs = List.of();
    private Map<String, String> labels = Map.of();
    private long forceUpdate;
    /** Derived from ports; the scheduler asks for it on every placement. */
    private List<PublishedPort> hostPorts;

    public ServiceSpec(String name, String image) {
        this.name = name;
        this.image = image;
    }

    public ServiceSpec copy() {
        ServiceSpec c = new ServiceSpec(name, image);
        c.command = command;
        c.args = args;
        c.env = env;
        c.mode = mode;
        c.replicas = replicas;
        c.ports = ports;
        c.networks = networks;
        c.endpointMode = endpointMode;
        c.constraints = constraints;
        c.preferences = preferences;
        c.platforms = platforms;
        c.maxReplicasPerNode = maxReplicasPerNode;
        c.maxConcurrent = maxConcurrent;
        c.reservations = reservations;
        c.limits = limits;
        c.restartPolicy = restartPolicy;
        c.updateConfig = updateConfig;
        c.rollbackConfig = rollbackConfig;
        c.mounts = mounts;
        c.secrets = secrets;
        c.configs = configs;
        c.labels = labels;
        c.forceUpdate = forceUpdate;
        return c;
    }

    public String name() { return name; }
    public ServiceSpec name(String value) { name = value; return this; }
    public String image() { return image; }
    public ServiceSpec image(String value) { image = value; return this; }
    public List<String> command() { return command; }
    public ServiceSpec command(List<String> value) { command = List.copyOf(value); return this; }
    public List<String> args() { return args; }
    public ServiceSpec args(List<String> value) { args = List.copyOf(value); return this; }
    public List<String> env() { return env; }
    public ServiceSpec env(List<String> value) { env = List.copyOf(value); return this; }
    public ServiceMode mode() { return mode; }
    public ServiceSpec mode(ServiceMode value) { mode = value; return this; }
    /** Desired replicas (replicated) or completions (replicated job); ignored for global modes. */
    public long replicas() {
        return replicas;
    }
    public ServiceSpec replicas(long value) { replicas = value; return this; }
    public List<PublishedPort> ports() { return ports; }
    public ServiceSpec ports(List<PublishedPort> value) { ports = List.copyOf(value); hostPorts = null; return this; }
    public List<NetworkAttachmentConfig> networks() { return networks; }
    public ServiceSpec networks(List<NetworkAttachmentConfig> value) { networks = List.copyOf(value); return this; }
    public EndpointMode endpointMode() { return endpointMode; }
    public ServiceSpec endpointMode(EndpointMode value) { endpointMode = value; return this; }
    /** Placement constraints such as {@code node.role==manager}; all must hold. */
    public List<String> constraints() {
        return constraints;
    }
    public ServiceSpec constraints(List<String> value) { constraints = List.copyOf(value); return this; }
    /** Spread descriptors such as {@code node.labels.zone}, outermost first. */
    public List<String> preferences() {
        return preferences;
    }
    public ServiceSpec preferences(List<String> value) { preferences = List.copyOf(value); return this; }
    public List<Platform> platforms() { return platforms; }
    public ServiceSpec platforms(List<Platform> value) { platforms = List.copyOf(value); return this; }
    /** 0 means no limit. */
    public long maxReplicasPerNode() { return maxReplicasPerNode; }
    public ServiceSpec maxReplicasPerNode(long value) { maxReplicasPerNode = value; return this; }
    public long maxConcurrent() { return maxConcurrent; }
    public ServiceSpec maxConcurrent(long value) { maxConcurrent = value; return this; }
    /** How many of a replicated job's tasks may run at once: --max-concurrent, by default all. */
    public long concurrentJobTasks() {
        return maxConcurrent > 0 ? maxConcurrent : replicas;
    }
    public Resources reservations() { return reservations; }
    public ServiceSpec reservations(Resources value) { reservations = value; return this; }
    public Resources limits() { return limits; }
    public ServiceSpec limits(Resources value) { limits = value; return this; }
    public RestartPolicy restartPolicy() { return restartPolicy; }
    public ServiceSpec restartPolicy(RestartPolicy value) { restartPolicy = value; return this; }
    public UpdateConfig updateConfig() { return updateConfig; }
    public ServiceSpec updateConfig(UpdateConfig value) { updateConfig = value; return this; }
    public UpdateConfig rollbackConfig() { return rollbackConfig; }
    public ServiceSpec rollbackConfig(UpdateConfig value) { rollbackConfig = value; return this; }
    public List<Mount> mounts() { return mounts; }
    public ServiceSpec mounts(List<Mount> value) { mounts = List.copyOf(value); return this; }
    public List<String> secrets() { return secrets; }
    public ServiceSpec secrets(List<String> value) { secrets = List.copyOf(value); return this; }
    /** The names of the configs the service's containers get. */
    public List<String> configs() { return configs; }
    public ServiceSpec configs(List<String> value) { configs = List.copyOf(value); return this; }
    public Map<String, String> labels() { return labels; }
    public ServiceSpec labels(Map<String, String> value) {
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(value));
        return this;
    }
    /** Bumped by `docker service update --force` so an unchanged spec still rolls every task. */
    public long forceUpdate() {
        return forceUpdate;
    }
    public ServiceSpec forceUpdate(long value) { forceUpdate = value; return this; }

    /**
     * Whether tasks made from {@code other} must be replaced to run this spec, as swarmkit's IsTaskDirty
     * sees it: the task template and the endpoint (any published port, ingress too, or the endpoint mode)
     * count; replicas and the placement do not (a task whose node still meets the constraints stays).
     */
    public boolean requiresNewTasks(ServiceSpec other) {
        return !image.equals(other.image) || !command.equals(other.command) || !args.equals(other.args)
                || !env.equals(other.env) || !networks.equals(other.networks)
                || !reservations.equals(other.reservations)
                || !limits.equals(other.limits) || !restartPolicy.equals(other.restartPolicy)
                || !mounts.equals(other.mounts) || !secrets.equals(other.secrets) || !configs.equals(other.configs)
                || forceUpdate != other.forceUpdate
                || !ports.equals(other.ports) || endpointMode != other.endpointMode;
    }

    /** The placement (constraints, preferences, platforms, replicas per node): not the task's own business. */
    public boolean placementDiffers(ServiceSpec other) {
        return !constraints.equals(other.constraints) || !preferences.equals(other.preferences)
                || !platforms.equals(other.platforms) || maxReplicasPerNode != other.maxReplicasPerNode;
    }

    /** Whether its tasks run in their node's own network namespace (attached to the predefined {@code host} network). */
    public boolean onHostNetwork() {
        return networks.stream().anyMatch(c -> "host".equals(c.target()));
    }

    /** Host-mode ports live in the task's spec; ingress ports belong to the service endpoint. */
    public List<PublishedPort> hostPorts() {
        if (hostPorts == null) {
            List<PublishedPort> result = new ArrayList<>();
            for (PublishedPort p : ports) {
                if (p.mode() == PublishMode.HOST) {
                    result.add(p);
                }
            }
            hostPorts = List.copyOf(result);
        }
        return hostPorts;
    }
}
