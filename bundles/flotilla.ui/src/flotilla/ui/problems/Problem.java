package flotilla.ui.problems;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/** One finding of the model's validation: how bad, on which element (may be null), and what. */
public record Problem(int severity, EObject element, String elementName, String message) {

    public String severityText() {
        return switch (severity) {
        case Diagnostic.ERROR, Diagnostic.CANCEL -> "Error";
        case Diagnostic.WARNING -> "Warning";
        default -> "Info";
        };
    }
}
