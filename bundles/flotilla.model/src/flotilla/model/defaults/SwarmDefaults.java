package flotilla.model.defaults;

import java.time.Duration;
import java.util.Set;

/**
 * Every default swarm and the docker engine apply when a spec leaves something out, in one place, as swarmkit's
 * {@code api/defaults} does. It lives in the model because every layer needs it: the metamodel's defaults (pinned
 * equal by a test), the compose importer, live deploy and the engine ({@code flotilla.engine.defaults.SwarmDefaults}
 * adds only the engine's typed forms of these values). Names are swarm's: enumerations as swarm spells them,
 * durations as {@link Duration}.
 */
public class SwarmDefaults {
    /** Subclassed only by the engine's typed view. */
    protected SwarmDefaults() {
    }

    // ---- services

    public static final String RESTART_CONDITION = "any";

    public static final Duration RESTART_DELAY = Duration.ofSeconds(5);

    /** Zero: unlimited. */
    public static final int RESTART_MAX_ATTEMPTS = 0;

    public static final Duration RESTART_WINDOW = Duration.ZERO;

    /** Updates and rollbacks alike. */
    public static final int UPDATE_PARALLELISM = 1;

    public static final Duration UPDATE_DELAY = Duration.ZERO;

    public static final String UPDATE_FAILURE_ACTION = "pause";

    public static final Duration UPDATE_MONITOR = Duration.ofSeconds(5);

    public static final double UPDATE_MAX_FAILURE_RATIO = 0;

    public static final String UPDATE_ORDER = "stop-first";

    public static final int REPLICAS = 1;

    /** A secret or config file in the container: owner root, mode 0444. */
    public static final int SECRET_MODE = 0444;

    /** The engine's healthcheck defaults, for a healthcheck that leaves them out. */
    public static final Duration HEALTHCHECK_INTERVAL = Duration.ofSeconds(30);

    public static final Duration HEALTHCHECK_TIMEOUT = Duration.ofSeconds(30);

    public static final int HEALTHCHECK_RETRIES = 3;

    /** Old tasks kept per slot for `docker service ps` history. */
    public static final int TASK_HISTORY_RETENTION = 5;

    // ---- networks

    public static final int DYNAMIC_PORT_START = 30000;

    public static final int DYNAMIC_PORT_END = 32767;

    public static final String DEFAULT_ADDRESS_POOL = "10.0.0.0/8";

    public static final int DEFAULT_SUBNET_SIZE = 24;

    public static final String INGRESS_NETWORK = "ingress";

    public static final String INGRESS_SUBNET = "10.0.0.0/24";

    public static final String INGRESS_GATEWAY = "10.0.0.1";

    public static final String GWBRIDGE_NETWORK = "docker_gwbridge";

    public static final String GWBRIDGE_SUBNET = "172.18.0.0/16";

    public static final String GWBRIDGE_GATEWAY = "172.18.0.1";

    /** Drivers every engine has built in, so they never need a plugin. */
    public static final Set<String> BUILTIN_NETWORK_DRIVERS = Set.of("overlay", "bridge", "host", "null", "macvlan",
            "ipvlan");

    // ---- nodes

    public static final String ENGINE_VERSION = "27.3.1";

    public static final String OS = "linux";

    /** As the engine reports it (uname), not Go's amd64. */
    public static final String ARCH = "x86_64";

    public static final String ROLE = "worker";
}
