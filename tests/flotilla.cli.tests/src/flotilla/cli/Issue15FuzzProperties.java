package flotilla.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

/**
 * Issue 15: generated models, compose files and scripts, broken in the ways users and disks break them. Whatever the
 * input, a command exits 0, 1 or 2, prints no trace and leaves its inputs byte-identical. Tries are kept low so the
 * whole fuzz stays well under a minute in the normal build. Run by {@link Issue15FuzzTest}.
 */
class Issue15FuzzProperties {

    /** Numbers at and beyond swarm's and the simulator's limits, and things that are no number. */
    private static final List<String> EDGE_NUMBERS = List.of("-5", "-1", "0", "1", "3", "65536", "70000", "1000001",
            "2147483647",
            "2147483648", "99999999999999999999", "1e3", "abc", "", "0x10", "\u00e9");

    // ---- models

    @Property(tries = 25)
    void brokenModels(@ForAll("models") byte[] model) throws IOException {
        Path folder = Files.createTempDirectory("flotilla-fuzz-model");
        try {
            Path file = Files.write(folder.resolve("fuzz.flotilla"), model);
            Path script = Files.writeString(folder.resolve("empty.sh"), "# nothing\n");
            assertCleanAndUntouched(folder, "validate", file.toString());
            assertCleanAndUntouched(folder, "schedule", file.toString());
            assertCleanAndUntouched(folder, "sim", script.toString(), "--model", file.toString());
            assertCleanAndUntouched(folder, "export", file.toString(), "--format", "stack");
        } finally {
            delete(folder);
        }
    }

    @Provide
    Arbitrary<byte[]> models() {
        byte[] example = exampleModel();
        String text = new String(example, StandardCharsets.UTF_8);
        Arbitrary<byte[]> flipped = Combinators
                .combine(Arbitraries.integers().between(0, example.length - 1).list().ofMinSize(1).ofMaxSize(8),
                        Arbitraries.bytes().list().ofSize(8))
                .as((positions, values) -> {
                    byte[] copy = example.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        copy[positions.get(i)] = values.get(i);
                    }
                    return copy;
                });
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, example.length - 1)
                .map(length -> java.util.Arrays.copyOf(example, length));
        Arbitrary<byte[]> edgeValues = Combinators
                .combine(Arbitraries.of("replicas", "published", "target", "memoryBytes", "nanoCpus", "name",
                        "expression", "subnet", "hostname"), Arbitraries.of(EDGE_NUMBERS))
                .as((attribute, value) -> text
                        .replaceFirst(attribute + "=\"[^\"]*\"",
                                attribute + "=\"" + java.util.regex.Matcher.quoteReplacement(value) + "\"")
                        .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(flipped, truncated, edgeValues);
    }

    private static byte[] exampleModel() {
        try {
            Path folder = Files.createTempDirectory("flotilla-fuzz-example");
            Path file = folder.resolve("tutorial.flotilla");
            Models.save(ExampleClusters.swarmTutorial(), file);
            byte[] bytes = Files.readAllBytes(file);
            delete(folder);
            return bytes;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- compose files

    @Property(tries = 30)
    void brokenComposeFiles(@ForAll("composeFiles") byte[] compose) throws IOException {
        Path folder = Files.createTempDirectory("flotilla-fuzz-compose");
        Path outputs = Files.createTempDirectory("flotilla-fuzz-compose-out");
        try {
            Path file = Files.write(folder.resolve("stack.yml"), compose);
            assertCleanAndUntouched(folder, "import", file.toString(), "-o",
                    outputs.resolve("stack.flotilla").toString());
        } finally {
            delete(folder);
            delete(outputs);
        }
    }

    @Provide
    Arbitrary<byte[]> composeFiles() {
        Arbitrary<String> number = Arbitraries.of(EDGE_NUMBERS);
        Arbitrary<String> serviceLine = Arbitraries.oneOf(
                number.map(n -> "    deploy:\n      replicas: " + n),
                Combinators.combine(number, number)
                        .as((published, target) -> "    ports:\n      - \"" + published + ":" + target + "\""),
                number.map(n -> "    ports:\n      - target: " + n + "\n        published: " + n),
                Arbitraries.of("    image: nginx", "    image: ", "    image: [a, b]",
                        "    deploy:\n      mode: sideways",
                        "    deploy:\n      placement:\n        constraints: [\"node.role ~ x\"]",
                        "    secrets: [missing]",
                        "    networks: [nowhere]", "    healthcheck:\n      interval: forever",
                        "    command: 'unterminated",
                        "    labels: " + "[".repeat(300) + "]".repeat(300), "    <<: *nothing", "\tx: tab"));
        Arbitrary<String> service = Combinators
                .combine(Arbitraries.of("web", "db", "web", "-x", "a b", "\u00e9t\u00e9", ""),
                        serviceLine.list().ofMaxSize(4))
                .as((name, lines) -> "  " + name + ":\n" + String.join("\n", lines));
        Arbitrary<String> document = Combinators.combine(
                Arbitraries.of("", "version: \"3.8\"\n", "version: \"2\"\n", "version: [\n"),
                service.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of("", "secrets:\n  s:\n    file: ./does-not-exist\n",
                        "networks:\n  n:\n    driver: overlay\n    ipam:\n      config:\n        - subnet: 10.0.0.0/99\n",
                        "volumes: 7\n", "x-anchor: &a [*a]\n"))
                .as((version, services, tail) -> version + "services:\n" + String.join("\n", services) + "\n" + tail);
        return Combinators
                .combine(document, Arbitraries.of(Corruption.values()), Arbitraries.integers().between(0, 10_000))
                .as(Tuple::of).map(t -> t.get2().apply(t.get1().getBytes(StandardCharsets.UTF_8), t.get3()));
    }

    // ---- scripts

    @Property(tries = 30)
    void brokenScripts(@ForAll("scripts") byte[] script) throws IOException {
        Path folder = Files.createTempDirectory("flotilla-fuzz-script");
        try {
            Path file = Files.write(folder.resolve("script.sh"), script);
            assertCleanAndUntouched(folder, "sim", file.toString());
        } finally {
            delete(folder);
        }
    }

    @Provide
    Arbitrary<byte[]> scripts() {
        Arbitrary<String> number = Arbitraries.of(EDGE_NUMBERS);
        Arbitrary<String> name = Arbitraries.of("web", "db", "w1", "worker1", "nope", "'", "\"", "$x", "a=b");
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("docker swarm init", "docker swarm init", "sim add-node worker1", "sim add-node worker2",
                        "docker node ls",
                        "docker service ls", "sim wait 30s", "sim heal", "docker stack ls", "echo 'unterminated",
                        "docker", "sim", "#", "\t",
                        "docker service create", "docker network create --driver overlay --subnet 10.0.0.0/99 n",
                        "docker stack deploy -c missing.yml s", "docker secret create s missing.txt"),
                Combinators.combine(name, number)
                        .as((n, r) -> "docker service create --name " + n + " --replicas " + r + " nginx"),
                Combinators.combine(name, number).as((n, r) -> "docker service update --replicas " + r + " " + n),
                Combinators.combine(name, number).as((n, r) -> "docker service scale " + n + "=" + r),
                Combinators.combine(name, number)
                        .as((n, r) -> "docker service create --name " + n + " --publish " + r + ":80 nginx"),
                Combinators.combine(name, number)
                        .as((n, r) -> "docker service create --name " + n + " --reserve-memory " + r + " nginx"),
                name.map(n -> "docker service ps " + n), name.map(n -> "docker service rm " + n),
                name.map(n -> "sim node-down " + n),
                name.map(n -> "docker node update --availability drain " + n),
                name.map(n -> "docker service inspect " + n));
        return Combinators
                .combine(line.list().ofMaxSize(12), Arbitraries.of(Corruption.values()),
                        Arbitraries.integers().between(0, 10_000))
                .as((lines, corruption, at) -> corruption
                        .apply((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), at));
    }

    /** How a file gets broken on its way: not at all, a byte that is not UTF-8, cut short, a NUL. */
    enum Corruption {
        NONE, LATIN1_BYTE, TRUNCATED, NUL;

        byte[] apply(byte[] bytes, int at) {
            if (bytes.length == 0) {
                return bytes;
            }
            int position = at % bytes.length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (this) {
            case NONE -> out.writeBytes(bytes);
            case LATIN1_BYTE, NUL -> {
                out.write(bytes, 0, position);
                out.write(this == NUL ? 0 : 0xe9);
                out.write(bytes, position, bytes.length - position);
            }
            case TRUNCATED -> out.write(bytes, 0, position);
            }
            return out.toByteArray();
        }
    }

    // ---- the assertions

    private static void assertCleanAndUntouched(Path inputs, String... args) throws IOException {
        Map<Path, byte[]> before = Reliability.snapshot(inputs);
        Cli.Run run = Cli.flotilla(args);
        assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2,
                () -> "exit " + run.exitCode() + " for " + List.of(args) + "\n" + run.err());
        if (run.exitCode() != 0) {
            // validate prints its findings on standard output, as a report; other commands say why on standard error.
            assertFalse((run.err() + run.out()).isBlank(), () -> "a failure says why: " + List.of(args));
        }
        Reliability.assertNoTrace(run);
        Map<Path, byte[]> after = Reliability.snapshot(inputs);
        assertEquals(before.keySet(), after.keySet(), "the inputs' folder holds the same files");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), () -> file + " changed"));
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
