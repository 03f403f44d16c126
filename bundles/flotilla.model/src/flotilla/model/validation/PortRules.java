package flotilla.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import flotilla.model.Cluster;
import flotilla.model.PublishMode;
import flotilla.model.PublishedPort;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.text.ElementNames;

/**
 * Published ports: an ingress port is bound on every node, so it is unique in the whole cluster; a host port can be
 * given to one task per node.
 */
public final class PortRules {
    private PortRules() {
    }

    public static boolean uniquePublishedPorts(Cluster cluster, DiagnosticChain diagnostics) {
        boolean valid = true;
        Map<String, PublishedPort> seen = new HashMap<>();
        long tasks = 0;
        for (Service service : cluster.allServices()) {
            boolean replicated = service.getMode() == ServiceMode.REPLICATED
                    || service.getMode() == ServiceMode.REPLICATED_JOB;
            // A service over the limit on its own is reported by ServiceRules; the sum counts it as the limit.
            tasks += replicated ? Math.min(Limits.MAX_TASKS, Math.max(0, service.getReplicas())) : 0;
            for (PublishedPort port : service.getPorts()) {
                if (port.getTarget() < 1 || port.getTarget() > Limits.MAX_PORT || port.getPublished() < 0
                        || port.getPublished() > Limits.MAX_PORT) {
                    valid = Rule.QUANTITIES_IN_RANGE.report(diagnostics, Diagnostic.ERROR, service,
                            "port " + port.getPublished() + ":"
                                    + port.getTarget() + " is out of range: ports are 1-" + Limits.MAX_PORT);
                    continue;
                }
                if (port.getPublished() == 0) {
                    continue;
                }
                PublishedPort first = seen.putIfAbsent(key(port), port);
                if (first == null) {
                    continue;
                }
                Service other = (Service) first.eContainer();
                boolean bothHost = port.getMode() == PublishMode.HOST && first.getMode() == PublishMode.HOST;
                if (bothHost && other != service) {
                    valid = Rule.UNIQUE_PUBLISHED_PORTS.report(diagnostics, Diagnostic.WARNING, service,
                            "publishes " + key(port) + " in host mode like " + ElementNames.describe(other)
                                    + ": their tasks can never share a node");
                } else {
                    valid = Rule.UNIQUE_PUBLISHED_PORTS.report(diagnostics, Diagnostic.ERROR, service,
                            "published port " + key(port) + " is already published by " + ElementNames.describe(other));
                }
            }
        }
        if (tasks > Limits.MAX_TASKS
                && cluster.allServices().stream().allMatch(service -> service.getReplicas() <= Limits.MAX_TASKS)) {
            valid = Rule.QUANTITIES_IN_RANGE.report(diagnostics, Diagnostic.ERROR, cluster,
                    "its services have " + Limits.format(tasks)
                            + " replicas together, more than the limit of " + Limits.format(Limits.MAX_TASKS)
                            + " tasks the simulator holds");
        }
        return valid;
    }

    public static boolean hostPortsCannotCollide(Service service, DiagnosticChain diagnostics) {
        if (service.getMode() != ServiceMode.REPLICATED && service.getMode() != ServiceMode.REPLICATED_JOB) {
            return true;
        }
        List<String> hostPorts = service.getPorts().stream()
                .filter(port -> port.getMode() == PublishMode.HOST && port.getPublished() != 0)
                .map(PortRules::key)
                .toList();
        Cluster cluster = Clusters.of(service);
        // Without nodes, or with a constraint that does not parse (reported on its own), eligibility is unknown.
        if (hostPorts.isEmpty() || cluster == null || cluster.getNodes().isEmpty()
                || Clusters.constraints(service) == null) {
            return true;
        }
        long eligible = Clusters.eligibleNodes(service).size();
        if (service.getReplicas() <= eligible) {
            return true;
        }
        return Rule.HOST_PORTS_CANNOT_COLLIDE.report(diagnostics, Diagnostic.WARNING, service,
                "publishes " + String.join(", ", hostPorts) + " in host mode, which a node gives to one task only: "
                        + service.getReplicas()
                        + " replicas but " + eligible + " eligible nodes, so " + (service.getReplicas() - eligible)
                        + " tasks would stay pending");
    }

    private static String key(PublishedPort port) {
        return port.getPublished() + "/" + port.getProtocol().getLiteral();
    }
}
