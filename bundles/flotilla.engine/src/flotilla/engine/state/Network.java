package flotilla.engine.state;

import java.util.Map;

/** A swarm-scoped network; subnet and gateway in CIDR/dotted form, e.g. 10.0.1.0/24 and 10.0.1.1. */
public record Network(String id, String name, String driver, String scope, boolean attachable, boolean internal,
        boolean ingress, String subnet, String gateway, Map<String, String> labels) {
    public Network {
        labels = Map.copyOf(labels);
    }
}
