package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Durations, sizes and CPUs read and written as the docker CLI does. */
class UnitsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void goDurations() {
        assertEquals(10 * SECOND, Units.duration("10s"));
        assertEquals(90 * SECOND, Units.duration("1m30s"));
        assertEquals(3600 * SECOND, Units.duration("1h"));
        assertEquals(1500 * 1_000_000L, Units.duration("1.5s"));
        assertEquals(250_000_000L, Units.duration("250ms"));
        assertEquals(2_000L, Units.duration("2us"));
        assertEquals(7L, Units.duration("7ns"));
        assertEquals(5400 * SECOND, Units.duration("1.5h"));
        assertEquals(0, Units.duration("0"));
        for (String bad : new String[]{"10", "s", "1x", "-5s", "10 s", ""}) {
            assertThrows(IllegalArgumentException.class, () -> Units.duration(bad), bad);
        }
    }

    @Test
    void binarySizes() {
        assertEquals(2L << 30, Units.bytes("2G"));
        assertEquals(512L << 20, Units.bytes("512M"));
        assertEquals(512L << 20, Units.bytes("512MiB"));
        assertEquals(512L << 20, Units.bytes("512mb"));
        assertEquals(1_610_612_736L, Units.bytes("1.5g"));
        assertEquals(1024L, Units.bytes("1k"));
        assertEquals(1000L, Units.bytes("1000"));
        assertThrows(IllegalArgumentException.class, () -> Units.bytes("2X"));
        assertThrows(IllegalArgumentException.class, () -> Units.bytes("-1G"));
    }

    @Test
    void cpus() {
        assertEquals(500_000_000L, Units.nanoCPUs("0.5"));
        assertEquals(2 * SECOND, Units.nanoCPUs("2"));
        assertEquals(1L, Units.nanoCPUs("0.000000001"));
        assertThrows(IllegalArgumentException.class, () -> Units.nanoCPUs("0.0000000001"));
        assertThrows(IllegalArgumentException.class, () -> Units.nanoCPUs("half"));
        assertThrows(IllegalArgumentException.class, () -> Units.nanoCPUs("-1"));
    }

    @Test
    void writtenBackInTheLargestUnit() {
        assertEquals("0.5", Units.cpus(500_000_000L));
        assertEquals("2", Units.cpus(2 * SECOND));
        assertEquals("512M", Units.size(512L << 20));
        assertEquals("2G", Units.size(2L << 30));
        assertEquals("1536M", Units.size(1_610_612_736L));
        assertEquals("1000", Units.size(1000));
    }
}
