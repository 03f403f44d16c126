package flotilla.ui.graph;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test: runs {@link GraphLayoutBenchmark} inside the OSGi test runtime so every build
 * prints the layout and paint figures ({@code [graph benchmark]} lines in the test output). It fails only
 * when the viewer itself throws.
 */
@Tag("benchmark")
class GraphLayoutBenchmarkTest {

    @Test
    void printLayoutAndPaintFigures() {
        GraphLayoutBenchmark.run(Display.getDefault(), false);
    }
}
