package flotilla.exchange.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import flotilla.model.text.ShellWords;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code docker stack config -c FILE} run on a file, and its output reduced to what {@code docker stack deploy} turns
 * into swarm objects: resources keyed by the name swarm gives them, swarm's defaults written out, short forms made
 * long, and the keys the deploy ignores left out. Two files deploy the same stack when their reductions are equal.
 */
final class StackConfig {
    /** What docker said: the YAML it printed, or why it refused the file. */
    record Outcome(boolean accepted, String output) {
    }

    private static final List<String> IGNORED_SERVICE_KEYS = List.of("build", "cgroup_parent", "cgroupns_mode",
            "container_name", "depends_on", "devices",
            "external_links", "links", "network_mode", "security_opt", "userns_mode", "privileged", "tmpfs",
            "domainname", "mac_address", "expose", "ipc", "pid",
            "shm_size", "env_file", "restart");

    private static final List<String> DURATIONS = List.of("delay", "window", "monitor", "interval", "timeout",
            "start_period", "start_interval",
            "stop_grace_period");

    private StackConfig() {
    }

    /** Runs docker on {@code file} in its folder, with an environment holding only PATH, as the importer's test gets. */
    static Outcome run(Path file) throws IOException, InterruptedException {
        return run(file, Map.of());
    }

    /** As {@link #run(Path)}, with {@code environment} added to PATH. */
    static Outcome run(Path file, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("docker", "stack", "config", "-c", file.getFileName().toString())
                .directory(file.getParent().toFile());
        String path = System.getenv("PATH");
        builder.environment().clear();
        builder.environment().put("PATH", path == null ? "/usr/bin:/bin:/usr/local/bin" : path);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("docker stack config timed out on " + file);
        }
        return process.exitValue() == 0 ? new Outcome(true, output) : new Outcome(false, errors.strip());
    }

    /** The reduction of docker's output, {@code namespace} standing for the stack's name. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> reduce(String output, String namespace) {
        Map<String, Object> config = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(output);
        Map<String, Object> networks = map(config.get("networks"));
        Map<String, Object> volumes = map(config.get("volumes"));
        Map<String, Object> secrets = map(config.get("secrets"));
        Map<String, Object> configs = map(config.get("configs"));
        Map<String, Object> result = new TreeMap<>();
        Map<String, Object> services = new TreeMap<>();
        boolean usesDefault = false;
        for (Map.Entry<String, Object> entry : map(config.get("services")).entrySet()) {
            Map<String, Object> service = new TreeMap<>(map(entry.getValue()));
            IGNORED_SERVICE_KEYS.forEach(key -> service.remove(key));
            service.keySet().removeIf(key -> key.startsWith("x-"));
            Map<String, Object> original = map(entry.getValue());
            Map<String, Object> deploy = new TreeMap<>(map(service.get("deploy")));
            if (!deploy.containsKey("restart_policy") && original.get("restart") instanceof String restart) {
                Map<String, Object> policy = legacyRestart(restart);
                if (policy != null) {
                    deploy.put("restart_policy", policy);
                }
            }
            service.put("deploy", deploy(deploy));
            Object attached = service.get("networks");
            Map<String, Object> attachments = new TreeMap<>();
            if (attached == null) {
                usesDefault = true;
                attachments.put(namespace + "_default", Map.of());
            } else {
                for (Map.Entry<String, Object> network : asMap(attached).entrySet()) {
                    Map<String, Object> attachment = new TreeMap<>(map(network.getValue()));
                    // Swarm gives tasks their addresses: docker stack deploy leaves fixed ones out.
                    attachment.remove("ipv4_address");
                    attachment.remove("ipv6_address");
                    attachments.put(swarmName(network.getKey(), networks, namespace), defaults(attachment));
                }
            }
            service.put("networks", attachments);
            service.put("ports",
                    sorted(list(service.get("ports")).stream().map(port -> defaults(
                            withDefaults(withoutHostIp(map(port)), Map.of("protocol", "tcp", "mode", "ingress"))))
                            .toList()));
            service.put("volumes", list(service.get("volumes")).stream()
                    .map(volume -> mount(map(volume), volumes, namespace)).toList());
            service.put("secrets", sorted(list(service.get("secrets")).stream()
                    .map(reference -> reference(reference, secrets, namespace)).toList()));
            service.put("configs", sorted(list(service.get("configs")).stream()
                    .map(reference -> reference(reference, configs, namespace)).toList()));
            if (service.get("healthcheck") != null) {
                Map<String, Object> health = withDefaults(map(service.get("healthcheck")),
                        Map.of("interval", "30s", "timeout", "30s", "retries", 3, "start_period", "0s"));
                if (health.get("test") instanceof String test) {
                    health.put("test", List.of("CMD-SHELL", test));
                }
                if (Boolean.TRUE.equals(health.remove("disable"))) {
                    health.put("test", List.of("NONE"));
                }
                service.put("healthcheck", defaults(health));
            }
            if (service.get("ulimits") != null) {
                Map<String, Object> ulimits = new TreeMap<>();
                map(service.get("ulimits")).forEach((name, limit) -> ulimits.put(name,
                        limit instanceof Map<?, ?> ? defaults(map(limit)) : Map.of("hard", limit, "soft", limit)));
                service.put("ulimits", ulimits);
            }
            if (service.get("entrypoint") instanceof String entrypoint) {
                service.put("entrypoint", ShellWords.split(entrypoint));
            }
            if (service.get("command") instanceof String command) {
                service.put("command", ShellWords.split(command));
            }
            services.put(namespace + "_" + entry.getKey(), defaults(service));
        }
        result.put("services", services);
        Map<String, Object> reducedNetworks = new TreeMap<>();
        networks.forEach((key, value) -> reducedNetworks.put(swarmName(key, networks, namespace), network(map(value))));
        if (usesDefault) {
            reducedNetworks.putIfAbsent(namespace + "_default", network(Map.of()));
        }
        result.put("networks", reducedNetworks);
        result.put("volumes", resources(volumes, namespace, Map.of("driver", "local")));
        result.put("secrets", resources(secrets, namespace, Map.of()));
        result.put("configs", resources(configs, namespace, Map.of()));
        return defaults(result);
    }

    /** Swarm has no host IP for a published port: docker stack deploy leaves it out. */
    private static Map<String, Object> withoutHostIp(Map<String, Object> port) {
        Map<String, Object> result = new TreeMap<>(port);
        result.remove("host_ip");
        return result;
    }

    private static Map<String, Object> legacyRestart(String restart) {
        String[] parts = restart.split(":", 2);
        Map<String, Object> policy = new LinkedHashMap<>();
        switch (parts[0]) {
        case "always", "unless-stopped" -> policy.put("condition", "any");
        case "on-failure" -> policy.put("condition", "on-failure");
        default -> {
            return null;
        }
        }
        if (parts.length == 2) {
            policy.put("max_attempts", Integer.parseInt(parts[1]));
        }
        return policy;
    }

    private static Map<String, Object> deploy(Map<String, Object> deploy) {
        Map<String, Object> result = withDefaults(deploy, Map.of("mode", "replicated", "endpoint_mode", "vip"));
        if ("replicated".equals(result.get("mode"))) {
            result.putIfAbsent("replicas", 1);
        }
        if (result.get("restart_policy") != null) {
            result.put("restart_policy", withDefaults(map(result.get("restart_policy")),
                    Map.of("condition", "any", "delay", "5s", "max_attempts", 0, "window", "0s")));
        }
        for (String key : List.of("update_config", "rollback_config")) {
            if (result.get(key) != null) {
                result.put(key,
                        withDefaults(map(result.get(key)),
                                Map.of("parallelism", 1, "delay", "0s", "failure_action", "pause", "monitor", "5s",
                                        "max_failure_ratio", 0, "order", "stop-first")));
            }
        }
        Map<String, Object> placement = new TreeMap<>(map(result.get("placement")));
        if (placement.get("constraints") != null) {
            placement.put("constraints", list(placement.get("constraints")).stream()
                    .map(constraint -> ((String) constraint).replace(" ", "")).toList());
        }
        result.put("placement", placement);
        Map<String, Object> resources = new TreeMap<>();
        map(result.get("resources")).forEach((kind, values) -> {
            Map<String, Object> reduced = new TreeMap<>(map(values));
            if (reduced.get("cpus") != null) {
                reduced.put("cpus", Units.nanoCPUs(String.valueOf(reduced.get("cpus"))));
            }
            if (reduced.get("memory") != null) {
                reduced.put("memory", Units.bytes(String.valueOf(reduced.get("memory"))));
            }
            resources.put(kind, reduced);
        });
        result.put("resources", resources);
        result.put("labels", asMap(result.get("labels")));
        return result;
    }

    private static Map<String, Object> network(Map<String, Object> network) {
        Map<String, Object> result = new TreeMap<>(network);
        result.remove("name");
        if (!Boolean.TRUE.equals(result.get("external"))) {
            result.putIfAbsent("driver", "overlay");
        } else {
            result.remove("external");
            result.put("external", true);
        }
        return result;
    }

    private static Map<String, Object> mount(Map<String, Object> mount, Map<String, Object> volumes, String namespace) {
        Map<String, Object> result = new TreeMap<>(mount);
        if ("volume".equals(result.get("type")) && result.get("source") instanceof String source && !source.isEmpty()) {
            result.put("source", swarmName(source, volumes, namespace));
        }
        return defaults(result);
    }

    private static Object reference(Object reference, Map<String, Object> declared, String namespace) {
        Map<String, Object> result = new TreeMap<>(
                reference instanceof String name ? Map.of("source", name) : map(reference));
        String source = (String) result.get("source");
        result.putIfAbsent("target", source);
        result.putIfAbsent("uid", "0");
        result.putIfAbsent("gid", "0");
        result.putIfAbsent("mode", 0444);
        result.put("source", swarmName(source, declared, namespace));
        return result;
    }

    private static Map<String, Object> resources(Map<String, Object> declared, String namespace,
            Map<String, Object> defaults) {
        Map<String, Object> result = new TreeMap<>();
        declared.forEach((key, value) -> {
            Map<String, Object> definition = withDefaults(map(value), defaults);
            definition.remove("name");
            result.put(swarmName(key, declared, namespace), definition);
        });
        return result;
    }

    /** The name swarm gives a network, volume, secret or config: its name:, else the key, in the stack's namespace unless external. */
    private static String swarmName(String key, Map<String, Object> declared, String namespace) {
        Map<String, Object> definition = map(declared.get(key));
        if (definition.get("name") instanceof String name) {
            return name;
        }
        if (Boolean.TRUE.equals(definition.get("external"))
                || List.of("host", "bridge", "ingress").contains(key) && !declared.containsKey(key)) {
            return key;
        }
        return namespace + "_" + key;
    }

    private static Map<String, Object> withDefaults(Map<String, Object> values, Map<String, Object> defaults) {
        Map<String, Object> result = new TreeMap<>(defaults);
        values.forEach((key, value) -> {
            if (value != null) {
                result.put(key, value);
            }
        });
        return result;
    }

    /**
     * Leaves out what says nothing (empty maps and lists, false, zero) and writes durations in nanoseconds, so that a
     * default written out equals a default left out.
     */
    private static Map<String, Object> defaults(Map<String, Object> values) {
        Map<String, Object> result = new TreeMap<>();
        values.forEach((key, value) -> {
            Object reduced = value instanceof Map<?, ?> nested ? defaults(map(nested)) : value;
            if (DURATIONS.contains(key) && reduced instanceof String text) {
                reduced = Units.duration(text);
            }
            if (reduced instanceof Number number) {
                reduced = number.doubleValue();
            }
            boolean empty = reduced == null || reduced instanceof Map<?, ?> map && map.isEmpty()
                    || reduced instanceof List<?> list && list.isEmpty()
                    || Boolean.FALSE.equals(reduced) || reduced instanceof Double number && number == 0;
            if (!empty) {
                result.put(key, reduced);
            }
        });
        return result;
    }

    private static List<Object> sorted(List<?> items) {
        List<Object> result = new ArrayList<>(items);
        result.sort((left, right) -> left.toString().compareTo(right.toString()));
        return result;
    }

    /** A list_or_dict as a map: KEY=VALUE items split at the first =. */
    private static Map<String, Object> asMap(Object value) {
        if (value instanceof List<?> items) {
            Map<String, Object> result = new TreeMap<>();
            for (Object item : items) {
                String text = String.valueOf(item);
                int equals = text.indexOf('=');
                result.put(equals < 0 ? text : text.substring(0, equals),
                        equals < 0 ? null : text.substring(equals + 1));
            }
            return result;
        }
        return new TreeMap<>(map(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
