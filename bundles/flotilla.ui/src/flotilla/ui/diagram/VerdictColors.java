package flotilla.ui.diagram;

import org.eclipse.swt.graphics.RGB;

import flotilla.engine.analysis.Verdict;

/**
 * The colours of the what-if verdicts, the same in the Resilience view's table and the diagram's heat map: green
 * whole, amber degraded, orange not rescheduled, red down.
 */
public final class VerdictColors {

    private VerdictColors() {
    }

    public static RGB rgb(Verdict verdict) {
        return switch (verdict) {
        case WHOLE -> new RGB(200, 235, 200);
        case DEGRADED -> new RGB(255, 236, 170);
        case NOT_RESCHEDULED -> new RGB(255, 200, 140);
        case DOWN -> new RGB(245, 160, 160);
        };
    }
}
