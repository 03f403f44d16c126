package flotilla.deploy.plan;

import java.util.List;
import java.util.Locale;

/**
 * One step of a plan: what is created, updated or removed, and for an update the fields that
 * differ as {@code field: live -> desired}. {@code desired} is the model element (null for a
 * removal), {@code live} the engine's object (null for a creation).
 */
public record Change(Action action, Kind kind, String name, List<String> details, Object desired, Object live) {

    /** What a change does, with the sign a plan shows and the verb Docker prints while applying. */
    public enum Action {
        CREATE("+", "Creating"), UPDATE("~", "Updating"), REMOVE("-", "Removing"),
        /** Removed and created again: what swarm cannot change in place (a service's mode). */
        REPLACE("-/+", "Replacing");

        public final String sign;
        public final String verb;

        Action(String sign, String verb) {
            this.sign = sign;
            this.verb = verb;
        }
    }

    /** The kinds of swarm objects deploy manages, in the order they are created. */
    public enum Kind {
        SECRET, CONFIG, NETWORK, NODE, SERVICE;

        public String noun() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The detail of a service update that only puts Flotilla's label on a service the model names. */
    public static final String TAKE_OVER = "taken over: not deployed by this model before";

    /** True when the change only takes a same-named service over: the swarm runs what the model says. */
    public boolean isTakeOverOnly() {
        return details.equals(java.util.List.of(TAKE_OVER));
    }

    /** The change as a plan line, such as {@code ~ service web: replicas 2 -> 3}. */
    public String line() {
        return action.sign + " " + kind.noun() + " " + name
                + (details.isEmpty() ? "" : ": " + String.join("; ", details));
    }
}
