package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import flotilla.exchange.kubernetes.KubernetesExporter;
import flotilla.exchange.kubernetes.StrictManifests;
import flotilla.model.Cluster;

/**
 * The public compose and stack files of {@code tests/exchange-corpus} (sources in its SOURCES.md), judged by
 * {@code docker stack config}: a file docker refuses is refused with docker's reason; a file docker accepts is
 * imported, exported, and the export reduces to the same swarm objects as the original (with and without a stack),
 * is a fixed point of import and export, and exports to Kubernetes manifests fabric8 reads strictly.
 */
class CorpusTest {
    private static final String STACK = "corpus";

    @TempDir
    Path folder;

    static Stream<Arguments> corpus() throws IOException {
        Path root = Fixtures.above("tests/exchange-corpus/SOURCES.md").resolve("tests/exchange-corpus");
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(file -> file.getFileName().toString().matches(".*(compose|stack|swarm).*\\.ya?ml"))
                    .sorted()
                    .toList()
                    .stream()
                    .flatMap(file -> Stream.of(Arguments.of(root.relativize(file).toString(), file, null),
                            Arguments.of(root.relativize(file).toString(), file, STACK)));
        }
    }

    @ParameterizedTest(name = "{0} stack={2}")
    @MethodSource("corpus")
    void dockerAndFlotillaAgreeOnTheFile(String name, Path original, String stack) throws Exception {
        assertTrue(Fixtures.dockerStackConfigRuns(),
                "the corpus is judged by docker stack config: install the docker CLI (Debian: apt-get install docker.io)");
        Path copy = copyFolder(original);
        StackConfig.Outcome docker = StackConfig.run(copy);
        if (!docker.accepted()) {
            ComposeException refused = assertThrows(ComposeException.class,
                    () -> Fixtures.importFile(copy, stack, Map.of()),
                    "docker refuses " + name + " (" + docker.output() + ") but Flotilla imports it");
            String reason = docker.output().lines().reduce((first, second) -> second).orElse("");
            assertTrue(anyService(refused.getMessage()).contains(anyService(reason)),
                    "Flotilla refuses for another reason than docker:\n  docker:   " + docker.output()
                            + "\n  Flotilla: " + refused.getMessage());
            return;
        }
        Map<String, Object> expected = StackConfig.reduce(docker.output(), STACK);

        ComposeImporter.Result imported = Fixtures.importFile(copy, stack, Map.of());
        if (servicesWithoutImage(expected)) {
            // docker stack config accepts a service with only build:, which its deploy cannot run: said, and kept.
            assertTrue(imported.warnings().stream().anyMatch(warning -> warning.toString()
                    .contains("has only build: and no image")), imported.warnings().toString());
        }
        Path exported = Files.writeString(copy.resolveSibling("flotilla-export.yml"),
                ComposeExporter.write(imported.cluster(), stack));
        StackConfig.Outcome again = StackConfig.run(exported);

        assertTrue(again.accepted(), () -> "docker refuses the export of " + name + ": " + again.output());
        assertEquals(expected.toString().replace(", ", ",\n"),
                StackConfig.reduce(again.output(), STACK).toString().replace(", ", ",\n"));

        ComposeImporter.Result reimported = Fixtures.importFile(exported, stack, Map.of());
        assertEquals(Files.readString(exported), ComposeExporter.write(reimported.cluster(), stack),
                "the export is not a fixed point");

        Path manifests = folder.resolve("kubernetes");
        KubernetesExporter.export(imported.cluster(), manifests);
        try (Stream<Path> files = Files.list(manifests)) {
            for (Path manifest : files.filter(file -> file.toString().endsWith(".yaml")).toList()) {
                assertFalse(StrictManifests.read(manifest).isEmpty(), manifest.toString());
            }
        }
    }

    /**
     * A reason with the service it names masked: docker reports the first service of a Go map, whose order is random,
     * so with several offending services docker and Flotilla may name different ones.
     */
    private static String anyService(String reason) {
        return reason.replaceAll("services\\.[^. ]+", "services.*");
    }

    @SuppressWarnings("unchecked")
    private static boolean servicesWithoutImage(Map<String, Object> reduced) {
        return ((Map<String, Object>) reduced.getOrDefault("services", Map.of())).values().stream()
                .anyMatch(service -> !((Map<String, Object>) service).containsKey("image"));
    }

    /** The file's folder copied, so exports land beside the original and relative paths resolve alike. */
    private Path copyFolder(Path original) throws IOException {
        Path target = folder.resolve("stack");
        try (Stream<Path> files = Files.walk(original.getParent())) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(original.getParent().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target.resolve(original.getFileName().toString());
    }
}
