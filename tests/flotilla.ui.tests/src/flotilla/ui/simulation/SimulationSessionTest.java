package flotilla.ui.simulation;

import static flotilla.ui.simulation.SimulationViewTest.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.ModelPackage;
import flotilla.model.examples.ExampleClusters;

/**
 * A session needs only its {@link ISimulatedModel}: no editor, no workbench page. Here the model is a
 * plain cluster with its own command stack and folder.
 */
class SimulationSessionTest {

    @TempDir
    Path folder;

    private SimulationSession session;

    @AfterEach
    void dispose() {
        if (session != null) {
            session.dispose();
        }
    }

    @Test
    void aSessionRunsAModelGivenThroughTheNarrowInterfaceAndResolvesFilesInItsFolder() throws Exception {
        Cluster cluster = ExampleClusters.swarmTutorial();
        session = new SimulationSession(new PlainModel(cluster, new BasicCommandStack(), folder));
        await(session.start());
        assertTrue(await(session.runUntilSettled()), "the tutorial settles");
        assertNotNull(session.observedState());
        assertFalse(session.observedState().getTasks().isEmpty(), "the engine ran the model's services");

        Files.writeString(folder.resolve("extra.yml"), "services:\n  web:\n    image: nginx:1.27\n");
        SimulationSession.CommandResult deployed = await(session.execute("docker stack deploy -c extra.yml extra"));
        assertTrue(deployed.succeeded(), deployed.err());
        SimulationSession.CommandResult listed = await(session.execute("docker service ls"));
        assertTrue(listed.out().contains("extra_web"), listed.out());
    }

    @Test
    void anEditOnTheModelsCommandStackIsNoticed() {
        Cluster cluster = ExampleClusters.swarmTutorial();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                new BasicCommandStack());
        session = new SimulationSession(new PlainModel(cluster, domain.getCommandStack(), folder));
        await(session.start());
        assertFalse(session.isModelChangedSinceStart());
        domain.getCommandStack().execute(new SetCommand(domain, cluster.getNodes().get(0),
                ModelPackage.Literals.NODE__HOSTNAME, "renamed"));
        assertTrue(session.isModelChangedSinceStart(), "a restart would pick the edit up");
    }

    private record PlainModel(Cluster root, CommandStack commandStack, Path baseFolder) implements ISimulatedModel {

        @Override
        public Display display() {
            return Display.getCurrent();
        }

        @Override
        public String name() {
            return "test";
        }
    }
}
