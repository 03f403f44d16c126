package flotilla.ui.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
        Instant start = linuxProcessStart().or(process::startInstant).orElse(Instant.now());
        String cpu = process.totalCpuDuration().map(time -> " (cpu " + time.toMillis() + " ms)").orElse("");
        System.out.println(
                "[flotilla timing] " + Duration.between(start, Instant.now()).toMillis() + " ms" + cpu + ": " + what);
    }

    /**
     * When this process started, to the kernel's clock tick (10 ms). The JDK's {@code ProcessHandle} adds the
     * process's start, in ticks since boot, to the boot time of {@code /proc/stat}, which counts whole seconds: its
     * start was up to a second early, the same error for every run until the machine reboots (0.4 s on one machine).
     * Measured here against the time since boot ({@code /proc/uptime}) instead, both on the kernel's boot clock.
     */
    static Optional<Instant> linuxProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The fields after the command's name, which may hold spaces and parentheses, start with the state (3).
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long sinceStartMillis = Math.round(uptimeSeconds * 1000) - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
            return Optional.of(Instant.now().minusMillis(sinceStartMillis));
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    /** Linux's USER_HZ, the unit of a process's start in /proc: 100 on every architecture it runs on today. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
}
