package flotilla.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import flotilla.docker.FidelityCase;
import flotilla.docker.FidelityReplay;

/**
 * The random differential run's short form, inside the build's own lab: a few random docker scripts
 * (tests/lab/fidelity-random.sh) are recorded on the real swarm and replayed on the simulator. Each one
 * they disagree on is written into the corpus (tests/fidelity) as a new case and fails the build. The
 * seed comes from the run (or -Dflotilla.fidelity.seed=N) and is printed, so a failure can be replayed:
 * {@code tests/lab/fidelity-random.sh COUNT SEED}.
 */
class ShortRandomDifferentialRunTest {
    /** About 40 s a script on the lab: the short run's share of the build's time. */
    private static final int SCRIPTS = Integer.getInteger("flotilla.fidelity.count", 3);
    private static final long RECORDING_LIMIT_MINUTES = 10;

    @Test
    void randomScriptsEndOnTheSimulatorAsOnTheRealSwarm() throws Exception {
        Lab lab = Lab.get();
        Path repo = Path.of(System.getProperty("flotilla.repo.dir", "../.."));
        long seed = Long.getLong("flotilla.fidelity.seed", System.currentTimeMillis() / 1000 % 1_000_000);
        System.out.println("short random differential run: " + SCRIPTS + " scripts, seed " + seed
                + " (replay: tests/lab/fidelity-random.sh " + SCRIPTS + " " + seed + ")");
        Path dir = Files.createTempDirectory("flotilla-fidelity-random-");
        record(lab, repo, dir, seed);
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(f -> f.toString().endsWith(".docker")).sorted().toList();
        }
        assertEquals(SCRIPTS, scripts.size(), "scripts written to " + dir);
        List<String> disagreements = new ArrayList<>();
        Path corpus = repo.resolve("tests/fidelity");
        for (Path script : scripts) {
            FidelityCase c = FidelityCase.read(script);
            assertTrue(Files.isRegularFile(script.resolveSibling(c.name() + ".rec")), c.name() + " was not recorded");
            List<String> differences = new FidelityReplay(c).differences();
            if (!differences.isEmpty()) {
                Files.copy(script, corpus.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(script.resolveSibling(c.name() + ".rec"), corpus.resolve(c.name() + ".rec"),
                        StandardCopyOption.REPLACE_EXISTING);
                disagreements.add(c.name() + ":\n  " + String.join("\n  ", differences));
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " of " + scripts.size()
                + " random scripts (seed " + seed + ") disagree with the real swarm; written to " + corpus
                + " as corpus cases:\n" + String.join("\n", disagreements));
    }

    /** Writes the scripts and records them on the build's lab, which the recorder leaves bare again. */
    private static void record(Lab lab, Path repo, Path dir, long seed) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", repo.resolve("tests/lab/fidelity-random.sh").toString(),
                "--record-only", dir.toString(), String.valueOf(SCRIPTS), String.valueOf(seed))
                .redirectErrorStream(true);
        builder.environment().put("FLOTILLA_LAB_DIR", lab.dir().toString());
        Process process = builder.start();
        // Read while it runs so a full pipe never stalls it.
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        if (!process.waitFor(RECORDING_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("recording the random scripts took over " + RECORDING_LIMIT_MINUTES + " minutes");
        }
        reader.join();
        System.out.print(output);
        assertEquals(0, process.exitValue(), "recording the random scripts failed:\n" + output);
    }
}
