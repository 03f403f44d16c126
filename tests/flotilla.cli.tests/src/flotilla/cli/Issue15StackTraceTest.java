package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static flotilla.cli.Reliability.assertFailsCleanly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.Service;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

/** Issue 15, item 5: every failure that printed a stack trace or an exception's class now prints a message. */
class Issue15StackTraceTest {

    @TempDir
    Path folder;

    @BeforeEach
    void logsIntoTheTestFolder() {
        System.setProperty(Failures.LOG_DIR_PROPERTY, folder.resolve("log").toString());
    }

    @AfterEach
    void restoreLogs() {
        System.clearProperty(Failures.LOG_DIR_PROPERTY);
    }

    private Path script(String text) throws Exception {
        return Files.writeString(folder.resolve("script.sh"), text);
    }

    @Test
    void failedSavesNameTheFileAndTheReason() throws Exception {
        Path script = script("docker swarm init\n");
        Path missingParent = folder.resolve("no/such/out.flotilla");
        Cli.Run missing = flotilla("sim", script.toString(), "--save", missingParent.toString());
        assertFailsCleanly(missing);
        assertEquals("flotilla: " + missingParent.getParent() + ": no such directory\n", missing.err());

        Path directory = Files.createDirectory(folder.resolve("dir.flotilla"));
        Cli.Run isDirectory = flotilla("sim", script.toString(), "--save", directory.toString(), "--force");
        assertFailsCleanly(isDirectory);
        assertEquals("flotilla sim: " + directory + " is a directory\n", isDirectory.err());
    }

    @Test
    void withDebugTheTraceGoesToTheLogAndTheMessageSaysWhere() throws Exception {
        Path script = script("docker swarm init\n");
        Cli.Run run = flotilla("sim", script.toString(), "--save", folder.resolve("no/such/out.flotilla").toString(),
                "--debug");
        assertFailsCleanly(run);
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(1).startsWith("flotilla: the trace is in " + folder.resolve("log")), run.err());
        Path log = Path.of(lines.get(1).substring("flotilla: the trace is in ".length()));
        assertTrue(Files.readString(log).contains("\tat flotilla.model.persistence.AtomicFile.write("),
                Files.readString(log));
    }

    @Test
    void anInternalErrorIsLoggedAndSaidToBeABug() throws Exception {
        StringWriter text = new StringWriter();
        int exit = Failures.report(new IllegalStateException("broken invariant"), new PrintWriter(text, true), false,
                new String[]{"sim"});
        assertEquals(1, exit);
        String err = text.toString();
        assertTrue(
                err.startsWith(
                        "flotilla: internal error: broken invariant\nflotilla: this is a bug; the details are in "),
                err);
        Path log = Path.of(err.lines().toList().get(1).replaceFirst(".* the details are in ", ""));
        assertTrue(Files.readString(log).contains("java.lang.IllegalStateException: broken invariant"));
    }

    private Path invalidModel(Consumer<Cluster> breakIt) throws Exception {
        Cluster cluster = ExampleClusters.swarmTutorial();
        breakIt.accept(cluster);
        Path model = folder.resolve("invalid.flotilla");
        Models.save(cluster, model);
        return model;
    }

    @Test
    void scheduleAndSimRefuseModelsValidateRejectsAsValidatePrintsThem() throws Exception {
        List<Consumer<Cluster>> breakages = List.of(
                cluster -> cluster.getServices().get(0).setReplicas(-3),
                cluster -> {
                    var constraint = ModelFactory.eINSTANCE.createConstraint();
                    constraint.setExpression("node.role ~ manager");
                    cluster.getServices().get(0).getConstraints().add(constraint);
                },
                cluster -> {
                    Service twin = ModelFactory.eINSTANCE.createService();
                    twin.setName(cluster.getServices().get(0).getName());
                    twin.setImage("nginx");
                    cluster.getServices().add(twin);
                });
        for (Consumer<Cluster> breakage : breakages) {
            Path model = invalidModel(breakage);
            List<String> validateErrors = flotilla("validate", model.toString()).out().lines()
                    .filter(line -> line.contains(": error: ")).toList();
            assertTrue(!validateErrors.isEmpty());
            for (String[] command : new String[][]{{"schedule", model.toString()},
                    {"sim", "--model", model.toString()}}) {
                Cli.Run run = flotilla(command);
                assertFailsCleanly(run);
                assertEquals(validateErrors, run.err().lines().toList());
            }
        }
    }

    @Test
    void aScriptWithANonUtf8ByteIsNamedByLineAndColumn() throws Exception {
        Path script = Files.write(folder.resolve("script.sh"),
                new byte[]{'e', 'c', 'h', 'o', ' ', 'a', '\n', 'e', 'c', 'h', 'o', ' ', (byte) 0xe9, '\n'});
        Cli.Run run = flotilla("sim", script.toString());
        assertFailsCleanly(run);
        assertEquals("flotilla: " + script + ":2:6: invalid UTF-8: byte 0xe9 at offset 12 (save the file as UTF-8)\n",
                run.err());
    }

    @Test
    void serviceUpdateReplicasMinusFiveIsAnInvalidArgumentAsDockerSays() throws Exception {
        Path script = script(
                "docker swarm init\ndocker service create --name web nginx\ndocker service update --replicas -5 web\n");
        Cli.Run run = flotilla("sim", script.toString());
        assertFailsCleanly(run);
        assertTrue(run.err().contains(
                script + ":3:1: invalid argument \"-5\" for \"--replicas\" flag: strconv.ParseUint: parsing \"-5\": invalid syntax"),
                run.err());
    }

    @Test
    void aNonUtf8ComposeFileIsNamedByLineAndColumn() throws Exception {
        byte[] compose = "services:\n  web:\n    image: ngi\u00e9nx\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = Files.write(folder.resolve("latin1.yml"), compose);
        Cli.Run run = flotilla("import", file.toString());
        assertFailsCleanly(run);
        assertEquals(file + ":3:15: error: invalid UTF-8: byte 0xe9 at offset 31 (save the file as UTF-8)\n",
                run.err());
    }
}
