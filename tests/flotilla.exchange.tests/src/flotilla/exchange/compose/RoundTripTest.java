package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import flotilla.model.Cluster;
import flotilla.model.ModelFactory;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.NetworkScope;
import flotilla.model.Service;
import flotilla.model.Stack;
import flotilla.model.persistence.Models;

/** Model to stack file to model: docker accepts the file, and the model comes back equal. */
class RoundTripTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("flotilla.exchange.compose.Fixtures#exampleFiles")
    void everyExampleComesBackEqualFromAFileDockerAccepts(Path example) throws Exception {
        Cluster original = Models.load(example);
        String stack = ComposeExporter.defaultStack(original);
        Path file = Files.writeString(folder.resolve("stack.yml"), ComposeExporter.write(original, stack));
        Fixtures.assertAcceptedByDocker(file);

        ComposeImporter.Result imported = Fixtures.importFile(file, stack, Map.of());

        assertEquals(List.of(), imported.warnings());
        Fixtures.assertSameScope(onDefaultNetwork(original, stack), imported.cluster(), stack);
    }

    /**
     * docker stack deploy attaches a service that names no network to the stack's "default" overlay, so the
     * re-imported model has that attachment where the original had none.
     */
    private static Cluster onDefaultNetwork(Cluster original, String stackName) {
        Cluster expected = EcoreUtil.copy(original);
        Stack stack = stackName == null
                ? null
                : expected.getStacks().stream().filter(candidate -> stackName.equals(candidate.getName())).findFirst()
                        .orElseThrow();
        List<Service> services = stack == null ? expected.getServices() : stack.getServices();
        Network defaultNetwork = null;
        for (Service service : services) {
            if (service.getNetworks().isEmpty()) {
                if (defaultNetwork == null) {
                    defaultNetwork = ModelFactory.eINSTANCE.createNetwork();
                    defaultNetwork.setName("default");
                    defaultNetwork.setDriver(NetworkDriver.OVERLAY);
                    defaultNetwork.setScope(NetworkScope.SWARM);
                    (stack == null ? expected.getNetworks() : stack.getNetworks()).add(defaultNetwork);
                }
                NetworkAttachment attachment = ModelFactory.eINSTANCE.createNetworkAttachment();
                attachment.setNetwork(defaultNetwork);
                service.getNetworks().add(attachment);
            }
        }
        return expected;
    }

    @Test
    void aComposeFileWithEveryFieldComesBackEqualAndTheFileIsAFixedPoint() throws Exception {
        Path source = Fixtures.resources().resolve("compose/every-field.yml");
        byte[] before = Files.readAllBytes(source);
        ComposeImporter.Result first = Fixtures.importFile(source, "edge", Map.of());
        assertArrayEquals(before, Files.readAllBytes(source), "the import must not touch the compose file");

        String exported = ComposeExporter.write(first.cluster(), "edge");
        Path file = Files.writeString(folder.resolve("edge.yml"), exported);
        Fixtures.assertAcceptedByDocker(file);
        ComposeImporter.Result second = Fixtures.importFile(file, "edge", Map.of());

        assertEquals(List.of(), second.warnings());
        Fixtures.assertSameScope(first.cluster(), second.cluster(), "edge");
        assertEquals(exported, ComposeExporter.write(second.cluster(), "edge"));
    }

    @Test
    void dollarsInTheModelAreWrittenSoDockerDoesNotSubstituteThem() throws Exception {
        Cluster cluster = Models.newCluster("c");
        Service service = Fixtures.addService(cluster, "shell", "alpine");
        service.getArgs().addAll(List.of("sh", "-c", "echo $HOME ${USER}"));
        service.getEnv().add("PRICE=$5");
        Path file = Files.writeString(folder.resolve("dollars.yml"), ComposeExporter.write(cluster, null));
        Fixtures.assertAcceptedByDocker(file);

        ComposeImporter.Result imported = Fixtures.importFile(file, null, Map.of("HOME", "/root", "USER", "root"));

        Service back = imported.cluster().getServices().get(0);
        assertEquals(List.of("sh", "-c", "echo $HOME ${USER}"), back.getArgs());
        assertEquals(List.of("PRICE=$5"), back.getEnv());
    }

    @Test
    void theWrittenFileSaysSwarmsRestartDelayAndQuotesWhatYaml11WouldMisread() throws Exception {
        Cluster cluster = Models.newCluster("c");
        Service service = Fixtures.addService(cluster, "n", "alpine");
        service.getEnv().add("on");
        service.setRestartPolicy(ModelFactory.eINSTANCE.createRestartPolicy());

        String text = ComposeExporter.write(cluster, null);

        assertEquals(true, text.contains("delay: \"5s\""), text);
        assertEquals(true, text.contains("\"n\":"), text);
        assertEquals(true, text.contains("- \"on\""), text);
        Fixtures.assertAcceptedByDocker(Files.writeString(folder.resolve("quoted.yml"), text));
    }
}
