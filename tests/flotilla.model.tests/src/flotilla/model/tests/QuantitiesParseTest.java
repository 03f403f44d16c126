package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import flotilla.model.text.Architectures;
import flotilla.model.text.Quantities;

/** The one reader of Docker's notations, with Go's and the docker CLI's messages. */
class QuantitiesParseTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void goDurations() {
        assertEquals(90 * SECOND, Quantities.parseDuration("1m30s"));
        assertEquals(500_000_000L, Quantities.parseDuration("500ms"));
        assertEquals(0, Quantities.parseDuration("0"));
        assertEquals(1_500_000_000L, Quantities.parseDuration("1.5s"));
        assertEquals(500_000_000L, Quantities.parseDuration(".5s"));
        assertEquals(2_000L, Quantities.parseDuration("2\u00B5s"));
        assertEquals(-5 * SECOND, Quantities.parseDuration("-5s"),
                "Go reads a sign; callers decide whether it is allowed");
        assertEquals(5400 * SECOND, Quantities.parseDuration("1.5h"));
        assertMessage("time: missing unit in duration \"10\"", () -> Quantities.parseDuration("10"));
        assertMessage("time: unknown unit \" s\" in duration \"10 s\"", () -> Quantities.parseDuration("10 s"));
        assertMessage("time: invalid duration \"\"", () -> Quantities.parseDuration(""));
        assertMessage("time: invalid duration \"s\"", () -> Quantities.parseDuration("s"));
        assertMessage("time: invalid duration \"9999999999h\"", () -> Quantities.parseDuration("9999999999h"));
    }

    @Test
    void ramSizesInBinaryUnits() {
        assertEquals(512L << 20, Quantities.parseBytes("512M"));
        assertEquals(512L << 20, Quantities.parseBytes("512 MiB"));
        assertEquals(512L << 20, Quantities.parseBytes("512mb"));
        assertEquals(1_610_612_736L, Quantities.parseBytes("1.5g"));
        assertEquals(1000L, Quantities.parseBytes("1000"));
        assertMessage("invalid size: '2X'", () -> Quantities.parseBytes("2X"));
        assertMessage("invalid size: '-1G'", () -> Quantities.parseBytes("-1G"));
    }

    @Test
    void cpusAsARationalNumber() {
        assertEquals(500_000_000L, Quantities.parseNanoCpus("0.5"));
        assertEquals(500_000_000L, Quantities.parseNanoCpus("1/2"));
        assertEquals(1L, Quantities.parseNanoCpus("0.000000001"));
        assertMessage("value is too precise", () -> Quantities.parseNanoCpus("0.0000000001"));
        assertMessage("failed to parse half as a rational number", () -> Quantities.parseNanoCpus("half"));
    }

    @Test
    void writtenBackInTheLargestBinaryUnit() {
        assertEquals("0.5", Quantities.cpuNumber(500_000_000L));
        assertEquals("512M", Quantities.binarySize(512L << 20, "K", "M", "G"));
        assertEquals("512Mi", Quantities.binarySize(512L << 20, "Ki", "Mi", "Gi"));
        assertEquals("1000", Quantities.binarySize(1000, "K", "M"));
        assertEquals("About a minute", Quantities.humanDuration(90_000));
    }

    @Test
    void architecturesAsSwarmAndGoNameThem() {
        assertEquals("amd64", Architectures.swarm("x86_64"));
        assertEquals("arm64", Architectures.swarm("aarch64"));
        assertEquals("armv7l", Architectures.swarm("armv7l"), "swarm's filter renames only x86_64 and aarch64");
        assertEquals("arm", Architectures.go("armv7l"));
        assertEquals("amd64", Architectures.go("X86_64"));
        assertEquals("386", Architectures.go("i686"));
    }

    private static void assertMessage(String message, org.junit.jupiter.api.function.Executable parse) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, parse).getMessage());
    }
}
