package flotilla.docker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of Go's text/template that `--format` uses in practice: literal text, fields
 * ({@code {{.Spec.Role}}}), variables, {@code if}/{@code else}/{@code range}/{@code end} (also
 * {@code range $k, $v := .Labels}), pipelines, and Docker's functions ({@code json}, {@code join},
 * {@code index}, {@code split}, {@code upper}, {@code lower}, {@code title}, {@code len},
 * {@code println}); with {@code \t} and {@code \n} escapes, {@code {{-}} trimming, and Docker's
 * {@code table} prefix, which prints a header row and aligns columns.
 */
public final class GoTemplate {
    private final boolean table;
    private final List<Part> parts;

    public GoTemplate(String source) {
        String text = source;
        table = text.startsWith("table");
        if (table) {
            text = text.substring("table".length()).strip();
        }
        Parser parser = new Parser(text.replace("\\t", "\t").replace("\\n", "\n"));
        parts = parser.parts(false);
    }

    public boolean isTable() {
        return table;
    }

    /** Renders one object, whose fields are nested maps of strings, numbers, lists and maps. */
    public String render(Map<String, ?> object) {
        return render(object, null);
    }

    /**
     * Renders one object that the docker CLI holds as the Go type {@code goType} (such as
     * {@code *service.serviceContext}), which its error for a field the type lacks names.
     */
    public String render(Map<String, ?> object, String goType) {
        try {
            return renderParts(object);
        } catch (MissingField e) {
            throw new IllegalArgumentException("template: :1:" + (e.offset < 0 ? "" : e.offset + ":")
                    + " executing \"\" at <" + e.word + ">: can't evaluate field " + e.name
                    + (e.value == object && goType != null ? " in type " + goType : ""));
        }
    }

    /** A field the object does not have, at {@code offset} (the action's byte offset, -1 unknown). */
    private static final class MissingField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String word;
        final String name;
        final transient Object value;
        int offset = -1;

        MissingField(String word, String name, Object value) {
            super(null, null, false, false);
            this.word = word;
            this.name = name;
            this.value = value;
        }
    }

    private String renderParts(Map<String, ?> object) {
        StringBuilder out = new StringBuilder();
        Scope scope = new Scope(object, new HashMap<>(Map.of("$", object)));
        for (Part p : parts) {
            p.render(scope, out);
        }
        return out.toString();
    }

    // ---- the parsed template

    private record Scope(Object dot, Map<String, Object> variables) {
        Scope with(Object newDot) {
            return new Scope(newDot, new HashMap<>(variables));
        }
    }

    private interface Part {
        void render(Scope scope, StringBuilder out);
    }

    private record Text(String text) implements Part {
        public void render(Scope scope, StringBuilder out) {
            out.append(text);
        }
    }

    private record Action(List<List<String>> pipeline, int offset) implements Part {
        public void render(Scope scope, StringBuilder out) {
            try {
                out.append(format(evaluate(pipeline, scope)));
            } catch (MissingField e) {
                e.offset = offset;
                throw e;
            }
        }
    }

    private record If(List<List<String>> condition, List<Part> then, List<Part> otherwise) implements Part {
        public void render(Scope scope, StringBuilder out) {
            for (Part p : truth(evaluate(condition, scope)) ? then : otherwise) {
                p.render(scope, out);
            }
        }
    }

    private record Range(String keyVar, String valueVar, List<List<String>> over, List<Part> body, List<Part> empty)
            implements
                Part {
        public void render(Scope scope, StringBuilder out) {
            Object value = evaluate(over, scope);
            List<Map.Entry<Object, Object>> items = new ArrayList<>();
            if (value instanceof Map<?, ?> map) {
                new TreeMap<Object, Object>(map).forEach((k, v) -> items.add(Map.entry(k, v)));
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    items.add(new java.util.AbstractMap.SimpleEntry<>(i, list.get(i)));
                }
            }
            if (items.isEmpty()) {
                empty.forEach(p -> p.render(scope, out));
            }
            for (Map.Entry<Object, Object> item : items) {
                Scope inner = scope.with(item.getValue());
                if (valueVar != null) {
                    inner.variables().put(valueVar, item.getValue());
                }
                if (keyVar != null) {
                    inner.variables().put(keyVar, item.getKey());
                }
                body.forEach(p -> p.render(inner, out));
            }
        }
    }

    /** Splits the source into text and actions and nests if/range blocks up to their end. */
    private static final class Parser {
        private final String text;
        private int at;
        private String stoppedAt;

        Parser(String text) {
            this.text = text;
        }

        List<Part> parts(boolean nested) {
            List<Part> parts = new ArrayList<>();
            while (true) {
                int open = text.indexOf("{{", at);
                if (open < 0) {
                    if (nested) {
                        throw error("unexpected EOF");
                    }
                    parts.add(new Text(text.substring(at)));
                    at = text.length();
                    return parts;
                }
                int close = text.indexOf("}}", open);
                if (close < 0) {
                    throw error("unclosed action");
                }
                String literal = text.substring(at, open);
                String action = text.substring(open + 2, close);
                if (action.startsWith("-")) {
                    literal = literal.stripTrailing();
                    action = action.substring(1);
                }
                at = close + 2;
                if (action.endsWith("-")) {
                    action = action.substring(0, action.length() - 1);
                    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                        at++;
                    }
                }
                parts.add(new Text(literal));
                action = action.strip();
                List<String> words = words(action);
                String keyword = words.isEmpty() ? "" : words.get(0);
                switch (keyword) {
                case "end", "else" -> {
                    if (!nested) {
                        throw error("unexpected {{" + keyword + "}}");
                    }
                    stoppedAt = keyword;
                    return parts;
                }
                case "if" -> {
                    List<Part> then = parts(true);
                    List<Part> otherwise = List.of();
                    if (stoppedAt.equals("else")) {
                        otherwise = parts(true);
                    }
                    parts.add(new If(pipeline(words.subList(1, words.size())), then, otherwise));
                }
                case "range" -> {
                    List<String> rest = words.subList(1, words.size());
                    String keyVar = null;
                    String valueVar = null;
                    int assign = rest.indexOf(":=");
                    if (assign >= 0) {
                        List<String> vars = rest.subList(0, assign).stream().map(v -> v.replace(",", ""))
                                .filter(v -> !v.isEmpty()).toList();
                        if (vars.size() == 2) {
                            keyVar = vars.get(0);
                            valueVar = vars.get(1);
                        } else {
                            valueVar = vars.get(0);
                        }
                        rest = rest.subList(assign + 1, rest.size());
                    }
                    List<Part> body = parts(true);
                    List<Part> empty = List.of();
                    if (stoppedAt.equals("else")) {
                        empty = parts(true);
                    }
                    parts.add(new Range(keyVar, valueVar, pipeline(rest), body, empty));
                }
                default -> {
                    if (words.isEmpty()) {
                        throw error("missing value for command");
                    }
                    int offset = open + 2;
                    while (offset < close
                            && (text.charAt(offset) == '-' || Character.isWhitespace(text.charAt(offset)))) {
                        offset++;
                    }
                    parts.add(new Action(pipeline(words), offset));
                }
                }
            }
        }

        private static IllegalArgumentException error(String what) {
            return new IllegalArgumentException("template parsing error: template: :1: " + what);
        }

        /** Words of an action; a quoted string stays one word, quotes kept. */
        private static List<String> words(String action) {
            List<String> words = new ArrayList<>();
            int i = 0;
            while (i < action.length()) {
                char c = action.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"' || c == '`') {
                    int end = action.indexOf(c, i + 1);
                    while (c == '"' && end > 0 && action.charAt(end - 1) == '\\') {
                        end = action.indexOf(c, end + 1);
                    }
                    if (end < 0) {
                        throw error("unterminated quoted string");
                    }
                    words.add(action.substring(i, end + 1));
                    i = end + 1;
                } else if (c == '|') {
                    words.add("|");
                    i++;
                } else {
                    int start = i;
                    while (i < action.length() && !Character.isWhitespace(action.charAt(i))
                            && action.charAt(i) != '|') {
                        i++;
                    }
                    words.add(action.substring(start, i));
                }
            }
            return words;
        }

        /** Commands separated by "|"; each a function with arguments or a single operand. */
        private static List<List<String>> pipeline(List<String> words) {
            List<List<String>> commands = new ArrayList<>();
            List<String> current = new ArrayList<>();
            for (String w : words) {
                if (w.equals("|")) {
                    commands.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(w);
                }
            }
            commands.add(current);
            for (List<String> command : commands) {
                if (command.isEmpty()) {
                    throw error("missing command");
                }
                String first = command.get(0);
                if (!first.startsWith(".") && !first.startsWith("$") && !first.startsWith("\"")
                        && !FUNCTIONS.contains(first) && !first.matches("-?\\d+")) {
                    throw error("function \"" + first + "\" not defined");
                }
            }
            return commands;
        }
    }

    // ---- evaluation

    private static final List<String> FUNCTIONS = List.of("json", "join", "index", "split", "upper", "lower",
            "title", "len", "println", "print", "not", "eq", "ne");

    private static Object evaluate(List<List<String>> pipeline, Scope scope) {
        Object piped = null;
        boolean first = true;
        for (List<String> command : pipeline) {
            List<Object> args = new ArrayList<>();
            for (String word : command.subList(1, command.size())) {
                args.add(operand(word, scope));
            }
            if (!first) {
                args.add(piped);
            }
            String head = command.get(0);
            piped = FUNCTIONS.contains(head) ? call(head, args) : operand(head, scope);
            first = false;
        }
        return piped;
    }

    private static Object operand(String word, Scope scope) {
        if (word.startsWith("\"") || word.startsWith("`")) {
            return word.substring(1, word.length() - 1).replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"");
        }
        if (word.matches("-?\\d+")) {
            return Long.parseLong(word);
        }
        Object value;
        String path;
        if (word.startsWith("$")) {
            int dot = word.indexOf('.');
            String name = dot < 0 ? word : word.substring(0, dot);
            if (!scope.variables().containsKey(name)) {
                throw new IllegalArgumentException("template parsing error: template: :1: undefined variable \""
                        + name + "\"");
            }
            value = scope.variables().get(name);
            path = dot < 0 ? "" : word.substring(dot + 1);
        } else {
            value = scope.dot();
            path = word.substring(1);
        }
        if (path.isEmpty()) {
            return value;
        }
        for (String name : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(name)) {
                throw new MissingField(word, name, value);
            }
            value = map.get(name);
        }
        return value;
    }

    private static Object call(String function, List<Object> args) {
        switch (function) {
        case "json" :
            return Json.compact(arg(function, args, 0));
        case "join" : {
            List<String> parts = new ArrayList<>();
            if (arg(function, args, 0) instanceof Collection<?> list) {
                list.forEach(v -> parts.add(format(v)));
            }
            return String.join(format(arg(function, args, 1)), parts);
        }
        case "index" : {
            Object value = arg(function, args, 0);
            for (Object key : args.subList(1, args.size())) {
                if (value instanceof Map<?, ?> map) {
                    value = map.get(format(key));
                } else if (value instanceof List<?> list && key instanceof Long i && i >= 0 && i < list.size()) {
                    value = list.get(i.intValue());
                } else {
                    throw new IllegalArgumentException("template: :1: error calling index: index out of range: "
                            + format(key));
                }
            }
            return value;
        }
        case "split" :
            return List.of(format(arg(function, args, 0)).split(java.util.regex.Pattern.quote(
                    format(arg(function, args, 1))), -1));
        case "upper" :
            return format(arg(function, args, 0)).toUpperCase(Locale.ROOT);
        case "lower" :
            return format(arg(function, args, 0)).toLowerCase(Locale.ROOT);
        case "title" : {
            String s = format(arg(function, args, 0));
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        case "len" : {
            Object v = arg(function, args, 0);
            return (long) (v instanceof Map<?, ?> m
                    ? m.size()
                    : v instanceof Collection<?> c
                            ? c.size()
                            : format(v).length());
        }
        case "not" :
            return !truth(arg(function, args, 0));
        case "eq" :
            return format(arg(function, args, 0)).equals(format(arg(function, args, 1)));
        case "ne" :
            return !format(arg(function, args, 0)).equals(format(arg(function, args, 1)));
        default : {
            List<String> parts = new ArrayList<>();
            args.forEach(v -> parts.add(format(v)));
            return String.join(function.equals("println") ? " " : "", parts) + (function.equals("println") ? "\n" : "");
        }
        }
    }

    private static Object arg(String function, List<Object> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("template: :1: wrong number of args for " + function);
        }
        return args.get(i);
    }

    private static boolean truth(Object value) {
        if (value == null || value instanceof Boolean b && !b) {
            return false;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return !(value instanceof Collection<?> c) || !c.isEmpty();
    }

    /** Go prints maps as map[k:v] with the keys sorted, and lists as [a b]. */
    private static String format(Object value) {
        if (value == null) {
            return "<no value>";
        }
        if (value instanceof GoStruct struct) {
            List<String> fields = new ArrayList<>();
            struct.values().forEach(v -> fields.add(v == null ? "" : format(v)));
            return "{" + String.join(" ", fields) + "}";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder s = new StringBuilder("map[");
            new TreeMap<Object, Object>(map)
                    .forEach((k, v) -> s.append(s.length() > 4 ? " " : "").append(k).append(':').append(format(v)));
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
