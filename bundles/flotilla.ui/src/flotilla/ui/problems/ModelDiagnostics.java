package flotilla.ui.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

import flotilla.model.text.ElementNames;

/** Runs the model's validation (its EValidator rules, through EMF's Diagnostician) and lists the findings. */
public final class ModelDiagnostics {

    /** Names elements in EMF's own messages the way the model's rules and the CLI do. */
    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician() {
        @Override
        public String getObjectLabel(EObject eObject) {
            return ElementNames.describe(eObject);
        }
    };

    private ModelDiagnostics() {
    }

    /** The findings for a model root, errors first, in model order within a severity. */
    public static List<Problem> validate(EObject root) {
        List<Problem> problems = new ArrayList<>();
        collect(DIAGNOSTICIAN.validate(root), problems);
        problems.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                EObject element = !diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject e
                        ? e
                        : null;
                problems.add(new Problem(diagnostic.getSeverity(), element,
                        element == null ? "model" : ElementNames.describe(element), diagnostic.getMessage()));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }
}
