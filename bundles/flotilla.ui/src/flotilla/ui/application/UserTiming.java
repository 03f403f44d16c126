package flotilla.ui.application;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code -Dflotilla.timing=true}: prints, on standard output, when the moments a user waits for happened, counted from
 * the start of the process (the launcher script's start, since it execs the JVM). The README's UI figures come from
 * it: {@code JAVA_TOOL_OPTIONS=-Dflotilla.timing=true ./flotilla examples/large.flotilla}.
 */
public final class UserTiming {

    /** Whether the figures are wanted; off by default, when nothing is measured or printed. */
    public static final boolean ENABLED = Boolean.getBoolean("flotilla.timing");

    private UserTiming() {
    }

    /** Prints {@code [flotilla timing] 1234 ms: WHAT}. */
    public static void reached(String what) {
        if (!ENABLED) {
            return;
        }
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        System.out.println("[flotilla timing] " + Duration.between(start, Instant.now()).toMillis() + " ms: " + what);
    }
}
