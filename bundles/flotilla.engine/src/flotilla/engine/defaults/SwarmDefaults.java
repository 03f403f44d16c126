package flotilla.engine.defaults;

import flotilla.engine.state.FailureAction;
import flotilla.engine.state.RestartCondition;
import flotilla.engine.state.RestartPolicy;
import flotilla.engine.state.UpdateConfig;
import flotilla.engine.state.UpdateOrder;

/** Every default swarm applies when the user leaves something out, in one place (as swarmkit's defaults). */
public final class SwarmDefaults {
    private SwarmDefaults() {
    }

    public static final long SECOND = 1_000;
    public static final long MINUTE = 60 * SECOND;

    /** Restart policy: condition any, 5 s delay, unlimited attempts, no window. */
    public static final RestartPolicy RESTART_POLICY = new RestartPolicy(RestartCondition.ANY, 5 * SECOND, 0, 0);
    /** Update and rollback: parallelism 1, no delay, pause on failure, 5 s monitor, stop-first. */
    public static final UpdateConfig UPDATE_CONFIG =
            new UpdateConfig(1, 0, FailureAction.PAUSE, 5 * SECOND, 0, UpdateOrder.STOP_FIRST);
    public static final UpdateConfig ROLLBACK_CONFIG = UPDATE_CONFIG;

    /** The dispatcher expects a heartbeat every 5 s and declares a node down after 3 missed periods. */
    public static final long HEARTBEAT_PERIOD = 5 * SECOND;
    public static final int HEARTBEAT_GRACE_MULTIPLIER = 3;
    public static final long NODE_DOWN_AFTER = HEARTBEAT_PERIOD * HEARTBEAT_GRACE_MULTIPLIER;

    /** A node where a service failed this often within the window is tried last for that service. */
    public static final int MAX_RECENT_FAILURES = 5;
    public static final long RECENT_FAILURE_WINDOW = 5 * MINUTE;

    /** Old tasks kept per slot for `docker service ps` history. */
    public static final int TASK_HISTORY_RETENTION = 5;

    public static final int DYNAMIC_PORT_START = 30000;
    public static final int DYNAMIC_PORT_END = 32767;

    public static final String DEFAULT_ADDRESS_POOL = "10.0.0.0/8";
    public static final int DEFAULT_SUBNET_SIZE = 24;
    public static final String INGRESS_SUBNET = "10.0.0.0/24";
    public static final String INGRESS_NETWORK = "ingress";
    public static final String GWBRIDGE_NETWORK = "docker_gwbridge";

    /** Drivers every engine has built in, so they never need a plugin. */
    public static final java.util.Set<String> BUILTIN_NETWORK_DRIVERS =
            java.util.Set.of("overlay", "bridge", "host", "null", "macvlan", "ipvlan");

    public static final String ENGINE_VERSION = "27.3.1";
    public static final String OS = "linux";
    public static final String ARCH = "x86_64";
}
