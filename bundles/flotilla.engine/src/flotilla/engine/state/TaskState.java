package flotilla.engine.state;

import java.util.Locale;

/** Swarm's task lifecycle, in swarm's order: a task only ever moves forward. */
public enum TaskState {
    NEW, PENDING, ASSIGNED, ACCEPTED, PREPARING, READY, STARTING, RUNNING, COMPLETE, SHUTDOWN, FAILED, REJECTED, REMOVE, ORPHANED;

    /** Past RUNNING the task will never run again. */
    public boolean isTerminal() {
        return compareTo(RUNNING) > 0;
    }

    /** As `docker service ps` prints it: "Running", "Shutdown". */
    public String dockerName() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
