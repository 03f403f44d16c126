package flotilla.ui.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;

import flotilla.model.Element;
import flotilla.model.persistence.AtomicFile;
import flotilla.ui.graph.IPositionStore;

/**
 * Where the user put shapes, kept apart from the semantic model in a sidecar file beside it,
 * {@code MODEL.flotilla.diagram}: one line per moved shape, {@code ELEMENT-ID X Y}.
 * <p>
 * Why a sidecar and not annotations in the model: the {@code .flotilla} file is what the CLI, the
 * engine, compose export and code review read; pixel positions there would churn its diffs on every
 * nudge and mean nothing to those readers. Why a plain text file and not a second EMF resource: there
 * is no notation metamodel to maintain, element ids (the model's stable UUIDs) are the only link, and
 * a lost or stale sidecar costs only positions (unknown ids are ignored, shapes without one are laid
 * out by ELK). Moves are still undoable: they are {@link MoveShapesCommand}s on the editor's command
 * stack, so they also make the editor dirty and are written when the model is saved.
 */
public final class DiagramNotation implements IPositionStore {

    private static final String HEADER = "# Flotilla diagram notation: ELEMENT-ID X Y (positions relative to the parent shape)";

    private final Map<String, Point> positions = new LinkedHashMap<>();

    /** The sidecar of a model file. */
    public static Path sidecar(Path model) {
        return model.resolveSibling(model.getFileName() + ".diagram");
    }

    /** Reads a sidecar; a missing or unreadable one is an empty notation (positions are a convenience). */
    public static DiagramNotation load(Path file) {
        DiagramNotation notation = new DiagramNotation();
        if (file == null || !Files.isRegularFile(file)) {
            return notation;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 3 && !parts[0].startsWith("#")) {
                    try {
                        notation.positions.put(parts[0],
                                new Point(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
                    } catch (NumberFormatException e) {
                        // a hand-edited line that makes no sense: that shape is laid out instead
                    }
                }
            }
        } catch (IOException e) {
            notation.positions.clear();
        }
        return notation;
    }

    public void save(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        positions.forEach((id, p) -> lines.add(id + " " + p.x + " " + p.y));
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(text));
    }

    @Override
    public Point getPosition(Object element) {
        Point p = element instanceof Element e && e.getId() != null ? positions.get(e.getId()) : null;
        return p == null ? null : new Point(p.x, p.y);
    }

    /** The stored position of an element id, or null. */
    Point get(String id) {
        return positions.get(id);
    }

    /** Stores ({@code position} not null) or forgets a position. */
    void put(String id, Point position) {
        if (position == null) {
            positions.remove(id);
        } else {
            positions.put(id, new Point(position.x, position.y));
        }
    }

    public int size() {
        return positions.size();
    }
}
