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

    /**
     * {@code -Dflotilla.closeWhenPainted=true}: the workbench closes itself once its window is first painted, as a
     * user would at that moment. The build's run that trains the JDK's AOT cache on the start of the window uses it.
     */
    public static final boolean CLOSE_WHEN_PAINTED = Boolean.getBoolean("flotilla.closeWhenPainted");

    private UserTiming() {
    }

    /**
     * Prints {@code [flotilla timing] 1234 ms (cpu 2345 ms): WHAT}: the wall time since the process started and the
     * CPU time all its threads used so far. On a shared machine the wall time grows with the load; the CPU time is
     * the work the start-up itself took.
     */
    public static void reached(String what) {
        if (!ENABLED) {
            return;
        }
        ProcessHandle.Info process = ProcessHandle.current().info();
        Instant start = process.startInstant().orElse(Instant.now());
        String cpu = process.totalCpuDuration().map(time -> " (cpu " + time.toMillis() + " ms)").orElse("");
        System.out.println(
                "[flotilla timing] " + Duration.between(start, Instant.now()).toMillis() + " ms" + cpu + ": " + what);
    }
}
