package flotilla.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.Models;
import flotilla.ui.UserScene;
import flotilla.ui.WorkspaceLogGuard;

/**
 * A palette item dragged onto the canvas with the mouse (pointer events made by the X server): the
 * toolkit's drag and drop never started from a tool item, so such a drag created nothing.
 */
@ExtendWith(WorkspaceLogGuard.class)
class PaletteDragTest {

    @TempDir
    Path folder;

    private UserScene scene;

    @AfterEach
    void closeEditors() {
        scene.page.closeAllEditors(false);
        scene.user.settle();
    }

    @Test
    void aNetworkDraggedFromThePaletteLandsWhereItIsReleasedAndOneUndoTakesItBack() throws Exception {
        Path file = folder.resolve("swarm-tutorial.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), file);
        scene = new UserScene(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).open(file);
        Cluster cluster = scene.cluster();
        int networks = cluster.getNetworks().size();

        Point spot = scene.emptySpot(60);
        // Where the user let go, in the diagram's coordinates as the view stood then (selecting the new shape may
        // scroll the view to it afterwards).
        Point released = scene.viewer().getViewport().toModel(spot.x, spot.y);
        scene.dragPalette("Network", spot);

        assertEquals(networks + 1, cluster.getNetworks().size(), "the drag added a network");
        Network network = cluster.getNetworks().get(networks);
        Rectangle bounds = scene.viewer().getBounds(network);
        assertEquals(released, new Point(bounds.x, bounds.y), "the new shape sits where the button was released");
        scene.undoByKeyboard();
        assertFalse(cluster.getNetworks().contains(network), "one Ctrl+Z takes the dragged network back");
    }
}
