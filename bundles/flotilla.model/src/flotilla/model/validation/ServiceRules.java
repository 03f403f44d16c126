package flotilla.model.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import flotilla.model.Cluster;
import flotilla.model.ConfigReference;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.Stack;
import flotilla.model.text.ElementNames;

/** What a single service's settings must agree on. */
public final class ServiceRules {
    private ServiceRules() {
    }

    public static boolean replicasOnlyWhenReplicated(Service service, DiagnosticChain diagnostics) {
        boolean global = service.getMode() == ServiceMode.GLOBAL || service.getMode() == ServiceMode.GLOBAL_JOB;
        if (global && service.isSetReplicas()) {
            return Rule.REPLICAS_ONLY_WHEN_REPLICATED.report(diagnostics, Diagnostic.ERROR, service,
                    "sets replicas, but a " + service.getMode().getLiteral()
                            + " service runs one task on every eligible node");
        }
        if (service.getReplicas() < 0) {
            return Rule.REPLICAS_ONLY_WHEN_REPLICATED.report(diagnostics, Diagnostic.ERROR, service,
                    "replicas cannot be negative");
        }
        if (service.getReplicas() > Limits.MAX_TASKS) {
            return Rule.QUANTITIES_IN_RANGE.report(diagnostics, Diagnostic.ERROR, service,
                    "replicas " + Limits.format(service.getReplicas())
                            + " exceed the limit of " + Limits.format(Limits.MAX_TASKS) + " tasks the simulator holds");
        }
        return true;
    }

    public static boolean reachable(Service service, DiagnosticChain diagnostics) {
        if (service.getNetworks().isEmpty() && service.getPorts().isEmpty()) {
            return Rule.REACHABLE.report(diagnostics, Diagnostic.INFO, service,
                    "is on no network and publishes no port: nothing else can reach it");
        }
        return true;
    }

    /**
     * Swarm attaches tasks to swarm-scoped networks only: a bridge network (a stack file's {@code driver: bridge}) is
     * refused when the service is created, with this message, after docker stack deploy has already created the
     * network. The built-in host network is the exception swarm allows.
     */
    public static boolean swarmScopedNetworks(Service service, DiagnosticChain diagnostics) {
        boolean valid = true;
        for (NetworkAttachment attachment : service.getNetworks()) {
            Network network = attachment.getNetwork();
            // The node-local bridge swarm knows itself (an external network named bridge) takes services.
            boolean predefined = network != null && network.isExternal() && "bridge".equals(network.qualifiedName());
            if (network != null && network.getDriver() == NetworkDriver.BRIDGE && !predefined) {
                valid = Rule.SWARM_SCOPED_NETWORKS.report(diagnostics, Diagnostic.ERROR, service,
                        "is attached to " + ElementNames.describe(network)
                                + ": the network " + network.qualifiedName()
                                + " cannot be used with services. Only networks scoped to the swarm can be used, "
                                + "such as those created with the overlay driver.");
            }
        }
        return valid;
    }

    public static boolean referencesResolve(Service service, DiagnosticChain diagnostics) {
        boolean valid = true;
        Cluster cluster = Clusters.of(service);
        for (NetworkAttachment attachment : service.getNetworks()) {
            Network network = attachment.getNetwork();
            if (missing(network, cluster)) {
                valid = Rule.REFERENCES_RESOLVE.report(diagnostics, Diagnostic.ERROR, service,
                        "is attached to a network that is not in the model");
            } else if (network.eContainer() instanceof Stack stack && stack != service.eContainer()) {
                valid = Rule.REFERENCES_RESOLVE.report(diagnostics, Diagnostic.ERROR, service,
                        "is attached to " + ElementNames.describe(network) + ", which belongs to "
                                + ElementNames.describe(stack));
            }
        }
        for (SecretReference reference : service.getSecrets()) {
            if (missing(reference.getSecret(), cluster)) {
                valid = Rule.REFERENCES_RESOLVE.report(diagnostics, Diagnostic.ERROR, service,
                        "uses a secret that is not in the model");
            }
        }
        for (ConfigReference reference : service.getConfigs()) {
            if (missing(reference.getConfig(), cluster)) {
                valid = Rule.REFERENCES_RESOLVE.report(diagnostics, Diagnostic.ERROR, service,
                        "uses a config that is not in the model");
            }
        }
        return valid;
    }

    private static boolean missing(EObject target, Cluster cluster) {
        return target == null || target.eIsProxy() || Clusters.of(target) != cluster;
    }
}
