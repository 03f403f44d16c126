package flotilla.model.constraint;

import java.util.List;

import flotilla.model.Label;
import flotilla.model.Node;

/**
 * What a placement constraint can read from a node, whichever side holds it: the model's node or the engine's.
 * Each method returns null (or "" for labels) when the node has no such value.
 */
public interface NodeDescription {
    String id();

    String hostname();

    /** The node's address as swarm's node.ip compares it: an IP literal, or null. */
    String address();

    /** manager or worker. */
    String role();

    String os();

    String arch();

    /** The value of the node label, "" when the node lacks it; names are case-sensitive. */
    String nodeLabel(String name);

    /** The value of the engine label, "" when the node lacks it; names are case-sensitive. */
    String engineLabel(String name);

    /** The model's node, read as swarm would read the node it stands for. */
    static NodeDescription of(Node node) {
        return new NodeDescription() {
            @Override
            public String id() {
                return node.getId();
            }

            @Override
            public String hostname() {
                return node.getHostname();
            }

            @Override
            public String address() {
                return node.getAddress();
            }

            @Override
            public String role() {
                return node.getRole() == null ? null : node.getRole().getLiteral();
            }

            @Override
            public String os() {
                return node.getOs();
            }

            @Override
            public String arch() {
                return node.getArch();
            }

            @Override
            public String nodeLabel(String name) {
                return labelValue(node.getLabels(), name);
            }

            @Override
            public String engineLabel(String name) {
                return labelValue(node.getEngineLabels(), name);
            }
        };
    }

    private static String labelValue(List<Label> labels, String name) {
        for (Label label : labels) {
            if (name.equals(label.getKey())) {
                return label.getValue() == null ? "" : label.getValue();
            }
        }
        return "";
    }
}
