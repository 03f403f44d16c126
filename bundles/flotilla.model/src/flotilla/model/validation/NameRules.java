package flotilla.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.Service;
import flotilla.model.StoredData;
import flotilla.model.NamedElement;
import flotilla.model.text.ElementNames;

/** Swarm identifies nodes, services, networks, secrets and configs by name: each needs one, unique among its kind. */
public final class NameRules {
    private NameRules() {
    }

    public static boolean uniqueNames(Cluster cluster, DiagnosticChain diagnostics) {
        boolean valid = unique(cluster.getNodes(), Node::getHostname, "hostname", diagnostics);
        valid &= unique(cluster.allServices(), Service::qualifiedName, "service name", diagnostics);
        valid &= unique(cluster.allNetworks(), Network::qualifiedName, "network name", diagnostics);
        valid &= unique(cluster.getStacks(), NamedElement::getName, "stack name", diagnostics);
        valid &= unique(cluster.getSecrets(), StoredData::getName, "secret name", diagnostics);
        valid &= unique(cluster.getConfigs(), StoredData::getName, "config name", diagnostics);
        return valid;
    }

    private static <T extends EObject> boolean unique(List<T> elements, Function<T, String> name, String what,
            DiagnosticChain diagnostics) {
        boolean valid = true;
        Map<String, T> seen = new HashMap<>();
        for (T element : elements) {
            String unqualified = element instanceof NamedElement named ? named.getName() : name.apply(element);
            if (unqualified == null || unqualified.isBlank()) {
                valid = Rule.UNIQUE_NAMES.report(diagnostics, Diagnostic.ERROR, element, "has no " + what);
                continue;
            }
            T first = seen.putIfAbsent(name.apply(element), element);
            if (first != null) {
                valid = Rule.UNIQUE_NAMES.report(diagnostics, Diagnostic.ERROR, element,
                        "the " + what + " '" + name.apply(element) + "' is already used by "
                                + ElementNames.describe(first));
            }
        }
        return valid;
    }
}
