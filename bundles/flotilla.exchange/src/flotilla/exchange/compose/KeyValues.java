package flotilla.exchange.compose;

import java.util.List;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import flotilla.model.Label;
import flotilla.model.ModelFactory;

/**
 * docker's {@code list_or_dict}: a mapping, or a list of {@code KEY=VALUE} items (labels, driver_opts, sysctls,
 * logging options; {@code HOST:IP} for extra_hosts), read into labels in file order. A missing value is blank.
 */
final class KeyValues {
    private KeyValues() {
    }

    static void read(ComposeSource source, YamlMap definition, String key, String separator, List<Label> into)
            throws ComposeException {
        Node value = definition.get(key);
        if (value instanceof SequenceNode) {
            for (String entry : source.strings(value, definition.path(key), false)) {
                int at = entry.indexOf(separator);
                into.add(label(at < 0 ? entry : entry.substring(0, at),
                        at < 0 ? "" : entry.substring(at + separator.length())));
            }
        } else if (value != null) {
            YamlMap map = source.map(value, definition.path(key));
            for (YamlMap.Entry entry : map.entries()) {
                into.add(label(entry.key(),
                        ComposeSource.isNull(entry.value())
                                ? ""
                                : source.string(entry.value(), map.path(entry.key()))));
            }
        }
    }

    static Label label(String key, String value) {
        Label label = ModelFactory.eINSTANCE.createLabel();
        label.setKey(key);
        label.setValue(value);
        return label;
    }
}
