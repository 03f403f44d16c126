package flotilla.engine.state;

import java.util.Map;

/** A swarm secret; only its size is kept: a modeler must never hold secret material. */
public record Secret(String id, String name, int size, long createdAt, Map<String, String> labels)
        implements
            StoredObject {
    public Secret {
        labels = Map.copyOf(labels);
    }
}
