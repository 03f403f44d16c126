package flotilla.docker;

import flotilla.docker.command.Flags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints rows through a `--format` template, or Docker's default table when none is given. */
final class Listing {
    private Listing() {
    }

    static void print(Appendable out, String format, Map<String, String> headers, List<Map<String, Object>> rows) {
        print(out, format, headers, rows, null);
    }

    /** {@code goType}: the docker CLI's Go type for a row, which it names when a field is missing. */
    static void print(Appendable out, String format, Map<String, String> headers, List<Map<String, Object>> rows,
            String goType) {
        GoTemplate template = new GoTemplate(format);
        List<String> lines = new ArrayList<>();
        try {
            if (template.isTable()) {
                lines.add(template.render(headers));
            }
            for (Map<String, Object> row : rows) {
                lines.add(template.render(row, goType));
            }
        } catch (IllegalArgumentException e) {
            // The docker CLI reports a listing's failed execution as a parsing error, as it does a bad template.
            String message = e.getMessage();
            throw new IllegalArgumentException(
                    message.startsWith("template parsing error") ? message : "template parsing error: " + message);
        }
        try {
            if (template.isTable()) {
                out.append(TabWriter.align(lines));
            } else {
                for (String line : lines) {
                    out.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** `-q` prints only the IDs. */
    static String format(Flags flags, String defaultFormat) {
        if (flags.bool("quiet")) {
            return "{{.ID}}";
        }
        String f = flags.value("format");
        return f == null || f.isEmpty() || f.equals("table") ? defaultFormat : f;
    }
}
