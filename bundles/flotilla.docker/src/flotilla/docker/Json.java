package flotilla.docker;

import java.util.List;
import java.util.Map;

/**
 * JSON as `docker inspect` prints it (4-space indentation) or as a template's {@code json} function
 * does (on one line), keys in the order given.
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "", true);
        return out.toString();
    }

    /** One line, as Go's json.Marshal: no spaces, and &lt;, &gt;, &amp; escaped. */
    static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "", false);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, String indent, boolean pretty) {
        String nl = pretty ? "\n" : "";
        String step = pretty ? indent + "    " : "";
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{").append(nl);
            int i = 0;
            // Keys keep the order they were put in; maps without an order are printed sorted.
            // A null value stands for a field Docker omits when empty.
            Map<Object, Object> ordered = map instanceof java.util.LinkedHashMap<?, ?>
                    || map instanceof java.util.SortedMap<?, ?>
                            ? new java.util.LinkedHashMap<>(map)
                            : new java.util.TreeMap<Object, Object>(map);
            ordered.values().removeIf(java.util.Objects::isNull);
            for (Map.Entry<?, ?> e : ordered.entrySet()) {
                out.append(step);
                string(e.getKey().toString(), out, pretty);
                out.append(pretty ? ": " : ":");
                write(e.getValue(), out, step, pretty);
                out.append(++i < ordered.size() ? "," : "").append(nl);
            }
            out.append(pretty ? indent : "").append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[").append(nl);
            for (int i = 0; i < list.size(); i++) {
                out.append(step);
                write(list.get(i), out, step, pretty);
                out.append(i + 1 < list.size() ? "," : "").append(nl);
            }
            out.append(pretty ? indent : "").append(']');
        } else if (value instanceof String s) {
            string(s, out, pretty);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append(value);
        }
    }

    private static void string(String s, StringBuilder out, boolean pretty) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '<', '>', '&' -> out.append(pretty ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            default -> out.append(c);
            }
        }
        out.append('"');
    }
}
