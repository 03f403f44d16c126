package flotilla.engine.defaults;

import flotilla.engine.state.FailureAction;
import flotilla.engine.state.RestartCondition;
import flotilla.engine.state.RestartPolicy;
import flotilla.engine.state.UpdateConfig;
import flotilla.engine.state.UpdateOrder;

/**
 * Swarm's defaults as the engine uses them. Every value is inherited from the model's
 * {@link flotilla.model.defaults.SwarmDefaults}, their one home; this class adds only their typed
 * forms in the engine's units (milliseconds) and the engine's own clock tuning.
 */
public final class SwarmDefaults extends flotilla.model.defaults.SwarmDefaults {
    private SwarmDefaults() {
    }

    public static final long SECOND = 1_000;
    public static final long MINUTE = 60 * SECOND;

    /** Restart policy: condition any, 5 s delay, unlimited attempts, no window. */
    public static final RestartPolicy RESTART_POLICY = new RestartPolicy(RestartCondition.parse(RESTART_CONDITION),
            RESTART_DELAY.toMillis(), RESTART_MAX_ATTEMPTS, RESTART_WINDOW.toMillis());
    /** Update and rollback: parallelism 1, no delay, pause on failure, 5 s monitor, stop-first. */
    public static final UpdateConfig UPDATE_CONFIG = new UpdateConfig(UPDATE_PARALLELISM, UPDATE_DELAY.toMillis(),
            FailureAction.parse(UPDATE_FAILURE_ACTION), UPDATE_MONITOR.toMillis(), UPDATE_MAX_FAILURE_RATIO,
            UpdateOrder.parse(UPDATE_ORDER));
    public static final UpdateConfig ROLLBACK_CONFIG = UPDATE_CONFIG;

    /** The dispatcher expects a heartbeat every 5 s and declares a node down after 3 missed periods. */
    public static final long HEARTBEAT_PERIOD = 5 * SECOND;
    public static final int HEARTBEAT_GRACE_MULTIPLIER = 3;
    public static final long NODE_DOWN_AFTER = HEARTBEAT_PERIOD * HEARTBEAT_GRACE_MULTIPLIER;

    /** A node where a service failed this often within the window is tried last for that service. */
    public static final int MAX_RECENT_FAILURES = 5;
    public static final long RECENT_FAILURE_WINDOW = 5 * MINUTE;
}
