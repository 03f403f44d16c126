package flotilla.ui.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The clock the README's start-up figures are read from (the product runs on Linux: GTK, x86_64). */
class UserTimingTest {

    /**
     * The JDK's {@code ProcessHandle} start came from /proc/stat's boot time, counted in whole seconds: on one machine
     * every figure read 0.4 s too long. The test JVM is started directly (no script before it), so the process and
     * the JVM started within a few milliseconds and a clock tick of each other.
     */
    @Test
    void aProcessStartsWhenTheJvmDoesNotUpToASecondBefore() {
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant processStart = UserTiming.linuxProcessStart().orElseThrow();
        long apartMillis = Duration.between(processStart, jvmStart).toMillis();
        assertTrue(apartMillis > -50 && apartMillis < 250,
                "the process started " + apartMillis + " ms before its JVM (" + processStart + ", " + jvmStart + ")");
    }
}
