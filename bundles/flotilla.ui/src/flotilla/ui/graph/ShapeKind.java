package flotilla.ui.graph;

/** The outline a shape is drawn with. */
public enum ShapeKind {
    RECTANGLE, ROUNDED_RECTANGLE, ELLIPSE, HEXAGON
}
