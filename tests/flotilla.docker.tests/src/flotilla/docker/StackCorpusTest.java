package flotilla.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.exchange.compose.ComposeException;
import flotilla.exchange.compose.ComposeImporter;
import flotilla.model.Service;
import flotilla.model.validation.ServiceRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public stack files of tests/exchange-corpus deployed with the simulator's `docker stack deploy`: a file the
 * importer reads deploys every service (after `docker network create` of the external networks it names, as an
 * operator would); a file it refuses fails the deploy with the same reason and leaves the swarm empty; a service on
 * a bridge network, which flotilla validate flags, fails to deploy with swarm's message.
 */
class StackCorpusTest {
    private static final Pattern MISSING_EXTERNAL = Pattern.compile("network \"([^\"]+)\" is declared as external");

    @TempDir
    Path dir;

    static Stream<Path> corpus() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("tests/exchange-corpus/SOURCES.md"))) {
            root = root.getParent();
        }
        Path corpus = root.resolve("tests/exchange-corpus");
        try (Stream<Path> files = Files.walk(corpus, 2)) {
            return files.filter(file -> file.getFileName().toString().matches(".*(compose|stack|swarm).*\\.ya?ml"))
                    .sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void theSimulatorDeploysWhatTheImporterReads(Path file) throws Exception {
        Path copy = dir.resolve(file.getFileName().toString());
        Files.copy(file, copy);
        Session s = new Session(new ComposeStackFiles(), dir);
        s.run("docker swarm init\nsim add-node worker1\nsim add-node worker2");
        List<Service> services;
        try {
            services = ComposeImporter.asStackDeploy(Map.of()).importNew(copy, "corpus").cluster().getStacks().get(0)
                    .getServices();
        } catch (ComposeException refused) {
            s.run("docker stack deploy -c " + copy.getFileName() + " corpus");
            assertTrue(s.errors().contains(refused.reason()),
                    "the deploy fails as the import does: " + refused.getMessage());
            assertEquals("", s.run("docker service ls --format '{{.Name}}'"), "a failed deploy creates no service");
            assertTrue(
                    s.run("docker network ls --format '{{.Name}}'").lines()
                            .noneMatch(name -> name.startsWith("corpus_")),
                    "a failed deploy creates no network");
            return;
        }
        String errors = "";
        for (int attempt = 0; attempt < 5; attempt++) {
            s.run("docker stack deploy -c " + copy.getFileName() + " corpus");
            errors = s.errors();
            Matcher missing = MISSING_EXTERNAL.matcher(errors);
            if (!missing.find()) {
                break;
            }
            s.run("docker network create -d overlay " + missing.group(1));
        }
        if (services.stream().anyMatch(service -> !ServiceRules.swarmScopedNetworks(service, null))) {
            // What flotilla validate says of the model is what the deploy runs into, as on a real swarm.
            assertTrue(errors.contains("cannot be used with services. Only networks scoped to the swarm can be used"),
                    errors);
            return;
        }
        if (services.stream().anyMatch(service -> service.getImage() == null)) {
            // docker stack config reads a service with only build:; the daemon refuses to create it.
            assertTrue(
                    errors.contains("rpc error: code = InvalidArgument desc = ContainerSpec: image reference must be "
                            + "provided"),
                    errors);
            return;
        }
        assertEquals("", errors, file.toString());
        assertEquals(services.size(), s.run("docker stack services corpus --format '{{.Name}}'").lines().count(),
                file.toString());
    }
}
