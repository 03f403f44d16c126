package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import flotilla.model.text.Quantities;

class QuantitiesTest {
    @Test
    void durationsReadAsDockerWritesThem() {
        assertEquals("0s", Quantities.duration(0));
        assertEquals("5s", Quantities.duration(5_000_000_000L));
        assertEquals("1m30s", Quantities.duration(90_000_000_000L));
        assertEquals("1h", Quantities.duration(3_600_000_000_000L));
        assertEquals("250ms", Quantities.duration(250_000_000L));
        assertEquals("1500ns", Quantities.duration(1_500L));
    }

    @Test
    void cpusAndMemory() {
        assertEquals("1 CPU", Quantities.cpus(1_000_000_000L));
        assertEquals("0.5 CPUs", Quantities.cpus(500_000_000L));
        assertEquals("4GiB", Quantities.bytes(4L << 30));
        assertEquals("1.5GiB", Quantities.bytes(1536L << 20));
        assertEquals("1000B", Quantities.bytes(1000));
        // A sum of node memories, as docker's go-units writes it (four significant digits).
        assertEquals("337.1GiB", Quantities.bytes(345216L << 20));
        assertEquals("1024KiB", Quantities.bytes((1L << 20) - 1));
    }
}
