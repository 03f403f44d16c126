package flotilla.model.constraint;

import java.util.ArrayList;
import java.util.List;

import flotilla.model.ConstraintOperator;

/**
 * Parses placement constraints exactly as swarm's manager does, so what {@code docker service create} and
 * {@code docker stack deploy} accept parses here and nothing else does: the text holds {@code ==} (else
 * {@code !=}); it splits at the first one; the key, trimmed, is a letter or underscore then at least one of
 * letters, digits, {@code -_.}; the value, trimmed, is letters, digits, blanks and {@code :-_.*()?+[]\^$|/}.
 * Unknown keys parse (they never match: see {@link ConstraintExpression#matches}). Errors carry swarm's message
 * and the 1-based column where the text goes wrong.
 */
public final class ConstraintParser {
    /** Swarm's message when the text has neither operator. */
    public static final String NO_OPERATOR = "constraint expected one operator from ==, !=";

    private static final String VALUE_SYMBOLS = ":-_.*()?+[]\\^$|/";

    private ConstraintParser() {
    }

    public static ConstraintExpression parse(String expression) throws ConstraintSyntaxException {
        String text = expression == null ? "" : expression;
        ConstraintOperator operator = text.contains("==")
                ? ConstraintOperator.EQUAL
                : text.contains("!=") ? ConstraintOperator.NOT_EQUAL : null;
        if (operator == null) {
            throw new ConstraintSyntaxException(noOperatorColumn(text), NO_OPERATOR);
        }
        int at = text.indexOf(operator.getLiteral());
        int keyStart = skipSpace(text, 0, at);
        int keyEnd = trimEnd(text, keyStart, at);
        String key = text.substring(keyStart, keyEnd);
        int badKey = firstInvalidKeyCharacter(key);
        if (badKey >= 0) {
            throw new ConstraintSyntaxException(keyStart + badKey + 1, "key '" + key + "' is invalid");
        }
        int valueStart = skipSpace(text, at + 2, text.length());
        int valueEnd = trimEnd(text, valueStart, text.length());
        String value = text.substring(valueStart, valueEnd);
        int badValue = firstInvalidValueCharacter(value);
        if (badValue >= 0) {
            throw new ConstraintSyntaxException(valueStart + badValue + 1, "value '" + value + "' is invalid");
        }
        return new ConstraintExpression(key, operator, value);
    }

    /** Every expression parsed, or the error of the first one swarm would reject. */
    public static List<ConstraintExpression> parseAll(List<String> expressions) throws ConstraintSyntaxException {
        List<ConstraintExpression> result = new ArrayList<>(expressions.size());
        for (String expression : expressions) {
            result.add(parse(expression));
        }
        return result;
    }

    /** The parsed form, or null when the expression does not parse: for the derived features of Constraint. */
    public static ConstraintExpression parseOrNull(String expression) {
        try {
            return parse(expression);
        } catch (ConstraintSyntaxException exception) {
            return null;
        }
    }

    /** Points at a lone {@code =} or {@code !} (the likely typo), else just past the end. */
    private static int noOperatorColumn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '=' || text.charAt(i) == '!') {
                return i + 1;
            }
        }
        return text.length() + 1;
    }

    /** The index of the first character that breaks swarm's key pattern, or -1 when the key is valid. */
    private static int firstInvalidKeyCharacter(String key) {
        if (key.isEmpty() || !(isLetter(key.charAt(0)) || key.charAt(0) == '_')) {
            return 0;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(isLetter(c) || isDigit(c) || c == '-' || c == '_' || c == '.')) {
                return i;
            }
        }
        // The pattern wants at least two characters.
        return key.length() < 2 ? key.length() : -1;
    }

    private static int firstInvalidValueCharacter(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(isLetter(c) || isDigit(c) || isPatternSpace(c) || VALUE_SYMBOLS.indexOf(c) >= 0)) {
                return i;
            }
        }
        return -1;
    }

    /** a-z in any case; Go's case-insensitive classes also let in the long s and the Kelvin sign. */
    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\u017F' || c == '\u212A';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} in a Go pattern. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** What Go's strings.TrimSpace trims: Unicode white space. */
    private static boolean isTrimmedSpace(char c) {
        return c == '\u000B' || c == '\u0085' || c == '\u00A0' || isPatternSpace(c) || Character.isSpaceChar(c);
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isTrimmedSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && isTrimmedSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
