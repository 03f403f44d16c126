package flotilla.docker;

import flotilla.docker.command.CommandException;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.defaults.SwarmDefaults;
import flotilla.engine.state.EndpointMode;
import flotilla.engine.state.FailureAction;
import flotilla.engine.state.Mount;
import flotilla.engine.state.NetworkAttachmentConfig;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.PublishedPort;
import flotilla.engine.state.Resources;
import flotilla.engine.state.RestartCondition;
import flotilla.engine.state.RestartPolicy;
import flotilla.engine.state.ServiceMode;
import flotilla.engine.state.ServiceSpec;
import flotilla.engine.state.UpdateConfig;
import flotilla.engine.state.UpdateOrder;
import flotilla.model.text.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The flags `docker service create` and `update` share, and how they change a spec. */
final class SpecFlags {
    private SpecFlags() {
    }

    /**
     * The flags `docker service create` and `update` share (docker/cli's service flag table). Create shows
     * swarm's defaults in its help; update shows none, since a flag left out there keeps the current value.
     */
    static List<Flag> common(boolean create) {
        RestartPolicy restart = SwarmDefaults.RESTART_POLICY;
        List<Flag> flags = new ArrayList<>(List.of(CommonFlags.DETACH,
                shown(create, Flag.value("endpoint-mode", "string", "Endpoint mode (vip or dnsrr)"), "vip"),
                Flag.value("hostname", "string", "Container hostname"),
                Flag.value("limit-cpu", "decimal", "Limit CPUs"),
                Flag.value("limit-memory", "bytes", "Limit Memory"),
                Flag.value("max-concurrent", "uint",
                        "Number of job tasks to run concurrently (default equal to --replicas)"),
                Flag.bool("no-resolve-image",
                        "Do not query the registry to resolve image digest and supported platforms"),
                CommonFlags.QUIET_PROGRESS,
                Flag.value("replicas", "uint", "Number of tasks"),
                Flag.value("replicas-max-per-node", "uint", "Maximum number of tasks per node (default 0 = unlimited)"),
                Flag.value("reserve-cpu", "decimal", "Reserve CPUs"),
                Flag.value("reserve-memory", "bytes", "Reserve Memory"),
                shown(create, Flag.value("restart-condition", "string",
                        "Restart when condition is met (\"none\", \"on-failure\", \"any\")"),
                        restart.condition().dockerName()),
                shown(create, Flag.value("restart-delay", "duration", "Delay between restart attempts "
                        + DURATION_UNITS), helpDuration(restart.delayMillis())),
                Flag.value("restart-max-attempts", "uint", "Maximum number of restarts before giving up"),
                Flag.value("restart-window", "duration", "Window used to evaluate the restart policy "
                        + DURATION_UNITS),
                Flag.value("user", "string", "Username or UID (format: <name|uid>[:<group|gid>])").shorthand('u'),
                Flag.bool("with-registry-auth", "Send registry authentication details to swarm agents"),
                Flag.value("workdir", "string", "Working directory inside the container").shorthand('w')));
        flags.addAll(policy(create, "update", "updates", "an update", "update", "updated",
                "(\"pause\", \"continue\", \"rollback\")", SwarmDefaults.UPDATE_CONFIG));
        flags.addAll(policy(create, "rollback", "task rollbacks", "a rollback", "rollback", "rolled back",
                "(\"pause\", \"continue\")", SwarmDefaults.ROLLBACK_CONFIG));
        return flags;
    }

    private static final String DURATION_UNITS = "(ns|us|ms|s|m|h)";

    /** The six flags of an update or rollback policy, worded as docker words each. */
    private static List<Flag> policy(boolean create, String prefix, String between, String during, String after,
            String done, String actions, UpdateConfig defaults) {
        String all = prefix.equals("update") ? "update all at once" : "roll back all at once";
        return List.of(
                shown(create, Flag.value(prefix + "-delay", "duration", "Delay between " + between + " "
                        + DURATION_UNITS), helpDuration(defaults.delayMillis())),
                shown(create, Flag.value(prefix + "-failure-action", "string", "Action on " + prefix + " failure "
                        + actions), defaults.failureAction().dockerName()),
                shown(create, Flag.value(prefix + "-max-failure-ratio", "float", "Failure rate to tolerate during "
                        + during), "0"),
                shown(create, Flag.value(prefix + "-monitor", "duration", "Duration after each task " + after
                        + " to monitor for failure " + DURATION_UNITS), helpDuration(defaults.monitorMillis())),
                shown(create, Flag.value(prefix + "-order", "string", Views.capitalised(prefix)
                        + " order (\"start-first\", \"stop-first\")"), defaults.order().dockerName()),
                shown(create, Flag.value(prefix + "-parallelism", "uint", "Maximum number of tasks " + done
                        + " simultaneously (0 to " + all + ")"), String.valueOf(defaults.parallelism())));
    }

    private static Flag shown(boolean create, Flag flag, String defaultValue) {
        return create ? flag.defaultValue(defaultValue) : flag;
    }

    private static String helpDuration(long millis) {
        return Quantities.duration(millis * 1_000_000);
    }

    /** Applies the scalar flags of create and update. */
    static void applyCommon(Flags f, ServiceSpec spec) {
        if (f.has("replicas")) {
            spec.replicas(number(f, "replicas"));
        }
        if (f.has("max-concurrent")) {
            spec.maxConcurrent(number(f, "max-concurrent"));
        }
        if (f.has("replicas-max-per-node")) {
            spec.maxReplicasPerNode(number(f, "replicas-max-per-node"));
        }
        Resources r = spec.reservations();
        spec.reservations(new Resources(f.has("reserve-cpu") ? Units.nanoCpus(f.value("reserve-cpu")) : r.nanoCpus(),
                f.has("reserve-memory") ? Units.bytes(f.value("reserve-memory")) : r.memoryBytes()));
        Resources l = spec.limits();
        spec.limits(new Resources(f.has("limit-cpu") ? Units.nanoCpus(f.value("limit-cpu")) : l.nanoCpus(),
                f.has("limit-memory") ? Units.bytes(f.value("limit-memory")) : l.memoryBytes()));
        RestartPolicy p = spec.restartPolicy();
        spec.restartPolicy(new RestartPolicy(
                f.has("restart-condition") ? RestartCondition.parse(f.value("restart-condition")) : p.condition(),
                f.has("restart-delay") ? Units.duration(f.value("restart-delay")) : p.delayMillis(),
                f.has("restart-max-attempts") ? number(f, "restart-max-attempts") : p.maxAttempts(),
                f.has("restart-window") ? Units.duration(f.value("restart-window")) : p.windowMillis()));
        spec.updateConfig(policy(f, "update", spec.updateConfig()));
        spec.rollbackConfig(policy(f, "rollback", spec.rollbackConfig()));
        if (f.has("endpoint-mode")) {
            spec.endpointMode(switch (f.value("endpoint-mode")) {
            case "vip" -> EndpointMode.VIP;
            case "dnsrr" -> EndpointMode.DNSRR;
            default -> throw new CommandException("invalid endpoint mode: " + f.value("endpoint-mode"));
            });
        }
    }

    private static UpdateConfig policy(Flags f, String prefix, UpdateConfig c) {
        return new UpdateConfig(
                f.has(prefix + "-parallelism") ? (int) number(f, prefix + "-parallelism") : c.parallelism(),
                f.has(prefix + "-delay") ? Units.duration(f.value(prefix + "-delay")) : c.delayMillis(),
                f.has(prefix + "-failure-action")
                        ? failureAction(f.value(prefix + "-failure-action"))
                        : c.failureAction(),
                f.has(prefix + "-monitor") ? Units.duration(f.value(prefix + "-monitor")) : c.monitorMillis(),
                f.has(prefix + "-max-failure-ratio")
                        ? Double.parseDouble(f.value(prefix + "-max-failure-ratio"))
                        : c.maxFailureRatio(),
                f.has(prefix + "-order") ? order(f.value(prefix + "-order")) : c.order());
    }

    private static FailureAction failureAction(String value) {
        try {
            return FailureAction.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandException("invalid argument \"" + value + "\": failure action must be pause, continue "
                    + "or rollback");
        }
    }

    private static UpdateOrder order(String value) {
        try {
            return UpdateOrder.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandException("invalid argument \"" + value + "\": order must be start-first or stop-first");
        }
    }

    static long number(Flags f, String name) {
        try {
            // Swarm's counts are unsigned: "-5" is a syntax error to docker (strconv.ParseUint), not a number.
            if (f.value(name).startsWith("-")) {
                throw new NumberFormatException(f.value(name));
            }
            return Long.parseLong(f.value(name));
        } catch (NumberFormatException e) {
            throw new CommandException("invalid argument \"" + f.value(name) + "\" for \"--" + name
                    + "\" flag: strconv.ParseUint: parsing \"" + f.value(name) + "\": invalid syntax");
        }
    }

    static ServiceMode mode(String value) {
        return switch (value) {
        case "replicated" -> ServiceMode.REPLICATED;
        case "global" -> ServiceMode.GLOBAL;
        case "replicated-job" -> ServiceMode.REPLICATED_JOB;
        case "global-job" -> ServiceMode.GLOBAL_JOB;
        default -> throw new CommandException("invalid argument \"" + value + "\" for \"--mode\" flag: "
                + "invalid mode, only replicated, global, replicated-job and global-job are supported");
        };
    }

    /** {@code 8080:80}, {@code 8080:80/udp}, {@code 80} or {@code published=8080,target=80,mode=host}. */
    static PublishedPort port(String text) {
        if (text.contains("=")) {
            Map<String, String> fields = fields(text);
            if (!fields.containsKey("target")) {
                throw new CommandException("invalid argument \"" + text + "\" for \"-p, --publish\" flag: "
                        + "missing mandatory field \"target\"");
            }
            return new PublishedPort(Integer.parseInt(fields.get("target")),
                    Integer.parseInt(fields.getOrDefault("published", "0")), fields.getOrDefault("protocol", "tcp"),
                    "host".equals(fields.get("mode")) ? PublishMode.HOST : PublishMode.INGRESS);
        }
        String protocol = "tcp";
        String ports = text;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            protocol = text.substring(slash + 1);
            ports = text.substring(0, slash);
        }
        try {
            int colon = ports.lastIndexOf(':');
            int target = Integer.parseInt(ports.substring(colon + 1));
            int published = colon < 0 ? 0 : Integer.parseInt(ports.substring(0, colon));
            return new PublishedPort(target, published, protocol, PublishMode.INGRESS);
        } catch (NumberFormatException e) {
            throw new CommandException("invalid argument \"" + text + "\" for \"-p, --publish\" flag: "
                    + "invalid containerPort: " + text);
        }
    }

    /** {@code mynet} or {@code name=mynet,alias=web}. */
    static NetworkAttachmentConfig network(String text) {
        if (!text.contains("=")) {
            return new NetworkAttachmentConfig(text, List.of());
        }
        List<String> aliases = new ArrayList<>();
        String name = null;
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("name")) {
                name = kv[1];
            } else if (kv[0].equals("alias")) {
                aliases.add(kv[1]);
            }
        }
        return new NetworkAttachmentConfig(name, aliases);
    }

    static Mount mount(String text) {
        Map<String, String> f = fields(text);
        String target = f.getOrDefault("target", f.getOrDefault("destination", f.get("dst")));
        if (target == null) {
            throw new CommandException("invalid argument \"" + text + "\" for \"--mount\" flag: target is required");
        }
        return new Mount(f.getOrDefault("type", "volume"), f.getOrDefault("source", f.get("src")), target,
                f.containsKey("readonly") || f.containsKey("ro"), f.get("volume-driver"));
    }

    /** {@code spread=node.labels.zone}: only spread exists. */
    static String preference(String text) {
        if (!text.startsWith("spread=")) {
            throw new CommandException("invalid argument \"" + text + "\" for \"--placement-pref\" flag: "
                    + "invalid placement preference \"" + text + "\": unsupported placement preference");
        }
        return text.substring("spread=".length());
    }

    /** A secret or config reference: {@code NAME} or {@code source=NAME,target=...}. */
    static String source(String text) {
        return text.contains("=") ? fields(text).getOrDefault("source", fields(text).get("src")) : text;
    }

    static Map<String, String> labels(List<String> values) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            labels.put(eq < 0 ? v : v.substring(0, eq), eq < 0 ? "" : v.substring(eq + 1));
        }
        return labels;
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            map.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "true");
        }
        return map;
    }

    static <T> List<T> mapped(List<String> values, Function<String, T> parse) {
        List<T> result = new ArrayList<>();
        for (String v : values) {
            result.add(parse.apply(v));
        }
        return result;
    }
}
