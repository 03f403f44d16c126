package flotilla.docker;

import java.util.List;
import java.util.Map;

/** `docker ... inspect`: a JSON array, or one line per object through `--format`. */
final class Inspect {
    private Inspect() {
    }

    @SuppressWarnings("unchecked")
    static void print(Interpreter shell, String format, List<Object> objects) {
        if (format == null || format.isEmpty()) {
            shell.say(Json.write(objects));
            return;
        }
        GoTemplate template = new GoTemplate(format);
        for (Object o : objects) {
            shell.say(template.render((Map<String, ?>) o));
        }
    }
}
