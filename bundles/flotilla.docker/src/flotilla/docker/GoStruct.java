package flotilla.docker;

import java.util.LinkedHashMap;

/**
 * An object that is a Go struct in Docker's API types: `--format` prints it as Go prints a struct,
 * {@code {v1 v2 ...}} in field order (an empty field as nothing), where a map would print as
 * {@code map[k:v]}. A null field is one Docker leaves out of JSON.
 */
final class GoStruct extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
}
