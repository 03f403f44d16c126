package flotilla.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

/** The mapping between diagram and canvas coordinates. */
class ViewportTest {

    @Test
    void screenAndModelCoordinatesMapBothWays() {
        Viewport viewport = new Viewport();
        viewport.zoomAround(2, 0, 0);
        viewport.setOrigin(100, 40);
        assertEquals(new Point(100, 160), viewport.toScreen(100, 100));
        assertEquals(100, viewport.toModelX(100), 1e-9);
        assertEquals(100, viewport.toModelY(160), 1e-9);
        assertEquals(new Point(100, 100), viewport.toModel(100, 160));
        assertEquals(new Rectangle(50, 20, 200, 150), viewport.visibleModelArea(400, 300));
    }

    @Test
    void zoomingAroundAPointKeepsItInPlace() {
        Viewport viewport = new Viewport();
        viewport.setOrigin(-30, 15);
        double x = viewport.toModelX(250);
        double y = viewport.toModelY(120);
        viewport.zoomAround(3.5, 250, 120);
        assertEquals(x, viewport.toModelX(250), 1e-9);
        assertEquals(y, viewport.toModelY(120), 1e-9);
        viewport.zoomAround(1000, 0, 0);
        assertEquals(Viewport.MAX_ZOOM, viewport.zoom());
        viewport.zoomAround(0, 0, 0);
        assertEquals(Viewport.MIN_ZOOM, viewport.zoom());
    }

    @Test
    void panningMovesByScreenPixelsAtAnyZoom() {
        Viewport viewport = new Viewport();
        viewport.zoomAround(0.25, 0, 0);
        Point before = viewport.toScreen(400, 400);
        viewport.panBy(10, -20);
        Point after = viewport.toScreen(400, 400);
        assertEquals(new Point(before.x - 10, before.y + 20), after);
    }

    @Test
    void fitShowsTheWholeAreaCentredAndNeverZoomsPast100Percent() {
        Viewport viewport = new Viewport();
        viewport.fit(new Rectangle(0, 0, 2000, 500), 1000, 800);
        assertEquals(0.5, viewport.zoom(), 1e-9);
        assertEquals(new Point(0, 275), viewport.toScreen(0, 0));
        assertEquals(new Point(1000, 525), viewport.toScreen(2000, 500));
        viewport.fit(new Rectangle(0, 0, 100, 100), 1000, 800);
        assertEquals(1, viewport.zoom(), 1e-9);
    }

    @Test
    void revealScrollsTheLeastNeeded() {
        Viewport viewport = new Viewport();
        viewport.reveal(new Rectangle(1200, 50, 100, 40), 1000, 800);
        assertEquals(300, viewport.originX(), 1e-9, "right edge brought to the view's right edge");
        assertEquals(0, viewport.originY(), 1e-9, "already in view vertically");
        viewport.reveal(new Rectangle(-100, -50, 100, 40), 1000, 800);
        assertEquals(-100, viewport.originX(), 1e-9);
        assertEquals(-50, viewport.originY(), 1e-9);
    }

    @Test
    void showsAnAreaAnyPartOfWhichIsInView() {
        Viewport viewport = new Viewport();
        viewport.setOrigin(100, 0);
        assertTrue(viewport.shows(new Rectangle(1050, 50, 100, 40), 1000, 800), "its left part shows");
        assertTrue(viewport.shows(new Rectangle(50, 50, 100, 40), 1000, 800), "its right part shows");
        assertFalse(viewport.shows(new Rectangle(1100, 50, 100, 40), 1000, 800), "just past the right edge");
        assertFalse(viewport.shows(new Rectangle(0, 50, 100, 40), 1000, 800), "scrolled out at the left");
        assertFalse(viewport.shows(new Rectangle(500, 800, 100, 40), 1000, 800), "below the view");
    }
}
