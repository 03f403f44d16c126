package flotilla.exchange.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code .env} file: {@code KEY=VALUE} lines, {@code #} comments and blank lines skipped, an optional
 * {@code export } prefix, and values in single or double quotes unquoted.
 */
final class DotEnv {
    private DotEnv() {
    }

    static Map<String, String> read(Path file) throws ComposeException, IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return variables;
        }
        for (String line : ComposeImporter.readUtf8(file).split("\\R", -1)) {
            String entry = line.strip();
            if (entry.startsWith("export ")) {
                entry = entry.substring("export ".length()).strip();
            }
            int equals = entry.indexOf('=');
            if (entry.isEmpty() || entry.startsWith("#") || equals <= 0) {
                continue;
            }
            String value = entry.substring(equals + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            variables.put(entry.substring(0, equals).strip(), value);
        }
        return variables;
    }
}
