package flotilla.exchange.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variable substitution in compose values, as the docker CLI does it before it reads a value: {@code $$} for a
 * literal dollar, {@code $VAR}, {@code ${VAR}}, and in braces {@code :-}/{@code -} (default when unset or empty /
 * unset), {@code :?}/{@code ?} (error) and, as docker compose has it, {@code :+}/{@code +} (replacement), which
 * {@code docker stack deploy} does not know. An unset variable without a default becomes the empty string, with a
 * warning. Defaults are taken literally, not substituted again.
 */
final class Interpolation {
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\$(?:(\\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\\{([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-?+])([^}]*))?}|())");

    /** A value that cannot be substituted; {@code offset} is where in the text the bad expression starts. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        final int offset;

        Failure(int offset, String reason) {
            super(reason);
            this.offset = offset;
        }
    }

    /** The substituted text and the names of the unset variables that became empty. */
    record Result(String value, List<String> unset) {
    }

    private final Map<String, String> environment;

    private final boolean replacements;

    /** @param replacements whether {@code :+} and {@code +} are known, as to docker compose (not docker stack) */
    Interpolation(Map<String, String> environment, boolean replacements) {
        this.environment = environment;
        this.replacements = replacements;
    }

    /** The variable's value, null when unset. */
    String variable(String name) {
        return environment.get(name);
    }

    Result apply(String text) throws Failure {
        if (text.indexOf('$') < 0) {
            return new Result(text, List.of());
        }
        Result found = new Result(null, new ArrayList<>());
        StringBuilder result = new StringBuilder();
        Matcher matcher = TEMPLATE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            result.append(text, last, matcher.start());
            last = matcher.end();
            if (matcher.group(1) != null) {
                result.append('$');
            } else if (matcher.group(2) != null) {
                result.append(lookUp(matcher.group(2), found));
            } else if (matcher.group(3) != null) {
                if (!replacements && matcher.group(4) != null && matcher.group(4).endsWith("+")) {
                    // docker stack's words: the whole value is the invalid format.
                    throw new Failure(matcher.start(), text);
                }
                result.append(braced(matcher, found));
            } else {
                throw new Failure(matcher.start(), "invalid interpolation format in \"" + text
                        + "\": write $$ for a literal $, ${NAME} for a variable");
            }
        }
        result.append(text, last, text.length());
        return new Result(result.toString(), found.unset());
    }

    private String braced(Matcher matcher, Result found) throws Failure {
        String name = matcher.group(3);
        String operator = matcher.group(4);
        if (operator == null) {
            return lookUp(name, found);
        }
        String argument = matcher.group(5);
        String value = environment.get(name);
        boolean colon = operator.startsWith(":");
        boolean missing = value == null || colon && value.isEmpty();
        return switch (operator.charAt(operator.length() - 1)) {
        case '-' -> missing ? argument : value;
        case '+' -> missing ? "" : argument;
        default -> {
            if (missing) {
                throw new Failure(matcher.start(), "required variable " + name + " is missing a value"
                        + (argument.isEmpty() ? "" : ": " + argument));
            }
            yield value;
        }
        };
    }

    private String lookUp(String name, Result found) {
        String value = environment.get(name);
        if (value == null) {
            found.unset().add(name);
            return "";
        }
        return value;
    }
}
