package flotilla.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.swt.graphics.Point;

import flotilla.model.Element;

/**
 * Moves shapes in the {@link DiagramNotation}: a command like any model edit, so a move is undone with
 * Ctrl+Z and marks the editor dirty. It changes no model element.
 */
final class MoveShapesCommand extends AbstractCommand {

    private final DiagramNotation notation;
    private final Map<Element, Point> after;
    private final Map<Element, Point> before = new LinkedHashMap<>();

    MoveShapesCommand(DiagramNotation notation, Map<Element, Point> positions) {
        super(positions.size() == 1 ? "Move Shape" : "Move Shapes");
        this.notation = notation;
        this.after = new LinkedHashMap<>(positions);
    }

    @Override
    protected boolean prepare() {
        return !after.isEmpty();
    }

    @Override
    public void execute() {
        for (Map.Entry<Element, Point> entry : after.entrySet()) {
            before.put(entry.getKey(), notation.get(entry.getKey().getId()));
            notation.put(entry.getKey().getId(), entry.getValue());
        }
    }

    @Override
    public void undo() {
        before.forEach((element, position) -> notation.put(element.getId(), position));
    }

    @Override
    public void redo() {
        after.forEach((element, position) -> notation.put(element.getId(), position));
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return new ArrayList<>(after.keySet());
    }

    /** Whether every command in a list only moves shapes (the model is unchanged, no new layout needed). */
    static boolean onlyMoves(List<?> commands) {
        return !commands.isEmpty() && commands.stream().allMatch(MoveShapesCommand.class::isInstance);
    }
}
