package flotilla.docker.command;

/**
 * One flag of a command, declared the way docker/cli declares it: long name, optional one-letter
 * shorthand, the value type help shows ({@code string}, {@code list}, {@code duration}, ...; none for a
 * switch), the default help shows, docker's usage text, and what Tab offers for its value.
 */
public record Flag(String name, String shorthand, String type, String defaultValue, String usage,
        Completion.Kind values) {
    private static final String SWITCH = "bool";

    /** A switch: present or not ({@code --quiet}, {@code --quiet=false}). */
    public static Flag bool(String name, String usage) {
        return new Flag(name, null, SWITCH, null, usage, null);
    }

    /** A flag that takes a value; {@code type} is the value's name in help. */
    public static Flag value(String name, String type, String usage) {
        return new Flag(name, null, type, null, usage, null);
    }

    public Flag shorthand(char letter) {
        return new Flag(name, String.valueOf(letter), type, defaultValue, usage, values);
    }

    /** The value taken when the flag is not given, shown in help as docker shows it. */
    public Flag defaultValue(String value) {
        return new Flag(name, shorthand, type, value, usage, values);
    }

    /** Tab completes this flag's value from these names. */
    public Flag completes(Completion.Kind kind) {
        return new Flag(name, shorthand, type, defaultValue, usage, kind);
    }

    public boolean takesValue() {
        return !type.equals(SWITCH);
    }

    /** Whether {@code word} ({@code --name} or {@code -s}) names this flag. */
    boolean isNamedBy(String word) {
        return word.equals("--" + name) || shorthand != null && word.equals("-" + shorthand);
    }
}
