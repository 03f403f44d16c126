package flotilla.exchange.compose;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An {@code env_file} as docker reads it for {@code docker stack deploy} (the rules of {@code docker run --env-file}),
 * which differ from a {@code .env} file's: leading blanks are dropped, {@code #} lines and blank lines skipped, the
 * value is everything after the first {@code =} kept verbatim (quotes included), and a name without {@code =} takes
 * its value from the environment or is left out when the environment lacks it.
 */
final class EnvFile {
    /** A line docker refuses, with docker's reason. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private EnvFile() {
    }

    /** The entries of {@code file} as {@code NAME=VALUE}, in file order. */
    static List<String> read(Path file, Function<String, String> environment) throws IOException, Invalid {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException exception) {
            throw new Invalid(0, "invalid utf8 bytes in " + file);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].stripLeading();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? line : line.substring(0, equals);
            if (name.isEmpty()) {
                throw new Invalid(number, "no variable name on line '" + line + "'");
            }
            if (name.indexOf(' ') >= 0 || name.indexOf('\t') >= 0) {
                throw new Invalid(number, "variable '" + name + "' contains whitespaces");
            }
            if (equals >= 0) {
                entries.add(line);
            } else if (environment.apply(name) != null) {
                entries.add(name + "=" + environment.apply(name));
            }
        }
        return entries;
    }
}
