package flotilla.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

import flotilla.model.Cluster;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

/**
 * How long saving, loading and validating a model of about 100,000 elements takes: a main, not a test, so that
 * the build never depends on the machine's speed. Run by {@code benchmark.sh}; prints the first, cold run and the
 * median of five runs after two warm-up runs.
 */
public final class LoadSaveBenchmark {
    private static final int WARMUP = 2;

    private static final int RUNS = 5;

    private LoadSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int services = args.length > 1 ? Integer.parseInt(args[1]) : 19000;
        Path directory = Files.createTempDirectory("flotilla-benchmark");
        Path file = directory.resolve("benchmark.flotilla");

        long start = System.nanoTime();
        Cluster cluster = ExampleClusters.large(nodes, 3, services);
        long build = System.nanoTime() - start;
        int elements = count(cluster);

        long[] save = new long[RUNS];
        long[] load = new long[RUNS];
        long[] validate = new long[RUNS];
        for (int run = -WARMUP; run < RUNS; run++) {
            long saving = System.nanoTime();
            Models.save(cluster, file);
            long loading = System.nanoTime();
            Cluster loaded = Models.load(file);
            long validating = System.nanoTime();
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(loaded);
            long end = System.nanoTime();
            if (diagnostic.getSeverity() >= Diagnostic.ERROR || count(loaded) != elements) {
                throw new IllegalStateException("the benchmark model did not survive the round trip: " + diagnostic);
            }
            if (run == -WARMUP) {
                System.out.printf("first run, cold JVM: save %d ms, load %d ms, validate %d ms%n",
                        (loading - saving) / 1_000_000,
                        (validating - loading) / 1_000_000, (end - validating) / 1_000_000);
            } else if (run >= 0) {
                save[run] = loading - saving;
                load[run] = validating - loading;
                validate[run] = end - validating;
            }
        }
        System.out.printf("elements: %,d (%,d nodes, %,d services), file: %,d bytes, built in %d ms%n", elements, nodes,
                services, Files.size(file),
                build / 1_000_000);
        System.out.printf("median of %d runs after %d warm-up runs: save %d ms, load %d ms, validate %d ms%n", RUNS,
                WARMUP, median(save), median(load),
                median(validate));
        delete(directory);
    }

    private static int count(Cluster cluster) {
        int count = 1;
        for (Iterator<EObject> contents = cluster.eAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        return count;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    private static void delete(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }
}
