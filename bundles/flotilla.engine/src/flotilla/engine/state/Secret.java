package flotilla.engine.state;

import java.util.Map;

/** Only the secret's size is kept: a modeler must never hold secret material. */
public record Secret(String id, String name, int size, long createdAt, Map<String, String> labels) {
    public Secret {
        labels = Map.copyOf(labels);
    }
}
