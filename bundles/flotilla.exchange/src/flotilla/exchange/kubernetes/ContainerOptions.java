package flotilla.exchange.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import flotilla.model.Label;
import flotilla.model.Service;
import flotilla.model.Ulimit;

/**
 * The container settings docker stack deploy converts from a compose service (user, hostname, capabilities,
 * sysctls, extra hosts, DNS, grace period...) as a pod and its container, and swarm's Go templates in
 * environment values ({@code {{.Node.Hostname}}}, {@code {{.Service.Name}}}) as the downward API where Kubernetes
 * has an equivalent. What has none is reported, never written literally: a pod would otherwise see the braces.
 */
final class ContainerOptions {
    /** Swarm's placeholders (docker service create --help: "Placeholders"), with the pod field each maps to, if any. */
    private static final Map<String, String> FIELDS = Map.of(
            ".Node.Hostname", "spec.nodeName",
            ".Task.Name", "metadata.name",
            ".Task.ID", "metadata.uid");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(\\.[A-Za-z.]+)\\s*\\}\\}");

    private static final Pattern NUMERIC_USER = Pattern.compile("(\\d+)(?::(\\d+))?");

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Service service;

    private final Consumer<String> report;

    ContainerOptions(Service service, Consumer<String> report) {
        this.service = service;
        this.report = report;
    }

    /**
     * An environment entry's value as Kubernetes env entries: a literal value, or, where swarm templates it, helper
     * variables from the downward API and the value built from them with {@code $(NAME)}. Null when a template has no
     * Kubernetes equivalent (then it is reported).
     */
    List<Map<String, Object>> variable(String name, String value) {
        Matcher matcher = TEMPLATE.matcher(value);
        if (!value.contains("{{")) {
            return List.of(entry(name, value.replace("$(", "$$(")));
        }
        List<Map<String, Object>> helpers = new ArrayList<>();
        StringBuilder built = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            built.append(value.substring(last, matcher.start()).replace("$(", "$$("));
            String placeholder = matcher.group(1);
            if (placeholder.equals(".Service.Name")) {
                built.append(service.qualifiedName());
            } else if (FIELDS.containsKey(placeholder)) {
                String helper = "FLOTILLA_" + placeholder.substring(1).replace('.', '_').toUpperCase();
                if (helpers.stream().noneMatch(existing -> helper.equals(existing.get("name")))) {
                    Map<String, Object> reference = new LinkedHashMap<>();
                    reference.put("name", helper);
                    reference.put("valueFrom", Map.of("fieldRef", Map.of("fieldPath", FIELDS.get(placeholder))));
                    helpers.add(reference);
                }
                built.append("$(").append(helper).append(")");
            } else {
                report.accept("the variable " + name + " uses the swarm template {{" + placeholder
                        + "}}, which has no Kubernetes equivalent"
                        + (placeholder.equals(".Task.Slot")
                                ? " (a Deployment's pods have no slot; a StatefulSet's ordinal is the nearest)"
                                : "")
                        + "; the variable is left out.");
                return null;
            }
            last = matcher.end();
        }
        if (value.substring(last).contains("{{")) {
            report.accept(
                    "the variable " + name + " holds a swarm template Flotilla cannot read; the variable is left out.");
            return null;
        }
        built.append(value.substring(last).replace("$(", "$$("));
        helpers.add(entry(name, built.toString()));
        return helpers;
    }

    private static Map<String, Object> entry(String name, String value) {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("name", name);
        variable.put("value", value);
        return variable;
    }

    /** Adds the container's own settings: working dir, tty, stdin, and its security context. */
    void putContainer(Map<String, Object> container) {
        if (service.getWorkingDir() != null) {
            container.put("workingDir", service.getWorkingDir());
        }
        if (service.isTty()) {
            container.put("tty", true);
        }
        if (service.isOpenStdin()) {
            container.put("stdin", true);
        }
        Map<String, Object> security = new LinkedHashMap<>();
        if (service.isReadOnly()) {
            security.put("readOnlyRootFilesystem", true);
        }
        Map<String, Object> capabilities = new LinkedHashMap<>();
        if (!service.getCapabilityAdd().isEmpty()) {
            capabilities.put("add", service.getCapabilityAdd().stream().map(ContainerOptions::capability).toList());
        }
        if (!service.getCapabilityDrop().isEmpty()) {
            capabilities.put("drop", service.getCapabilityDrop().stream().map(ContainerOptions::capability).toList());
        }
        if (!capabilities.isEmpty()) {
            security.put("capabilities", capabilities);
        }
        if (service.getUser() != null) {
            Matcher numeric = NUMERIC_USER.matcher(service.getUser());
            if (numeric.matches()) {
                security.put("runAsUser", Long.parseLong(numeric.group(1)));
                if (numeric.group(2) != null) {
                    security.put("runAsGroup", Long.parseLong(numeric.group(2)));
                }
            } else {
                report.accept("the user " + service.getUser()
                        + " is a name; Kubernetes runs as a numeric uid (securityContext.runAsUser), so it is left out.");
            }
        }
        if (!security.isEmpty()) {
            container.put("securityContext", security);
        }
    }

    /** Adds the pod's settings: hostname, host aliases, DNS, grace period, sysctls; reports what has no equivalent. */
    void putPod(Map<String, Object> pod) {
        String hostname = service.getHostname();
        if (hostname != null) {
            if (hostname.contains("{{")) {
                report.accept("the hostname " + hostname
                        + " is a swarm template; a pod's hostname cannot be templated, so it is left out.");
            } else {
                pod.put("hostname", KubernetesNames.of(hostname));
            }
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String entry : service.getExtraHosts()) {
            int colon = entry.indexOf(':');
            if (colon > 0) {
                aliases.computeIfAbsent(entry.substring(colon + 1), ip -> new ArrayList<>())
                        .add(entry.substring(0, colon));
            }
        }
        if (!aliases.isEmpty()) {
            List<Map<String, Object>> hostAliases = new ArrayList<>();
            aliases.forEach((ip, names) -> hostAliases.add(Map.of("ip", ip, "hostnames", names)));
            pod.put("hostAliases", hostAliases);
        }
        if (!service.getDnsNameservers().isEmpty() || !service.getDnsSearch().isEmpty()) {
            Map<String, Object> dns = new LinkedHashMap<>();
            if (!service.getDnsNameservers().isEmpty()) {
                dns.put("nameservers", new ArrayList<>(service.getDnsNameservers()));
            }
            if (!service.getDnsSearch().isEmpty()) {
                dns.put("searches", new ArrayList<>(service.getDnsSearch()));
            }
            pod.put("dnsConfig", dns);
        }
        if (service.isSetStopGracePeriod()) {
            pod.put("terminationGracePeriodSeconds", service.getStopGracePeriod() / NANOS_PER_SECOND);
        }
        if (!service.getSysctls().isEmpty()) {
            List<Map<String, Object>> sysctls = new ArrayList<>();
            for (Label sysctl : service.getSysctls()) {
                sysctls.add(
                        Map.of("name", sysctl.getKey(), "value", sysctl.getValue() == null ? "" : sysctl.getValue()));
            }
            pod.put("securityContext", Map.of("sysctls", sysctls));
        }
        reportUnmapped();
    }

    private void reportUnmapped() {
        if (service.getLogDriver() != null) {
            report.accept("the log driver " + service.getLogDriver().getName()
                    + " is the node's concern in Kubernetes; left out.");
        }
        for (Ulimit ulimit : service.getUlimits()) {
            report.accept("the ulimit " + ulimit.getName()
                    + " has no pod setting (it is the container runtime's); left out.");
        }
        if (service.getStopSignal() != null) {
            report.accept("the stop signal " + service.getStopSignal()
                    + " has no pod setting (Kubernetes sends SIGTERM); left out.");
        }
        if (service.isSetInit() && service.isInit()) {
            report.accept(
                    "init: true has no pod setting (use an init process in the image, or shareProcessNamespace); left out.");
        }
        if (service.getIsolation() != null) {
            report.accept("the isolation " + service.getIsolation() + " is Windows-only; left out.");
        }
        if (service.getCredentialSpec() != null) {
            report.accept(
                    "the credential spec maps to securityContext.windowsOptions.gmsaCredentialSpec, which needs a GMSACredentialSpec resource; left out.");
        }
        if (service.getOomScoreAdj() != 0) {
            report.accept("oom_score_adj " + service.getOomScoreAdj() + " has no pod setting; left out.");
        }
        if (!service.getContainerLabels().isEmpty()) {
            report.accept("the container labels are left out (pods carry the workload's labels).");
        }
        if (service.getLimits() != null && service.getLimits().getPids() != 0) {
            report.accept("the pids limit is the kubelet's (podPidsLimit), not the pod's; left out.");
        }
        if (service.getReservations() != null && !service.getReservations().getGenericResources().isEmpty()) {
            report.accept(
                    "generic resources become extended resources only where a device plugin names them; left out.");
        }
    }

    /** Kubernetes names capabilities without docker's CAP_ prefix. */
    private static String capability(String name) {
        return name.startsWith("CAP_") ? name.substring(4) : name;
    }
}
