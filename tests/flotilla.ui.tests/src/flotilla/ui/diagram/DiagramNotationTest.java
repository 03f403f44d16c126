package flotilla.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.ModelFactory;
import flotilla.model.Node;

/** The sidecar: positions by element id, a round trip through the file, undoable moves, tolerant reading. */
class DiagramNotationTest {

    @TempDir
    Path folder;

    @Test
    void positionsSurviveASaveAndLoadBesideTheModel() throws Exception {
        Node node = ModelFactory.eINSTANCE.createNode();
        DiagramNotation notation = new DiagramNotation();
        MoveShapesCommand move = new MoveShapesCommand(notation, Map.of(node, new Point(40, 70)));
        move.execute();
        Path model = folder.resolve("c.flotilla");
        notation.save(DiagramNotation.sidecar(model));
        assertEquals(folder.resolve("c.flotilla.diagram"), DiagramNotation.sidecar(model));
        assertEquals(new Point(40, 70), DiagramNotation.load(DiagramNotation.sidecar(model)).getPosition(node));
        move.undo();
        assertNull(notation.getPosition(node));
        move.redo();
        assertEquals(new Point(40, 70), notation.getPosition(node));
    }

    @Test
    void aBrokenOrMissingSidecarCostsOnlyPositions() throws Exception {
        Path sidecar = folder.resolve("x.flotilla.diagram");
        Files.writeString(sidecar, "# header\nabc 1 2\nbroken line\ndef x y\n");
        DiagramNotation notation = DiagramNotation.load(sidecar);
        assertEquals(1, notation.size());
        assertEquals(new Point(1, 2), notation.get("abc"));
        assertEquals(0, DiagramNotation.load(folder.resolve("missing.flotilla.diagram")).size());
    }
}
