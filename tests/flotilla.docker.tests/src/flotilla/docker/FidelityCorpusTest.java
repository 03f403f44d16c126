package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fidelity corpus (tests/fidelity): every script, recorded on the real swarm, replayed on the
 * simulator must end the same way. A case listed in KNOWN-DIFFERENCES must still differ (so the list
 * is kept true: a fixed difference fails here until it is taken off the list).
 */
class FidelityCorpusTest {
    private static final int MINIMUM_CORPUS = 40;

    static Path corpus() {
        return Path.of(System.getProperty("flotilla.fidelity.dir", "../fidelity"));
    }

    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.toString().endsWith(".docker")).sorted().toList();
        }
    }

    /** case name to why it still differs, from KNOWN-DIFFERENCES ("NAME: reason" lines). */
    static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> known = new TreeMap<>();
        Path file = corpus().resolve("KNOWN-DIFFERENCES");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    known.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        return known;
    }

    @Test
    void theCorpusIsLargeAndEveryScriptIsRecorded() throws IOException {
        List<Path> scripts = scripts();
        assertTrue(scripts.size() >= MINIMUM_CORPUS, "only " + scripts.size() + " cases in " + corpus());
        for (Path script : scripts) {
            Path recording = script.resolveSibling(script.getFileName().toString().replace(".docker", ".rec"));
            assertTrue(Files.isRegularFile(recording),
                    script + " has no recording: run tests/lab/record-fidelity.sh " + script);
        }
        List<String> stale = new ArrayList<>(knownDifferences().keySet());
        stale.removeIf(name -> Files.exists(corpus().resolve(name + ".docker")));
        assertTrue(stale.isEmpty(), "KNOWN-DIFFERENCES names cases that do not exist: " + stale);
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedScriptEndsOnTheSimulatorAsOnTheRealSwarm() throws IOException {
        Map<String, String> known = knownDifferences();
        return scripts().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            FidelityCase c = FidelityCase.read(script);
            List<String> differences = new FidelityReplay(c).differences();
            if (known.containsKey(c.name())) {
                assertFalse(differences.isEmpty(), c.name() + " agrees with the real swarm now: take it off "
                        + "KNOWN-DIFFERENCES (" + known.get(c.name()) + ")");
            } else {
                assertTrue(differences.isEmpty(), c.name() + " differs from the real swarm:\n  "
                        + String.join("\n  ", differences));
            }
        }));
    }
}
