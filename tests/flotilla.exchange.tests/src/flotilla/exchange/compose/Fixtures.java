package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.ModelPackage;
import flotilla.model.Service;
import flotilla.model.Stack;

/** Where the test files are, how to compare models, and the offline validator for stack files. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The test bundle's resources/ folder (tycho-surefire runs the tests somewhere below the bundle). */
    public static Path resources() {
        return above("resources/compose/every-field.yml").resolve("resources");
    }

    /** The project's examples/ folder. */
    public static Path examples() {
        return above("examples/swarm-tutorial.flotilla").resolve("examples");
    }

    public static List<Path> exampleFiles() throws IOException {
        try (var files = Files.list(examples())) {
            return files.filter(file -> file.toString().endsWith(".flotilla")).sorted().toList();
        }
    }

    static Path above(String relative) {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve(relative))) {
                return directory;
            }
        }
        throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
    }

    /** A new service named {@code name} running {@code image}, added at the cluster's top level. */
    public static Service addService(Cluster cluster, String name, String image) {
        Service service = ModelFactory.eINSTANCE.createService();
        service.setName(name);
        service.setImage(image);
        cluster.getServices().add(service);
        return service;
    }

    /** Reads a compose file with no environment but the given variables. */
    public static ComposeImporter.Result importFile(Path file, String stack, Map<String, String> environment)
            throws Exception {
        return ComposeImporter.of(environment, stack).importNew(file, stack);
    }

    /**
     * Asserts that the services, networks, secrets and configs of the two clusters' scopes (a stack, or the top level
     * when {@code stack} is null) are equal but for their ids; on failure shows both as compose files.
     */
    public static void assertSameScope(Cluster expected, Cluster actual, String stack) {
        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualAttribute(EObject first, EObject second, EAttribute attribute) {
                return attribute == ModelPackage.Literals.ELEMENT__ID
                        || super.haveEqualAttribute(first, second, attribute);
            }
        };
        boolean equal = equality.equals(scope(expected, stack), scope(actual, stack));
        assertTrue(equal, () -> "the models differ; expected:\n" + ComposeExporter.write(expected, stack)
                + "\nactual:\n" + ComposeExporter.write(actual, stack));
    }

    private static List<EObject> scope(Cluster cluster, String stackName) {
        List<EObject> result = new ArrayList<>();
        if (stackName == null) {
            result.addAll(cluster.getServices());
            result.addAll(cluster.getNetworks());
        } else {
            Stack stack = cluster.getStacks().stream().filter(candidate -> stackName.equals(candidate.getName()))
                    .findFirst().orElseThrow();
            result.addAll(stack.getServices());
            result.addAll(stack.getNetworks());
        }
        result.addAll(cluster.getSecrets());
        result.addAll(cluster.getConfigs());
        return result;
    }

    /**
     * Asserts that the docker CLI accepts the stack file, without a daemon: {@code docker stack config -c FILE}, or
     * where the CLI lacks it {@code docker-compose -f FILE config}. Fails when neither is installed.
     */
    public static void assertAcceptedByDocker(Path file) throws Exception {
        List<String> command;
        if (runs("docker", "stack", "config", "--help")) {
            command = List.of("docker", "stack", "config", "-c", file.toString());
        } else if (runs("docker-compose", "version")) {
            command = List.of("docker-compose", "-f", file.toString(), "config");
        } else {
            fail("no offline validator for stack files: install the docker CLI (docker stack config) or docker-compose (apt-get install docker-compose)");
            return;
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        assertTrue(process.exitValue() == 0,
                () -> String.join(" ", command) + " refused the file:\n" + output + "\n--- the file:\n" + read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException exception) {
            return exception.toString();
        }
    }

    /** Whether the docker CLI with its offline {@code stack config} is installed. */
    public static boolean dockerStackConfigRuns() throws InterruptedException {
        return runs("docker", "stack", "config", "--help");
    }

    private static boolean runs(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException exception) {
            return false;
        }
    }
}
