package flotilla.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of Go's text/template that `--format` uses in practice: literal text and {@code {{.Field}}}
 * (also nested, {@code {{.Spec.Role}}}), with {@code \t} and {@code \n} escapes, and Docker's
 * {@code table} prefix, which prints a header row and aligns columns.
 */
public final class GoTemplate {
    private final List<String> literals = new ArrayList<>();
    private final List<String[]> fields = new ArrayList<>();
    private final boolean table;

    public GoTemplate(String source) {
        String text = source;
        table = text.startsWith("table");
        if (table) {
            text = text.substring("table".length()).strip();
        }
        text = text.replace("\\t", "\t").replace("\\n", "\n");
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                literals.add(text.substring(at));
                return;
            }
            int close = text.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException("template parsing error: template: :1: unclosed action");
            }
            literals.add(text.substring(at, open));
            String action = text.substring(open + 2, close).strip();
            if (!action.startsWith(".") || action.length() < 2 || action.contains(" ")) {
                throw new IllegalArgumentException("template parsing error: template: :1: function \""
                        + action.split(" ")[0] + "\" not defined");
            }
            fields.add(action.substring(1).split("\\."));
            at = close + 2;
        }
    }

    public boolean isTable() {
        return table;
    }

    /** Renders one object, whose fields are nested maps of strings, numbers, lists and maps. */
    public String render(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(literals.get(0));
        for (int i = 0; i < fields.size(); i++) {
            out.append(format(lookup(object, fields.get(i))));
            out.append(literals.get(i + 1));
        }
        return out.toString();
    }

    private static Object lookup(Map<String, ?> object, String[] path) {
        Object value = object;
        for (String name : path) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(name)) {
                throw new IllegalArgumentException("template: :1:" + " executing \"\" at <." + String.join(".", path)
                        + ">: can't evaluate field " + name);
            }
            value = map.get(name);
        }
        return value;
    }

    /** Go prints maps as map[k:v] with the keys sorted, and lists as [a b]. */
    private static String format(Object value) {
        if (value == null) {
            return "<no value>";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder s = new StringBuilder("map[");
            new java.util.TreeMap<Object, Object>(map).forEach((k, v) ->
                    s.append(s.length() > 4 ? " " : "").append(k).append(':').append(format(v)));
            return s.append(']').toString();
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(format(v)));
            return "[" + String.join(" ", parts) + "]";
        }
        return value.toString();
    }
}
