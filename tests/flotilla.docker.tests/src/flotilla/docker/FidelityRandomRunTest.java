package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The second half of the random differential run (tests/lab/fidelity-random.sh): random scripts already
 * recorded on the real swarm are replayed on the simulator, and each one they disagree on is copied into
 * the corpus as a new case. Tagged {@code lab-run}: not part of verify; the run selects it and hands it its
 * directory ({@code flotilla.fidelity.random.dir}).
 */
@Tag("lab-run")
class FidelityRandomRunTest {

    @Test
    void everyDisagreementBecomesACorpusCase() throws IOException {
        String dir = System.getProperty("flotilla.fidelity.random.dir");
        assertTrue(dir != null, "flotilla.fidelity.random.dir names the random run's recordings "
                + "(tests/lab/fidelity-random.sh passes it)");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            scripts = files.filter(f -> f.toString().endsWith(".docker")).sorted().toList();
        }
        assertTrue(!scripts.isEmpty(), "no random scripts in " + dir);
        List<String> disagreements = new ArrayList<>();
        for (Path script : scripts) {
            FidelityCase c = FidelityCase.read(script);
            List<String> differences = new FidelityReplay(c).differences();
            if (!differences.isEmpty()) {
                Path corpus = FidelityCorpusTest.corpus();
                Files.copy(script, corpus.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(script.resolveSibling(c.name() + ".rec"), corpus.resolve(c.name() + ".rec"),
                        StandardCopyOption.REPLACE_EXISTING);
                disagreements.add(c.name() + ":\n  " + String.join("\n  ", differences));
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " of " + scripts.size()
                + " random scripts disagree; added to the corpus:\n" + String.join("\n", disagreements));
    }
}
