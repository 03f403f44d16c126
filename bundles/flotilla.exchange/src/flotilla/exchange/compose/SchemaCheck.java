package flotilla.exchange.compose;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Validates a whole compose file against docker's schema for its {@code version:}, as {@code docker stack config}
 * does before reading it: variables are substituted first (a value of a few keys is cast to a number or a boolean,
 * as docker's interpolation casts them), then every key and value is checked, and of all the violations the one on
 * the deepest path is reported, in docker's words.
 */
final class SchemaCheck {
    /** Where docker casts a substituted value (docker/cli's {@code interpolateTypeCastMapping}): the JSON type. */
    private static final Map<String, String> CASTS = Map.ofEntries(
            Map.entry("services.{name}.configs[].mode", "integer"),
            Map.entry("services.{name}.secrets[].mode", "integer"),
            Map.entry("services.{name}.healthcheck.retries", "integer"),
            Map.entry("services.{name}.healthcheck.disable", "boolean"),
            Map.entry("services.{name}.deploy.replicas", "integer"),
            Map.entry("services.{name}.deploy.update_config.parallelism", "integer"),
            Map.entry("services.{name}.deploy.update_config.max_failure_ratio", "number"),
            Map.entry("services.{name}.deploy.rollback_config.parallelism", "integer"),
            Map.entry("services.{name}.deploy.rollback_config.max_failure_ratio", "number"),
            Map.entry("services.{name}.deploy.restart_policy.max_attempts", "integer"),
            Map.entry("services.{name}.deploy.placement.max_replicas_per_node", "integer"),
            Map.entry("services.{name}.ports[].target", "integer"),
            Map.entry("services.{name}.ports[].published", "integer"),
            Map.entry("services.{name}.ulimits.{lower}", "integer"),
            Map.entry("services.{name}.ulimits.{lower}.hard", "integer"),
            Map.entry("services.{name}.ulimits.{lower}.soft", "integer"),
            Map.entry("services.{name}.privileged", "boolean"),
            Map.entry("services.{name}.oom_score_adj", "integer"),
            Map.entry("services.{name}.read_only", "boolean"),
            Map.entry("services.{name}.stdin_open", "boolean"),
            Map.entry("services.{name}.tty", "boolean"),
            Map.entry("services.{name}.volumes[].read_only", "boolean"),
            Map.entry("services.{name}.volumes[].volume.nocopy", "boolean"),
            Map.entry("networks.{name}.external", "boolean"),
            Map.entry("networks.{name}.internal", "boolean"),
            Map.entry("networks.{name}.attachable", "boolean"),
            Map.entry("volumes.{name}.external", "boolean"),
            Map.entry("secrets.{name}.external", "boolean"),
            Map.entry("configs.{name}.external", "boolean"));

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9._-]+");

    private static final Pattern LOWER = Pattern.compile("[a-z]+");

    /** YAML 1.2 core schema's scalars, as docker's YAML parser resolves an unquoted value. */
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    private static final Pattern INTEGER = Pattern
            .compile("[-+]?(0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|0[0-7_]*|[1-9][0-9_]*)");

    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    /** Go's time.ParseDuration. */
    private static final Pattern DURATION = Pattern
            .compile("[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)");

    /** What Go's net.ParseIP takes, near enough: dotted IPv4, or IPv6 as eight hex groups or shortened by ::. */
    private static final Pattern IP = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
                    + "|([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}"
                    + "|(([0-9a-fA-F]{1,4}:)*[0-9a-fA-F]{1,4})?::(([0-9a-fA-F]{1,4}:)*[0-9a-fA-F]{1,4})?");

    private static final Set<String> DOCKER_TRUE = Set.of("y", "yes", "true", "on");

    private static final Set<String> DOCKER_FALSE = Set.of("n", "no", "false", "off");

    /** A violation: docker reports the one whose path has the most segments, a wrong type winning a tie. */
    private record Violation(Node node, String field, String description, boolean type) {
        int depth() {
            return field.split("\\.").length;
        }
    }

    private final ComposeSource source;

    private final Map<String, ComposeSchema.Rule> rules;

    private final List<Violation> violations = new ArrayList<>();

    private SchemaCheck(ComposeSource source, String version) {
        this.source = source;
        this.rules = ComposeSchema.rules(version);
    }

    /** Checks the file whose top-level node is {@code root} against the schema of {@code version}. */
    static void check(ComposeSource source, Node root, String version) throws ComposeException {
        SchemaCheck check = new SchemaCheck(source, version);
        check.walk(root, "(root)", "", "");
        Violation chosen = null;
        for (Violation violation : check.violations) {
            if (chosen == null || violation.depth() > chosen.depth()
                    || violation.depth() == chosen.depth() && violation.type() && !chosen.type()) {
                chosen = violation;
            }
        }
        if (chosen != null) {
            throw source.error(chosen.node(), chosen.field() + " " + chosen.description());
        }
    }

    /**
     * @param pattern the node's path in {@link ComposeSchema}'s terms
     * @param field the node's path in docker's messages ({@code services.web.ports.0})
     * @param path the node's path in Flotilla's messages ({@code services.web.ports[0]})
     */
    private void walk(Node node, String pattern, String field, String path) throws ComposeException {
        String reported = field.isEmpty() ? "(root)" : field;
        ComposeSchema.Rule rule = rules.get(pattern);
        String type = type(node, pattern, path);
        ComposeSchema.Alternative alternative = null;
        if (rule != null) {
            for (ComposeSchema.Alternative candidate : rule.alternatives()) {
                if (candidate.accepts(type)) {
                    alternative = candidate;
                    break;
                }
            }
            if (alternative == null) {
                // Of alternatives (oneOf) docker names the first one's types.
                violations.add(new Violation(node, reported,
                        "must be a " + humanReadable(rule.alternatives().get(0).types()), true));
                return;
            }
            checkValue(node, alternative, reported, path);
        }
        if (node instanceof MappingNode mapping) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode) || "<<".equals(keyNode.getValue())) {
                    continue;
                }
                String key = keyNode.getValue();
                if (!seen.add(key)) {
                    continue;
                }
                String child = child(pattern, key);
                String childField = field.isEmpty() ? key : field + "." + key;
                String childPath = path.isEmpty() ? key : path + "." + key;
                if (child == null) {
                    if (alternative != null && alternative.closed()) {
                        violations.add(new Violation(keyNode, reported,
                                "Additional property " + key + " is not allowed", false));
                    }
                    walk(tuple.getValueNode(), "", childField, childPath);
                } else {
                    walk(tuple.getValueNode(), child, childField, childPath);
                }
            }
            if (alternative != null) {
                for (String required : alternative.required()) {
                    if (!seen.contains(required)) {
                        violations.add(new Violation(node, reported, required + " is required", false));
                    }
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), rule == null ? "" : pattern + "[]", field + "." + i, path + "[" + i + "]");
            }
            if (alternative != null && alternative.unique()) {
                checkUnique(sequence, reported, path);
            }
        }
    }

    /** The pattern of a key's value under {@code pattern}; null when the schema has none (an unknown key). */
    private String child(String pattern, String key) {
        if (pattern.isEmpty()) {
            return "";
        }
        String prefix = "(root)".equals(pattern) ? "" : pattern + ".";
        if (rules.containsKey(prefix + key)) {
            return prefix + key;
        }
        if (key.startsWith("x-") && rules.containsKey(prefix + "x-")) {
            return "";
        }
        if (rules.containsKey(prefix + "{name}") && NAME.matcher(key).matches()) {
            return prefix + "{name}";
        }
        if (rules.containsKey(prefix + "{lower}") && LOWER.matcher(key).matches()) {
            return prefix + "{lower}";
        }
        if (rules.containsKey(prefix + "{any}") && !key.isEmpty()) {
            return prefix + "{any}";
        }
        return rules.containsKey(pattern) ? null : "";
    }

    private void checkValue(Node node, ComposeSchema.Alternative alternative, String field, String path)
            throws ComposeException {
        if (!(node instanceof ScalarNode scalar)) {
            return;
        }
        String value = source.interpolated(scalar, path);
        if ("duration".equals(alternative.format()) && !DURATION.matcher(value).matches()
                || "ports".equals(alternative.format()) && !isPortSpec(value)) {
            violations.add(new Violation(node, field, "Does not match format '" + alternative.format() + "'", false));
        }
        if (!alternative.allowed().isEmpty() && !alternative.allowed().contains(value)) {
            violations.add(new Violation(node, field, field + " must be one of the following: \""
                    + String.join("\", \"", alternative.allowed()) + "\"", false));
        }
        if (alternative.minimum() != null) {
            BigDecimal number = number(value);
            if (number != null && number.compareTo(BigDecimal.valueOf(alternative.minimum())) < 0) {
                violations.add(new Violation(node, field,
                        "Must be greater than or equal to " + alternative.minimum(), false));
            }
        }
    }

    /** docker's port format check (go-connections' ParsePortSpec): {@code [[IP:]HOST:]CONTAINER[/PROTOCOL]}. */
    private static boolean isPortSpec(String value) {
        String[] parts = value.split(":", -1);
        int n = parts.length;
        String ip = n <= 2 ? "" : String.join(":", List.of(parts).subList(0, n - 2));
        String host = n == 1 ? "" : parts[n - 2];
        String container = parts[n - 1];
        String protocol = "tcp";
        int slash = container.indexOf('/');
        if (slash >= 0) {
            protocol = container.substring(slash + 1).toLowerCase(Locale.ROOT);
            container = container.substring(0, slash);
        }
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        long[] containerRange = portRange(container);
        long[] hostRange = host.isEmpty() ? containerRange : portRange(host);
        return (ip.isEmpty() || IP.matcher(ip).matches()) && containerRange != null && hostRange != null
                && (containerRange[1] - containerRange[0] == hostRange[1] - hostRange[0]
                        || containerRange[0] == containerRange[1])
                && Set.of("tcp", "udp", "sctp").contains(protocol);
    }

    /** A port or a range {@code START-END} of 16-bit ports; null when it is none. */
    private static long[] portRange(String text) {
        String[] ends = text.split("-", -1);
        if (ends.length > 2 || !text.matches("[0-9]+(-[0-9]+)?")) {
            return null;
        }
        // Leading zeros are allowed (as Go's ParseUint), so a long string of digits may still be a port.
        long start = port(ends[0]);
        long end = ends.length == 2 ? port(ends[1]) : start;
        return start > 65535 || end > 65535 || end < start ? null : new long[]{start, end};
    }

    /** The digits' value, or one past the largest port when they overflow a long (99999999999999999999). */
    private static long port(String digits) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        return significant.length() > 5 ? 65536 : Long.parseLong(significant);
    }

    private void checkUnique(SequenceNode sequence, String field, String path) throws ComposeException {
        List<Node> items = sequence.getValue();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            values.add(item instanceof ScalarNode scalar
                    ? type(item, "", path) + ":" + source.interpolated(scalar, path + "[" + i + "]")
                    : null);
        }
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (values.get(i) != null && values.get(i).equals(values.get(j))) {
                    violations.add(new Violation(sequence, field,
                            "array items[" + i + "," + j + "] must be unique", false));
                    return;
                }
            }
        }
    }

    /**
     * The JSON type docker sees: a collection's, an unquoted scalar's as YAML 1.2 resolves it, a quoted one a string;
     * a scalar with a variable is a string after substitution, unless docker casts it at that path (a value that does
     * not cast fails as docker's interpolation fails).
     */
    private String type(Node node, String pattern, String path) throws ComposeException {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        if (text.indexOf('$') >= 0) {
            String value = source.interpolated(scalar, path);
            String cast = CASTS.get(pattern);
            if (value.equals(text) || cast == null) {
                return value.equals(text) ? resolve(scalar) : "string";
            }
            return cast(scalar, value, cast, path);
        }
        return resolve(scalar);
    }

    private static String resolve(ScalarNode scalar) {
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN || !STANDARD_TAGS.contains(scalar.getTag())) {
            return "string";
        }
        String text = scalar.getValue();
        if (NULLS.contains(text)) {
            return "null";
        }
        if (BOOLEANS.contains(text)) {
            return "boolean";
        }
        if (SPECIAL_FLOAT.matcher(text).matches()) {
            return "number";
        }
        BigDecimal number = number(text);
        if (number == null) {
            return "string";
        }
        // A number with no fraction is an integer to docker's schema validation (replicas: 2.0 passes).
        return number.stripTrailingZeros().scale() <= 0 ? "integer" : "number";
    }

    /**
     * A {@code version:} as docker prints it to pick the schema: {@code version: 3.10} unquoted is the number 3.1, so
     * the schema 3.1.
     */
    static String versionText(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return "";
        }
        String type = resolve(scalar);
        return "integer".equals(type) || "number".equals(type)
                ? number(scalar.getValue()).stripTrailingZeros().toPlainString()
                : scalar.getValue();
    }

    /** An unquoted number as YAML 1.2 reads it, with the base prefixes docker's parser takes; null if none. */
    static BigDecimal number(String text) {
        if (INTEGER.matcher(text).matches()) {
            String digits = text.replace("_", "");
            boolean negative = digits.startsWith("-");
            String unsigned = digits.replaceFirst("^[-+]", "");
            int radix = 10;
            if (unsigned.startsWith("0b") || unsigned.startsWith("0o") || unsigned.startsWith("0x")) {
                radix = unsigned.charAt(1) == 'b' ? 2 : unsigned.charAt(1) == 'o' ? 8 : 16;
                unsigned = unsigned.substring(2);
            } else if (unsigned.length() > 1 && unsigned.startsWith("0")) {
                radix = 8;
            }
            try {
                BigInteger value = new BigInteger(unsigned, radix);
                return new BigDecimal(negative ? value.negate() : value);
            } catch (NumberFormatException notInThatBase) {
                // 08 is no octal number: YAML reads it as the float 8
            }
        }
        return FLOAT.matcher(text).matches() ? new BigDecimal(text.replace("+", "")) : null;
    }

    private String cast(ScalarNode scalar, String value, String type, String path) throws ComposeException {
        String where = "error while interpolating " + path.replaceAll("\\[\\d+\\]", ".[]")
                + ": failed to cast to expected type: ";
        switch (type) {
        case "integer" -> {
            if (!value.matches("[-+]?[0-9]+")) {
                throw source.error(scalar, where + "strconv.Atoi: parsing \"" + value + "\": invalid syntax");
            }
            return "integer";
        }
        case "number" -> {
            if (!FLOAT.matcher(value).matches() && !value.matches("(?i)[-+]?(inf|infinity|nan)")) {
                throw source.error(scalar, where + "strconv.ParseFloat: parsing \"" + value + "\": invalid syntax");
            }
            return "number";
        }
        default -> {
            String lower = value.toLowerCase(Locale.ROOT);
            if (!DOCKER_TRUE.contains(lower) && !DOCKER_FALSE.contains(lower)) {
                throw source.error(scalar, where + "invalid boolean: " + value);
            }
            return "boolean";
        }
        }
    }

    /** docker's words for a list of types, in the schema's order: {@code string, number or null}. */
    private static String humanReadable(List<String> types) {
        if (types.size() == 1) {
            return types.get(0);
        }
        return String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1);
    }
}
