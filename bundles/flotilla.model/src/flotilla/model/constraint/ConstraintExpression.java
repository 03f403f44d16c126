package flotilla.model.constraint;

import java.util.List;

import flotilla.model.ConstraintOperator;
import flotilla.model.Label;
import flotilla.model.Node;

/**
 * A parsed placement constraint: {@code key operator value}, such as {@code node.labels.zone == east}.
 *
 * @param key      the attribute of the node, one of {@link #NODE_KEYS} or a label key with its prefix
 * @param operator {@code ==} or {@code !=}
 * @param value    what the attribute is compared with, case-insensitively
 */
public record ConstraintExpression(String key, ConstraintOperator operator, String value)
{
  /** The node attributes a constraint can name, besides labels. */
  public static final List<String> NODE_KEYS = List.of("node.id", "node.hostname", "node.role", "node.platform.os", "node.platform.arch");

  public static final String NODE_LABEL_PREFIX = "node.labels.";

  public static final String ENGINE_LABEL_PREFIX = "engine.labels.";

  /**
   * Whether swarm's constraint filter lets a task onto this node. Like swarmkit, a missing label reads as the
   * empty string: it equals no value, so {@code !=} holds for it.
   */
  public boolean matches(Node node)
  {
    boolean equal = value.equalsIgnoreCase(attributeOf(node));
    return operator == ConstraintOperator.EQUAL ? equal : !equal;
  }

  private String attributeOf(Node node)
  {
    if (key.startsWith(NODE_LABEL_PREFIX))
    {
      return labelValue(node.getLabels(), key.substring(NODE_LABEL_PREFIX.length()));
    }
    if (key.startsWith(ENGINE_LABEL_PREFIX))
    {
      return labelValue(node.getEngineLabels(), key.substring(ENGINE_LABEL_PREFIX.length()));
    }
    String attribute = switch (key)
    {
      case "node.id" -> node.getId();
      case "node.hostname" -> node.getHostname();
      case "node.role" -> node.getRole().getLiteral();
      case "node.platform.os" -> node.getOs();
      case "node.platform.arch" -> node.getArch();
      default -> throw new IllegalStateException("The parser accepted an unknown key " + key);
    };
    return attribute == null ? "" : attribute;
  }

  private static String labelValue(List<Label> labels, String labelKey)
  {
    for (Label label : labels)
    {
      if (labelKey.equals(label.getKey()))
      {
        return label.getValue() == null ? "" : label.getValue();
      }
    }
    return "";
  }

  @Override
  public String toString()
  {
    return key + " " + operator.getLiteral() + " " + value;
  }
}
