package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small files on the edges of docker's schemas (a key before the version that brought it, a value of the wrong type,
 * a substituted value docker casts), each judged by {@code docker stack config}: Flotilla refuses what docker refuses
 * with docker's message, and reads what docker accepts, with and without a stack (without one, a file marked
 * saying {@code docker compose reads it} is read: its variables are docker compose's). A file's {@code # env: A=B} line
 * gives the variables both get.
 */
class SchemaVersionsTest {

    static Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.resources().resolve("compose/schema"))) {
            return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    private static Map<String, String> environment(Path file) throws IOException {
        Map<String, String> environment = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# env: ")) {
                for (String assignment : line.substring("# env: ".length()).split(" ")) {
                    environment.put(assignment.substring(0, assignment.indexOf('=')),
                            assignment.substring(assignment.indexOf('=') + 1));
                }
            }
        }
        return environment;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void flotillaAnswersAsDockerStackConfig(Path file) throws Exception {
        assertTrue(Fixtures.dockerStackConfigRuns(),
                "the schema cases are judged by docker stack config: install the docker CLI");
        Map<String, String> environment = environment(file);
        StackConfig.Outcome docker = StackConfig.run(file, environment);
        // A file imported without a stack takes its variables as docker compose does, which knows more operators.
        boolean composeReads = Files.readString(file).contains("docker compose reads it");
        for (String stack : new String[]{null, "shop"}) {
            if (docker.accepted() || stack == null && composeReads) {
                ComposeImporter.Result result = Fixtures.importFile(file, stack, environment);
                assertEquals(1, result.cluster().allServices().size(), file + " stack=" + stack);
            } else {
                ComposeException refused = assertThrows(ComposeException.class,
                        () -> Fixtures.importFile(file, stack, environment),
                        "docker refuses " + file.getFileName() + " (" + docker.output() + ") but Flotilla reads it");
                String reason = docker.output().lines().reduce((first, second) -> second).orElse("");
                assertEquals(reason, refused.reason(), file + " stack=" + stack);
            }
        }
    }

    /** Docker reads a file of each version Flotilla knows, and so does Flotilla. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void everyVersionFlotillaKnowsDockerKnows(String version, @TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("stack.yml"),
                "version: \"" + version + "\"\nservices:\n  web:\n    image: nginx\n");
        StackConfig.Outcome docker = StackConfig.run(file);
        assertTrue(docker.accepted(), docker.output());
        assertEquals(1, Fixtures.importFile(file, null, Map.of()).cluster().getServices().size());
    }

    static List<String> versions() {
        return ComposeSchema.VERSIONS;
    }
}
