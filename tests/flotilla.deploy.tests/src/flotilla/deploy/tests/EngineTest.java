package flotilla.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

import flotilla.cli.Flotilla;
import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;

/** docker-java inside OSGi, talking to a real dockerd over its unix socket; and an engine that is not there. */
class EngineTest {

    @TempDir
    Path folder;

    @Test
    void anUnreachableDaemonIsNamed() {
        String host = "unix://" + folder.resolve("nothing.sock");
        EngineException e = assertThrows(EngineException.class, () -> Engine.connect(host, null));
        assertTrue(e.getMessage().startsWith("Cannot connect to the Docker daemon at " + host), e.getMessage());
    }

    @Test
    void deployToAnUnreachableDaemonFailsNamingIt() throws Exception {
        Path model = folder.resolve("tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), model);
        String host = "unix://" + folder.resolve("nothing.sock");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Flotilla.run(new String[]{"deploy", model.toString(), "--host", host},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Cannot connect to the Docker daemon at " + host),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDaemonAddressMustBeUnixOrTcp() {
        EngineException e = assertThrows(EngineException.class, () -> Engine.connect("http://localhost:2375", null));
        assertTrue(e.getMessage().contains("expected unix:///PATH or tcp://HOST:PORT"), e.getMessage());
    }

    @Test
    void dockerJavaRunsAsWrappedBundlesAndNegotiatesDownToTheDaemonsVersion() throws Exception {
        Lab lab = Lab.get();
        // The classes come from bundles (wrapped from Maven Central), not from a flat class path.
        for (Class<?> type : new Class<?>[]{DockerClient.class, ZerodepDockerHttpClient.class, ObjectMapper.class}) {
            Bundle bundle = FrameworkUtil.getBundle(type);
            assertNotNull(bundle, type + " is not loaded from an OSGi bundle");
            assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
                    bundle + " is not resolved");
        }
        try (Engine engine = Engine.connect(lab.manager(), null)) {
            // The lab's dockerd is 20.10: 1.41, lower than the newest docker-java knows, so it is used as is.
            assertEquals("1.41", engine.apiVersion());
            assertEquals("1.41", engine.docker().versionCmd().exec().getApiVersion());
            // Jackson, guava, commons and bouncycastle are only loaded when a real answer is decoded.
            java.util.List<SwarmNode> nodes = engine.docker().listSwarmNodesCmd().exec();
            assertEquals(lab.nodes(), nodes.size());
            assertTrue(nodes.stream().anyMatch(node -> lab.hostname(1).equals(node.getDescription().getHostname())));
        }
    }
}
