package flotilla.model.text;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Element;
import flotilla.model.NamedElement;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.PlacementPreference;
import flotilla.model.Service;

/** How diagnostics name an element: its kind and the name a swarm user knows it by. */
public final class ElementNames {
    private ElementNames() {
    }

    public static String describe(EObject element) {
        if (element == null) {
            return "nothing";
        }
        String kind = kind(element);
        String name = switch (element) {
        case Node node -> node.getHostname();
        case Service service -> service.qualifiedName();
        case Network network -> network.qualifiedName();
        case Constraint constraint -> "'" + constraint.getExpression() + "' of " + describe(constraint.eContainer());
        case PlacementPreference preference ->
            "'" + preference.getSpread() + "' of " + describe(preference.eContainer());
        case Cluster cluster -> cluster.getName();
        case NamedElement named -> named.getName();
        case Element other -> other.eContainer() == null ? other.getId() : "of " + describe(other.eContainer());
        default -> null;
        };
        return name == null ? kind : kind + " " + name;
    }

    private static String kind(EObject element) {
        return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
