package flotilla.exchange.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variable substitution in compose values, as the docker CLI does it before it reads a value: {@code $$} for a
 * literal dollar, {@code $VAR}, {@code ${VAR}}, and in braces {@code :-}/{@code -} (default when unset or empty /
 * unset), {@code :?}/{@code ?} (error) and {@code :+}/{@code +} (replacement). An unset variable without a default
 * becomes the empty string, with a warning. Defaults are taken literally, not substituted again.
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

    /**
     * The substituted text, the names of the unset variables that became empty, and those whose value came from
     * the {@code .env} file only.
     */
    record Result(String value, List<String> unset, List<String> fromDotEnv) {
    }

    private final Map<String, String> environment;

    private final Set<String> dotEnvOnly;

    /** @param dotEnvOnly the names in {@code environment} that only the {@code .env} file sets */
    Interpolation(Map<String, String> environment, Set<String> dotEnvOnly) {
        this.environment = environment;
        this.dotEnvOnly = dotEnvOnly;
    }

    /** The variable's value, null when unset. */
    String variable(String name) {
        return environment.get(name);
    }

    Result apply(String text) throws Failure {
        if (text.indexOf('$') < 0) {
            return new Result(text, List.of(), List.of());
        }
        Result found = new Result(null, new ArrayList<>(), new ArrayList<>());
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
                result.append(braced(matcher, found));
            } else {
                throw new Failure(matcher.start(), "invalid interpolation format in \"" + text
                        + "\": write $$ for a literal $, ${NAME} for a variable");
            }
        }
        result.append(text, last, text.length());
        return new Result(result.toString(), found.unset(), found.fromDotEnv());
    }

    private String braced(Matcher matcher, Result found) throws Failure {
        String name = matcher.group(3);
        String operator = matcher.group(4);
        if (operator == null) {
            return lookUp(name, found);
        }
        String argument = matcher.group(5);
        String value = variable(name, found);
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

    private String variable(String name, Result found) {
        if (dotEnvOnly.contains(name)) {
            found.fromDotEnv().add(name);
        }
        return environment.get(name);
    }

    private String lookUp(String name, Result found) {
        String value = variable(name, found);
        if (value == null) {
            found.unset().add(name);
            return "";
        }
        return value;
    }
}
