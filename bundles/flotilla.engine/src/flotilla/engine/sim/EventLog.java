package flotilla.engine.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The timeline of a simulation, for views and for `sim` scripts to show what happened and when. */
public final class EventLog {
    /** One thing that happened: {@code subject} is a node hostname, service name or task name. */
    public record Event(long time, String kind, String subject, String text) {
        @Override
        public String toString() {
            return String.format("%8.1fs %-8s %s: %s", time / 1000.0, kind, subject, text);
        }
    }

    private final List<Event> events = new ArrayList<>();
    private boolean taskEvents = true;

    /** Task-level events can be millions in benchmarks; they can be left out. */
    public void recordTaskEvents(boolean record) {
        taskEvents = record;
    }

    boolean recordsTaskEvents() {
        return taskEvents;
    }

    void add(long time, String kind, String subject, String text) {
        events.add(new Event(time, kind, subject, text));
    }

    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }
}
