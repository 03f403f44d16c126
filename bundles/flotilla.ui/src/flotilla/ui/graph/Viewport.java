package flotilla.ui.graph;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The mapping between diagram coordinates and the canvas: {@code screen = model * zoom - origin}. The
 * origin is in screen pixels, so panning by a pixel moves the diagram by exactly one pixel at any zoom.
 */
public final class Viewport {

    public static final double MIN_ZOOM = 0.02;
    public static final double MAX_ZOOM = 8;
    /** Below this zoom a 9-point label is smaller than 7 pixels: opening a diagram fits it no smaller. */
    public static final double READABLE_ZOOM = 0.75;
    /** Each zoom step multiplies or divides the zoom by this. */
    public static final double ZOOM_STEP = 1.2;

    private double zoom = 1;
    private double originX;
    private double originY;

    public double zoom() {
        return zoom;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    public Point toScreen(double modelX, double modelY) {
        return new Point((int) Math.round(modelX * zoom - originX), (int) Math.round(modelY * zoom - originY));
    }

    public double toModelX(double screenX) {
        return (screenX + originX) / zoom;
    }

    public double toModelY(double screenY) {
        return (screenY + originY) / zoom;
    }

    public Point toModel(int screenX, int screenY) {
        return new Point((int) Math.floor(toModelX(screenX)), (int) Math.floor(toModelY(screenY)));
    }

    /** The diagram area a canvas of the given size shows, rounded outwards. */
    public Rectangle visibleModelArea(int screenWidth, int screenHeight) {
        int x = (int) Math.floor(toModelX(0));
        int y = (int) Math.floor(toModelY(0));
        int right = (int) Math.ceil(toModelX(screenWidth));
        int bottom = (int) Math.ceil(toModelY(screenHeight));
        return new Rectangle(x, y, right - x, bottom - y);
    }

    public void setOrigin(double x, double y) {
        originX = x;
        originY = y;
    }

    public void panBy(double dx, double dy) {
        originX += dx;
        originY += dy;
    }

    /** Sets the zoom keeping the diagram point under screen point (sx, sy) where it is. */
    public void zoomAround(double newZoom, double sx, double sy) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double mx = toModelX(sx);
        double my = toModelY(sy);
        zoom = clamped;
        originX = mx * zoom - sx;
        originY = my * zoom - sy;
    }

    /** Fits a diagram area into the canvas (never beyond 100%) and centres it. */
    public void fit(Rectangle model, int screenWidth, int screenHeight) {
        if (model.width <= 0 || model.height <= 0 || screenWidth <= 0 || screenHeight <= 0) {
            zoom = 1;
            setOrigin(model.x, model.y);
            return;
        }
        zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min((double) screenWidth / model.width,
                (double) screenHeight / model.height)));
        originX = (model.x + model.width / 2.0) * zoom - screenWidth / 2.0;
        originY = (model.y + model.height / 2.0) * zoom - screenHeight / 2.0;
    }

    /**
     * Fits a diagram area into the canvas from its top-left corner (never beyond 100%): whole when that
     * zoom is at least {@code readable}, else as wide as the canvas, keeping diagram row {@code modelY} at
     * the top so the user's place stays while the diagram grows.
     */
    public void fitReadably(Rectangle model, int screenWidth, int screenHeight, double readable, double modelY) {
        if (model.width <= 0 || model.height <= 0 || screenWidth <= 0 || screenHeight <= 0) {
            zoom = 1;
            setOrigin(model.x, model.y);
            return;
        }
        double byWidth = Math.min(1, (double) screenWidth / model.width);
        double whole = Math.min(byWidth, (double) screenHeight / model.height);
        zoom = Math.max(MIN_ZOOM, whole >= readable ? whole : byWidth);
        originX = model.x * zoom;
        originY = whole >= readable ? model.y * zoom : Math.max(0, modelY * zoom);
    }

    /** Whether any part of the diagram area shows in a canvas of the given size. */
    public boolean shows(Rectangle model, int screenWidth, int screenHeight) {
        double left = model.x * zoom - originX;
        double top = model.y * zoom - originY;
        return left < screenWidth && left + model.width * zoom > 0 && top < screenHeight
                && top + model.height * zoom > 0;
    }

    /** Scrolls the least needed so the diagram area is in view; centres it when it is larger. */
    public void reveal(Rectangle model, int screenWidth, int screenHeight) {
        originX += scrollNeeded(model.x * zoom - originX, model.width * zoom, screenWidth);
        originY += scrollNeeded(model.y * zoom - originY, model.height * zoom, screenHeight);
    }

    /** Along one axis: how far to scroll so [start, start + length) shows in a view of {@code visible}. */
    private static double scrollNeeded(double start, double length, int visible) {
        double end = start + length;
        if (length > visible) {
            return (start + end) / 2 - visible / 2.0;
        } else if (start < 0) {
            return start;
        } else if (end > visible) {
            return end - visible;
        }
        return 0;
    }
}
