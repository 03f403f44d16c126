package flotilla.engine.state;

import java.util.Map;

/** A swarm config; as for a secret, only its size is kept. */
public record Config(String id, String name, int size, long createdAt, Map<String, String> labels)
        implements
            StoredObject {
    public Config {
        labels = Map.copyOf(labels);
    }
}
