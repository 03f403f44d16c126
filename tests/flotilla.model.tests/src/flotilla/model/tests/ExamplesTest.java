package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.model.validation.ModelChecker;

class ExamplesTest {
    @TempDir
    Path directory;

    @Test
    void everyExampleSurvivesARoundTripByteForByte() throws Exception {
        List<Path> examples = Fixtures.exampleFiles();
        assertEquals(3, examples.size(), examples::toString);
        for (Path example : examples) {
            Cluster loaded = Models.load(example);
            Path copy = directory.resolve(example.getFileName());
            Models.save(loaded, copy);
            assertArrayEquals(Files.readAllBytes(example), Files.readAllBytes(copy), example.toString());
            assertTrue(EcoreUtil.equals(loaded, Models.load(copy)), example.toString());
        }
    }

    @Test
    void theCommittedExamplesAreWhatTheGeneratorWrites() throws Exception {
        ExampleClusters.main(new String[]{directory.toString()});
        for (Path example : Fixtures.exampleFiles()) {
            assertArrayEquals(Files.readAllBytes(example), Files.readAllBytes(directory.resolve(example.getFileName())),
                    example + " differs from what ExampleClusters writes: regenerate examples/");
        }
    }

    @Test
    void theExamplesHaveNoErrorsOrWarnings() throws Exception {
        ModelChecker.Result result = ModelChecker.check(Fixtures.exampleFiles());
        assertEquals(0, result.exitCode(), () -> String.join("\n", result.lines()));
        assertTrue(result.lines().stream().allMatch(line -> line.contains(": info: ")),
                () -> String.join("\n", result.lines()));
    }

    @Test
    void theTutorialHasItsNodesNetworkAndFrontier() throws Exception {
        Cluster tutorial = Models.load(Fixtures.examples().resolve("swarm-tutorial.flotilla"));
        assertEquals(List.of("manager1", "worker1", "worker2"),
                tutorial.getNodes().stream().map(Node::getHostname).toList());
        assertEquals(NodeRole.MANAGER, tutorial.getNodes().get(0).getRole());
        assertEquals(List.of("ingress", "docker_gwbridge", "mynet"),
                tutorial.getNetworks().stream().map(n -> n.getName()).toList());
        Service frontier = tutorial.allServices().stream().filter(s -> s.getName().equals("frontier")).findFirst()
                .orElseThrow();
        assertEquals(ServiceMode.REPLICATED, frontier.getMode());
        assertEquals("mynet", frontier.getNetworks().get(0).getNetwork().getName());
    }

    @Test
    void theLargeExampleHasFiftyNodesInThreeZonesAndThirtyServices() throws Exception {
        Cluster large = Models.load(Fixtures.examples().resolve("large.flotilla"));
        assertEquals(50, large.getNodes().size());
        assertEquals(3, large.getNodes().stream().map(node -> node.getLabels().get(0).getValue()).distinct().count());
        assertEquals(30, large.allServices().size());
    }
}
