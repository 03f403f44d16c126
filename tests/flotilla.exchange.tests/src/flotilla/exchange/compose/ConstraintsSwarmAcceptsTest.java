package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Service;

/**
 * Issue 9: a stack file {@code docker stack deploy} accepts must import. Swarm's grammar takes any key and label
 * names in any case; such constraints import as written and are at most warnings, never errors.
 */
class ConstraintsSwarmAcceptsTest {
    @TempDir
    Path folder;

    @Test
    void labelsInAnyCaseAndUnknownKeysImportAsWritten() throws Exception {
        Path file = Files.writeString(folder.resolve("docker-compose.yml"), """
                version: "3.9"
                services:
                  zoned:
                    image: nginx:1.27
                    deploy:
                      placement:
                        constraints: [node.labels.Zone==a, NODE.ROLE == Worker]
                  anywhere:
                    image: nginx:1.27
                    deploy:
                      placement:
                        constraints: ["node.colour == blue", "node.labels. == x", "node.ip != 10.0.0.0/8"]
                """);
        Fixtures.assertAcceptedByDocker(file);

        ComposeImporter.Result result = Fixtures.importFile(file, "shop", Map.of());
        assertEquals(List.of(), result.warnings());
        assertEquals(List.of("node.labels.Zone==a", "NODE.ROLE == Worker"), constraints(result.cluster(), "zoned"));
        assertEquals(List.of("node.colour == blue", "node.labels. == x", "node.ip != 10.0.0.0/8"),
                constraints(result.cluster(), "anywhere"));

        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(result.cluster());
        assertTrue(diagnostic.getChildren().stream().noneMatch(child -> child.getSeverity() >= Diagnostic.ERROR),
                () -> "swarm accepts these constraints, so the model must too: " + diagnostic.getChildren());
    }

    private static List<String> constraints(Cluster cluster, String service) {
        Service found = cluster.getStacks().get(0).getServices().stream().filter(s -> s.getName().equals(service))
                .findFirst().orElseThrow();
        return found.getConstraints().stream().map(c -> c.getExpression()).toList();
    }
}
