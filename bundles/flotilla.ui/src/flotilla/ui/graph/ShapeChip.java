package flotilla.ui.graph;

/**
 * One chip of a shape: the shape's element and the chip's index, in the order the label provider gave
 * the chips ({@link IGraphLabelProvider#getChips}). Move and connect events carry the chip a drag
 * started on, so the layer above can drag a chip rather than its shape.
 */
public record ShapeChip(Object element, int index) {
}
