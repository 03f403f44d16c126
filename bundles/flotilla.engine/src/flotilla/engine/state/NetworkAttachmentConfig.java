package flotilla.engine.state;

import java.util.List;

/** A service's wish to join a network (by name or id), with its DNS aliases there. */
public record NetworkAttachmentConfig(String target, List<String> aliases) {
    public NetworkAttachmentConfig {
        aliases = List.copyOf(aliases);
    }
}
