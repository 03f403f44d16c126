package flotilla.engine.state;

import java.util.Map;

/** A named file the managers keep and hand to services' containers: a secret or a config. */
public interface StoredObject {
    String id();

    String name();

    /** Only the size is kept: a modeler never holds the content. */
    int size();

    long createdAt();

    Map<String, String> labels();
}
