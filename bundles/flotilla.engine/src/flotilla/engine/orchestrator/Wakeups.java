package flotilla.engine.orchestrator;

/** How the orchestrator asks to be run again later (restart delays, update delays, monitor periods). */
@FunctionalInterface
public interface Wakeups {
    void wakeAt(long time);
}
