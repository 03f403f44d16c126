package flotilla.deploy.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import flotilla.cli.Flotilla;
import flotilla.model.Label;
import flotilla.model.ModelFactory;

/** What the deploy tests share: the {@code flotilla} command as a user runs it, and labels in and out of models. */
final class DeployCli {

    /** One run of the command: its exit status and what it printed. */
    record Run(int status, String out, String err) {
    }

    private DeployCli() {
    }

    static Run flotilla(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Flotilla.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Label label(String key, String value) {
        Label label = ModelFactory.eINSTANCE.createLabel();
        label.setKey(key);
        label.setValue(value);
        return label;
    }

    /** Labels (or driver options) as a sorted map, for comparing. */
    static Map<String, String> labels(List<Label> labels) {
        return labels.stream().collect(Collectors.toMap(Label::getKey, Label::getValue, (a, b) -> b, TreeMap::new));
    }
}
