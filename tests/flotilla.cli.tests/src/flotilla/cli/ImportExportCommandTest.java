package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

class ImportExportCommandTest {

    private static final String STACK = """
            services:
              web:
                image: nginx
                container_name: web1
                ports:
                  - "8080:80"
            """;

    @TempDir
    Path folder;

    @Test
    void importWritesTheModelAndPrintsWarningsWithTheirPlace() throws Exception {
        Path file = Files.writeString(folder.resolve("stack.yml"), STACK);
        Path model = folder.resolve("shop.flotilla");

        Cli.Run run = flotilla("import", file.toString(), "--stack", "shop", "-o", model.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ":4:5: warning: services.web.container_name is ignored by docker stack deploy; left out\n",
                run.err());
        Cluster cluster = Models.load(model);
        assertEquals("shop_web", cluster.getStacks().get(0).getServices().get(0).qualifiedName());
    }

    @Test
    void importRefusesToOverwriteWithoutForce() throws Exception {
        Path file = Files.writeString(folder.resolve("stack.yml"), STACK);
        Path model = Files.writeString(folder.resolve("stack.flotilla"), "precious");

        Cli.Run refused = flotilla("import", file.toString());
        assertEquals(1, refused.exitCode());
        assertEquals("flotilla import: " + model + " exists; use --force to overwrite it\n", refused.err());
        assertEquals("precious", Files.readString(model));

        Cli.Run forced = flotilla("import", file.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(1, Models.load(model).getServices().size());
        assertEquals("precious", Files.readString(model.resolveSibling("stack.flotilla.bak")));
    }

    @Test
    void anInvalidFileIsALocatedErrorAndWritesNothing() throws Exception {
        Path file = Files.writeString(folder.resolve("stack.yml"),
                "services:\n  web:\n    image: nginx\n    deploy:\n      replicas: x\n");

        Cli.Run run = flotilla("import", file.toString());

        assertEquals(1, run.exitCode());
        assertEquals(file + ":5:17: error: services.web.deploy.replicas must be a integer\n", run.err());
        assertFalse(Files.exists(folder.resolve("stack.flotilla")));
    }

    @Test
    void importIntoAnExistingModelAddsAStack() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        Path file = Files.writeString(folder.resolve("stack.yml"), STACK);

        Cli.Run run = flotilla("import", file.toString(), "--stack", "shop", "--into", model.toString());

        assertEquals(0, run.exitCode(), run.err());
        Cluster cluster = Models.load(model);
        assertEquals(4, cluster.getServices().size());
        assertEquals("shop", cluster.getStacks().get(0).getName());
    }

    @Test
    void intoWithoutAStackIsAUsageError() throws Exception {
        Cli.Run run = flotilla("import", "stack.yml", "--into", "model.flotilla");
        assertEquals(Flotilla.USAGE_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("flotilla: --into needs --stack"), run.err());
    }

    @Test
    void exportWritesTheStackToStdoutAndItImportsBack() throws Exception {
        Path model = folder.resolve("shop.flotilla");
        Models.save(ExampleClusters.stackWithDatabase(), model);

        Cli.Run run = flotilla("export", model.toString(), "--format", "stack");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("version: \"3.9\"\nservices:\n  db:\n"), run.out());
        Path file = Files.writeString(folder.resolve("shop.yml"), run.out());
        Cli.Run back = flotilla("import", file.toString(), "--stack", "shop", "-o",
                folder.resolve("back.flotilla").toString());
        assertEquals(0, back.exitCode(), back.err());
        assertEquals("", back.err());
    }

    @Test
    void exportToAFileAndToKubernetes() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        Path file = folder.resolve("out.yml");

        assertEquals(0, flotilla("export", model.toString(), "--format", "stack", "-o", file.toString()).exitCode());
        assertTrue(Files.readString(file).contains("  helloworld:\n"));

        Path directory = folder.resolve("k8s");
        Cli.Run run = flotilla("export", model.toString(), "--format", "k8s", "-o", directory.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(directory.resolve("my-web.yaml")));
        assertTrue(Files.isRegularFile(directory.resolve("REPORT.md")));
        assertTrue(run.out().startsWith("Wrote 5 files to " + directory), run.out());
    }

    @Test
    void exportErrorsAndUsage() throws Exception {
        Cli.Run badFormat = flotilla("export", "x.flotilla", "--format", "helm");
        assertEquals(Flotilla.USAGE_ERROR, badFormat.exitCode());
        Cli.Run noDirectory = flotilla("export", "x.flotilla", "--format", "k8s");
        assertEquals(Flotilla.USAGE_ERROR, noDirectory.exitCode());
        assertTrue(noDirectory.err().startsWith("flotilla: --format k8s needs -o DIR"), noDirectory.err());

        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        Cli.Run noStack = flotilla("export", model.toString(), "--format", "stack", "--stack", "nope");
        assertEquals(1, noStack.exitCode());
        assertEquals("flotilla export: " + model + ": the model has no stack named nope; its stacks: \n",
                noStack.err());
        Cli.Run missing = flotilla("export", folder.resolve("missing.flotilla").toString(), "--format", "stack");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().startsWith("flotilla export: " + folder.resolve("missing.flotilla")), missing.err());
    }
}
