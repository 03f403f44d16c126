package flotilla.ui.graph;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The canvas' keys. Arrows select the nearest shape that way from the focused one, favouring shapes
 * straight ahead over those off to the side (and never the focused shape's own containers); Tab and
 * Shift+Tab cycle through the shapes in drawing order instead of leaving the canvas. + and - zoom, 0
 * zooms to 100%, F fits the diagram, Escape cancels the running gesture, Space held turns a drag into
 * panning. Other keys are left to the application.
 */
final class KeyboardNavigation {

    private final GestureHost host;
    private final PointerInput pointer;

    KeyboardNavigation(GestureHost host, PointerInput pointer) {
        this.host = host;
        this.pointer = pointer;
        host.canvas().addListener(SWT.KeyDown, this::keyDown);
        host.canvas().addListener(SWT.KeyUp, event -> {
            if (event.character == ' ') {
                pointer.setSpaceDown(false);
            }
        });
        host.canvas().addListener(SWT.Traverse, this::traverse);
    }

    private void traverse(Event event) {
        if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
            event.doit = false; // Tab cycles through the shapes instead of leaving the canvas
            cycle(event.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
        }
    }

    private void keyDown(Event event) {
        GraphViewer viewer = host.viewer();
        switch (event.keyCode) {
        case SWT.ARROW_LEFT -> navigate(-1, 0);
        case SWT.ARROW_RIGHT -> navigate(1, 0);
        case SWT.ARROW_UP -> navigate(0, -1);
        case SWT.ARROW_DOWN -> navigate(0, 1);
        case SWT.KEYPAD_ADD -> viewer.zoomIn();
        case SWT.KEYPAD_SUBTRACT -> viewer.zoomOut();
        case SWT.ESC -> pointer.cancel();
        default -> {
            switch (event.character) {
            case '+', '=' -> viewer.zoomIn();
            case '-' -> viewer.zoomOut();
            case '0' -> viewer.zoomToActualSize();
            case 'f', 'F' -> viewer.zoomToFit();
            case ' ' -> pointer.setSpaceDown(true);
            default -> {
                // other keys are the application's
            }
            }
        }
        }
    }

    /** Selects the nearest shape in a direction from the focused one, favouring those straight ahead. */
    private void navigate(int dirX, int dirY) {
        GraphModel model = host.model();
        GraphNode from = model.node(host.selection().focus());
        if (from == null) {
            cycle(1);
            return;
        }
        GraphNode best = null;
        long bestScore = Long.MAX_VALUE;
        for (GraphNode node : model.nodes) {
            if (node == from || node.isAncestorOf(from)) {
                continue;
            }
            long ahead = (long) (node.centerX() - from.centerX()) * dirX
                    + (long) (node.centerY() - from.centerY()) * dirY;
            long aside = Math.abs((long) (node.centerX() - from.centerX()) * dirY)
                    + Math.abs((long) (node.centerY() - from.centerY()) * dirX);
            if (ahead <= 0) {
                continue;
            }
            long score = ahead + 2 * aside;
            if (score < bestScore) {
                bestScore = score;
                best = node;
            }
        }
        if (best != null) {
            selectOnly(best);
        }
    }

    private void cycle(int step) {
        GraphModel model = host.model();
        List<GraphNode> nodes = model.nodes;
        if (nodes.isEmpty()) {
            return;
        }
        GraphNode from = model.node(host.selection().focus());
        int next = from == null
                ? (step > 0 ? 0 : nodes.size() - 1)
                : Math.floorMod(nodes.indexOf(from) + step, nodes.size());
        selectOnly(nodes.get(next));
    }

    private void selectOnly(GraphNode node) {
        host.selection().only(node.element);
        host.viewer().reveal(node.element);
        host.selection().changed();
    }
}
