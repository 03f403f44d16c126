package flotilla.exchange.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What docker's compose file schemas (versions 3.0 to 3.13, which {@code docker stack config} and
 * {@code docker stack deploy} validate a file against) say of each key: its JSON types and the version that
 * introduced or changed it. {@link SchemaCheck} validates a file with it as docker does.
 * <p>
 * One line per key and version it changed in: {@code PATH SPEC SINCE}. PATH segments are keys, {@code {name}} (a key
 * matching {@code [a-zA-Z0-9._-]+}), {@code {any}} (any key), {@code {lower}} ({@code [a-z]+}) or {@code []} (the
 * items of a list); {@code x-} marks where extension keys are allowed. SPEC is one or more alternatives separated by
 * {@code |} (docker's {@code oneOf}); an alternative is its types separated by {@code ,}, followed by {@code !} (a
 * closed mapping), {@code (FORMAT)}, {@code =A/B} (allowed values), {@code +A/B} (required keys), {@code ~} (unique
 * items) or {@code >=N} (a minimum). The lines were taken from docker/cli's {@code cli/compose/schema/data}; the
 * schema tests check them against the installed docker CLI, version by version.
 */
final class ComposeSchema {
    /** The versions docker knows, oldest first; a file without a version, or with {@code 3}, is the newest. */
    static final List<String> VERSIONS = List.of("3.0", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9",
            "3.10", "3.11", "3.12", "3.13");

    static final String NEWEST = VERSIONS.get(VERSIONS.size() - 1);

    private static final String LINES = """
            (root) mapping!+version 3.0
            (root) mapping! 3.10
            version string 3.0
            services mapping! 3.0
            services.{name} mapping! 3.0
            services.{name}.deploy mapping,null! 3.0
            services.{name}.deploy.mode string 3.0
            services.{name}.deploy.replicas integer 3.0
            services.{name}.deploy.labels mapping!|list~ 3.0
            services.{name}.deploy.labels.{any} string,number,null 3.0
            services.{name}.deploy.labels[] string 3.0
            services.{name}.deploy.update_config mapping! 3.0
            services.{name}.deploy.update_config.parallelism integer 3.0
            services.{name}.deploy.update_config.delay string(duration) 3.0
            services.{name}.deploy.update_config.failure_action string 3.0
            services.{name}.deploy.update_config.monitor string(duration) 3.0
            services.{name}.deploy.update_config.max_failure_ratio number 3.0
            services.{name}.deploy.resources mapping! 3.0
            services.{name}.deploy.resources.limits mapping! 3.0
            services.{name}.deploy.resources.limits.cpus string 3.0
            services.{name}.deploy.resources.limits.memory string 3.0
            services.{name}.deploy.resources.reservations mapping! 3.0
            services.{name}.deploy.resources.reservations.cpus string 3.0
            services.{name}.deploy.resources.reservations.memory string 3.0
            services.{name}.deploy.restart_policy mapping! 3.0
            services.{name}.deploy.restart_policy.condition string 3.0
            services.{name}.deploy.restart_policy.delay string(duration) 3.0
            services.{name}.deploy.restart_policy.max_attempts integer 3.0
            services.{name}.deploy.restart_policy.window string(duration) 3.0
            services.{name}.deploy.placement mapping! 3.0
            services.{name}.deploy.placement.constraints list 3.0
            services.{name}.deploy.placement.constraints[] string 3.0
            services.{name}.build string|mapping! 3.0
            services.{name}.build string|mapping 3.11
            services.{name}.build.context string 3.0
            services.{name}.build.dockerfile string 3.0
            services.{name}.build.args mapping!|list~ 3.0
            services.{name}.build.args.{any} string,number,null 3.0
            services.{name}.build.args[] string 3.0
            services.{name}.cap_add list~ 3.0
            services.{name}.cap_add[] string 3.0
            services.{name}.cap_drop list~ 3.0
            services.{name}.cap_drop[] string 3.0
            services.{name}.cgroup_parent string 3.0
            services.{name}.command string|list 3.0
            services.{name}.command[] string 3.0
            services.{name}.container_name string 3.0
            services.{name}.depends_on list~ 3.0
            services.{name}.depends_on[] string 3.0
            services.{name}.devices list~ 3.0
            services.{name}.devices[] string 3.0
            services.{name}.dns string|list~ 3.0
            services.{name}.dns[] string 3.0
            services.{name}.dns_search string|list~ 3.0
            services.{name}.dns_search[] string 3.0
            services.{name}.domainname string 3.0
            services.{name}.entrypoint string|list 3.0
            services.{name}.entrypoint[] string 3.0
            services.{name}.env_file string|list~ 3.0
            services.{name}.env_file[] string 3.0
            services.{name}.environment mapping!|list~ 3.0
            services.{name}.environment.{any} string,number,null 3.0
            services.{name}.environment[] string 3.0
            services.{name}.expose list~ 3.0
            services.{name}.expose[] string,number(expose) 3.0
            services.{name}.external_links list~ 3.0
            services.{name}.external_links[] string 3.0
            services.{name}.extra_hosts mapping!|list~ 3.0
            services.{name}.extra_hosts.{any} string,number,null 3.0
            services.{name}.extra_hosts[] string 3.0
            services.{name}.healthcheck mapping! 3.0
            services.{name}.healthcheck.disable boolean 3.0
            services.{name}.healthcheck.interval string 3.0
            services.{name}.healthcheck.interval string(duration) 3.4
            services.{name}.healthcheck.retries number 3.0
            services.{name}.healthcheck.test string|list 3.0
            services.{name}.healthcheck.test[] string 3.0
            services.{name}.healthcheck.timeout string 3.0
            services.{name}.healthcheck.timeout string(duration) 3.4
            services.{name}.hostname string 3.0
            services.{name}.image string 3.0
            services.{name}.ipc string 3.0
            services.{name}.labels mapping!|list~ 3.0
            services.{name}.labels.{any} string,number,null 3.0
            services.{name}.labels[] string 3.0
            services.{name}.links list~ 3.0
            services.{name}.links[] string 3.0
            services.{name}.logging mapping! 3.0
            services.{name}.logging.driver string 3.0
            services.{name}.logging.options mapping 3.0
            services.{name}.logging.options.{any} string,number,null 3.0
            services.{name}.mac_address string 3.0
            services.{name}.network_mode string 3.0
            services.{name}.networks list~|mapping! 3.0
            services.{name}.networks[] string 3.0
            services.{name}.networks.{name} mapping!|null 3.0
            services.{name}.networks.{name}.aliases list~ 3.0
            services.{name}.networks.{name}.aliases[] string 3.0
            services.{name}.networks.{name}.ipv4_address string 3.0
            services.{name}.networks.{name}.ipv6_address string 3.0
            services.{name}.pid string,null 3.0
            services.{name}.ports list~ 3.0
            services.{name}.ports[] string,number(ports) 3.0
            services.{name}.ports[] number(ports)|string(ports)|mapping! 3.2
            services.{name}.privileged boolean 3.0
            services.{name}.read_only boolean 3.0
            services.{name}.restart string 3.0
            services.{name}.security_opt list~ 3.0
            services.{name}.security_opt[] string 3.0
            services.{name}.shm_size number,string 3.0
            services.{name}.sysctls mapping!|list~ 3.0
            services.{name}.sysctls.{any} string,number,null 3.0
            services.{name}.sysctls[] string 3.0
            services.{name}.stdin_open boolean 3.0
            services.{name}.stop_grace_period string(duration) 3.0
            services.{name}.stop_signal string 3.0
            services.{name}.tmpfs string|list~ 3.0
            services.{name}.tmpfs[] string 3.0
            services.{name}.tty boolean 3.0
            services.{name}.ulimits mapping 3.0
            services.{name}.ulimits.{lower} integer|mapping!+soft/hard 3.0
            services.{name}.ulimits.{lower}.hard integer 3.0
            services.{name}.ulimits.{lower}.soft integer 3.0
            services.{name}.user string 3.0
            services.{name}.userns_mode string 3.0
            services.{name}.volumes list~ 3.0
            services.{name}.volumes list 3.2
            services.{name}.volumes[] string 3.0
            services.{name}.volumes[] string|mapping!+type~ 3.2
            services.{name}.working_dir string 3.0
            networks mapping 3.0
            networks.{name} mapping,null! 3.0
            networks.{name}.driver string 3.0
            networks.{name}.driver_opts mapping 3.0
            networks.{name}.driver_opts.{any} string,number 3.0
            networks.{name}.ipam mapping! 3.0
            networks.{name}.ipam.driver string 3.0
            networks.{name}.ipam.config list 3.0
            networks.{name}.ipam.config[] mapping! 3.0
            networks.{name}.ipam.config[].subnet string 3.0
            networks.{name}.external boolean,mapping! 3.0
            networks.{name}.external.name string 3.0
            networks.{name}.internal boolean 3.0
            networks.{name}.labels mapping!|list~ 3.0
            networks.{name}.labels.{any} string,number,null 3.0
            networks.{name}.labels[] string 3.0
            volumes mapping! 3.0
            volumes.{name} mapping,null! 3.0
            volumes.{name}.driver string 3.0
            volumes.{name}.driver_opts mapping 3.0
            volumes.{name}.driver_opts.{any} string,number 3.0
            volumes.{name}.external boolean,mapping! 3.0
            volumes.{name}.external.name string 3.0
            volumes.{name}.labels mapping!|list~ 3.0
            volumes.{name}.labels.{any} string,number,null 3.0
            volumes.{name}.labels[] string 3.0
            services.{name}.secrets list 3.1
            services.{name}.secrets[] string|mapping 3.1
            services.{name}.secrets[].source string 3.1
            services.{name}.secrets[].target string 3.1
            services.{name}.secrets[].uid string 3.1
            services.{name}.secrets[].gid string 3.1
            services.{name}.secrets[].mode number 3.1
            secrets mapping! 3.1
            secrets.{name} mapping! 3.1
            secrets.{name}.file string 3.1
            secrets.{name}.external boolean,mapping 3.1
            secrets.{name}.external.name string 3.1
            secrets.{name}.labels mapping!|list~ 3.1
            secrets.{name}.labels.{any} string,number,null 3.1
            secrets.{name}.labels[] string 3.1
            services.{name}.deploy.endpoint_mode string 3.2
            services.{name}.build.cache_from list~ 3.2
            services.{name}.build.cache_from[] string 3.2
            services.{name}.ports[].mode string 3.2
            services.{name}.ports[].target integer 3.2
            services.{name}.ports[].published integer 3.2
            services.{name}.ports[].protocol string 3.2
            services.{name}.volumes[].type string 3.2
            services.{name}.volumes[].source string 3.2
            services.{name}.volumes[].target string 3.2
            services.{name}.volumes[].read_only boolean 3.2
            services.{name}.volumes[].consistency string 3.2
            services.{name}.volumes[].bind mapping 3.2
            services.{name}.volumes[].bind.propagation string 3.2
            services.{name}.volumes[].volume mapping 3.2
            services.{name}.volumes[].volume.nocopy boolean 3.2
            networks.{name}.attachable boolean 3.2
            services.{name}.deploy.placement.preferences list 3.3
            services.{name}.deploy.placement.preferences[] mapping! 3.3
            services.{name}.deploy.placement.preferences[].spread string 3.3
            services.{name}.build.labels mapping!|list~ 3.3
            services.{name}.build.labels.{any} string,number,null 3.3
            services.{name}.build.labels[] string 3.3
            services.{name}.configs list 3.3
            services.{name}.configs[] string|mapping 3.3
            services.{name}.configs[].source string 3.3
            services.{name}.configs[].target string 3.3
            services.{name}.configs[].uid string 3.3
            services.{name}.configs[].gid string 3.3
            services.{name}.configs[].mode number 3.3
            services.{name}.credential_spec mapping! 3.3
            services.{name}.credential_spec.file string 3.3
            services.{name}.credential_spec.registry string 3.3
            configs mapping! 3.3
            configs.{name} mapping! 3.3
            configs.{name}.file string 3.3
            configs.{name}.external boolean,mapping 3.3
            configs.{name}.external.name string 3.3
            configs.{name}.labels mapping!|list~ 3.3
            configs.{name}.labels.{any} string,number,null 3.3
            configs.{name}.labels[] string 3.3
            services.{name}.deploy.update_config.order string=start-first/stop-first 3.4
            services.{name}.build.network string 3.4
            services.{name}.build.target string 3.4
            services.{name}.healthcheck.start_period string(duration) 3.4
            volumes.{name}.name string 3.4
            x- any 3.4
            services.{name}.deploy.resources.reservations.generic_resources list 3.5
            services.{name}.deploy.resources.reservations.generic_resources[] mapping! 3.5
            services.{name}.deploy.resources.reservations.generic_resources[].discrete_resource_spec mapping! 3.5
            services.{name}.deploy.resources.reservations.generic_resources[].discrete_resource_spec.kind string 3.5
            services.{name}.deploy.resources.reservations.generic_resources[].discrete_resource_spec.value number 3.5
            services.{name}.build.shm_size integer,string 3.5
            services.{name}.isolation string 3.5
            networks.{name}.name string 3.5
            secrets.{name}.name string 3.5
            configs.{name}.name string 3.5
            services.{name}.volumes[].tmpfs mapping 3.6
            services.{name}.volumes[].tmpfs.size integer>=0 3.6
            services.{name}.deploy.rollback_config mapping! 3.7
            services.{name}.deploy.rollback_config.parallelism integer 3.7
            services.{name}.deploy.rollback_config.delay string(duration) 3.7
            services.{name}.deploy.rollback_config.failure_action string 3.7
            services.{name}.deploy.rollback_config.monitor string(duration) 3.7
            services.{name}.deploy.rollback_config.max_failure_ratio number 3.7
            services.{name}.deploy.rollback_config.order string=start-first/stop-first 3.7
            services.{name}.init boolean 3.7
            services.{name}.x- any 3.7
            networks.{name}.x- any 3.7
            volumes.{name}.x- any 3.7
            secrets.{name}.x- any 3.7
            configs.{name}.x- any 3.7
            services.{name}.deploy.placement.max_replicas_per_node integer 3.8
            services.{name}.credential_spec.config string 3.8
            secrets.{name}.driver string 3.8
            secrets.{name}.driver_opts mapping 3.8
            secrets.{name}.driver_opts.{any} string,number 3.8
            secrets.{name}.template_driver string 3.8
            configs.{name}.template_driver string 3.8
            services.{name}.deploy.resources.limits.pids integer 3.9
            services.{name}.build.extra_hosts mapping!|list~ 3.9
            services.{name}.build.extra_hosts.{any} string,number,null 3.9
            services.{name}.build.extra_hosts[] string 3.9
            services.{name}.cgroupns_mode string 3.9
            volumes.{name}.x-cluster-spec mapping 3.10
            volumes.{name}.x-cluster-spec.group string 3.10
            volumes.{name}.x-cluster-spec.access_mode mapping 3.10
            volumes.{name}.x-cluster-spec.access_mode.scope string 3.10
            volumes.{name}.x-cluster-spec.access_mode.sharing string 3.10
            volumes.{name}.x-cluster-spec.access_mode.block_volume mapping 3.10
            volumes.{name}.x-cluster-spec.access_mode.mount_volume mapping 3.10
            volumes.{name}.x-cluster-spec.access_mode.mount_volume.fs_type string 3.10
            volumes.{name}.x-cluster-spec.access_mode.mount_volume.mount_flags list 3.10
            volumes.{name}.x-cluster-spec.access_mode.mount_volume.mount_flags[] string 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements mapping 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.requisite list 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.requisite[] mapping 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.requisite[].segments mapping!|list~ 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.requisite[].segments.{any} string,number,null 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.requisite[].segments[] string 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.preferred list 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.preferred[] mapping 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.preferred[].segments mapping!|list~ 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.preferred[].segments.{any} string,number,null 3.10
            volumes.{name}.x-cluster-spec.accessibility_requirements.preferred[].segments[] string 3.10
            volumes.{name}.x-cluster-spec.capacity_range mapping 3.10
            volumes.{name}.x-cluster-spec.capacity_range.required_bytes string 3.10
            volumes.{name}.x-cluster-spec.capacity_range.limit_bytes string 3.10
            volumes.{name}.x-cluster-spec.availability string 3.10
            services.{name}.healthcheck.start_interval string(duration) 3.12
            services.{name}.networks.{name}.driver_opts mapping 3.13
            services.{name}.networks.{name}.driver_opts.{any} string,number 3.13
            services.{name}.oom_score_adj integer 3.13
            """;

    /** One alternative of a key's schema. */
    record Alternative(List<String> types, boolean closed, String format, List<String> allowed,
            List<String> required, boolean unique, Long minimum) {

        static Alternative parse(String text) {
            String rest = text;
            boolean unique = rest.endsWith("~");
            rest = unique ? rest.substring(0, rest.length() - 1) : rest;
            List<String> required = List.of();
            int plus = rest.indexOf('+');
            if (plus >= 0) {
                required = List.of(rest.substring(plus + 1).split("/"));
                rest = rest.substring(0, plus);
            }
            List<String> allowed = List.of();
            int equals = rest.indexOf('=');
            Long minimum = null;
            if (rest.contains(">=")) {
                minimum = Long.valueOf(rest.substring(rest.indexOf(">=") + 2));
                rest = rest.substring(0, rest.indexOf(">="));
            } else if (equals >= 0) {
                allowed = List.of(rest.substring(equals + 1).split("/"));
                rest = rest.substring(0, equals);
            }
            String format = null;
            int parenthesis = rest.indexOf('(');
            if (parenthesis >= 0) {
                format = rest.substring(parenthesis + 1, rest.indexOf(')'));
                rest = rest.substring(0, parenthesis);
            }
            boolean closed = rest.endsWith("!");
            rest = closed ? rest.substring(0, rest.length() - 1) : rest;
            return new Alternative(List.of(rest.split(",")), closed, format, allowed, required, unique, minimum);
        }

        /** Whether a value of JSON type {@code type} is one of this alternative's. */
        boolean accepts(String type) {
            return types.contains("any") || types.contains(type)
                    || "integer".equals(type) && types.contains("number");
        }
    }

    /** A key's schema in one version: its alternatives, the first one named when a value matches none. */
    record Rule(List<Alternative> alternatives) {
    }

    private static final Map<String, Map<String, Rule>> BY_VERSION = new HashMap<>();

    private ComposeSchema() {
    }

    /** Whether docker has a schema for {@code version} (as normalized: {@code 3} is the newest). */
    static boolean knows(String version) {
        return VERSIONS.contains(version);
    }

    /** Every key's rule in {@code version}, by path. */
    static synchronized Map<String, Rule> rules(String version) {
        return BY_VERSION.computeIfAbsent(version, ComposeSchema::parse);
    }

    private static Map<String, Rule> parse(String version) {
        int wanted = VERSIONS.indexOf(version);
        Map<String, Rule> rules = new HashMap<>();
        for (String line : LINES.strip().split("\n")) {
            String[] fields = line.strip().split(" ");
            if (VERSIONS.indexOf(fields[2]) <= wanted) {
                List<Alternative> alternatives = new ArrayList<>();
                for (String alternative : fields[1].split("\\|")) {
                    alternatives.add(Alternative.parse(alternative));
                }
                rules.put(fields[0], new Rule(List.copyOf(alternatives)));
            }
        }
        return Map.copyOf(rules);
    }
}
