package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import flotilla.model.Constraint;
import flotilla.model.ConstraintOperator;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.constraint.ConstraintExpression;
import flotilla.model.constraint.ConstraintParser;
import flotilla.model.constraint.ConstraintSyntaxException;

class ConstraintParserTest
{
  @Test
  void parsesEveryKindOfKey() throws ConstraintSyntaxException
  {
    assertParses("node.role == manager", "node.role", ConstraintOperator.EQUAL, "manager");
    assertParses("node.labels.zone!=east", "node.labels.zone", ConstraintOperator.NOT_EQUAL, "east");
    assertParses("  engine.labels.storage ==  ssd  ", "engine.labels.storage", ConstraintOperator.EQUAL, "ssd");
    assertParses("node.hostname == worker-1.example", "node.hostname", ConstraintOperator.EQUAL, "worker-1.example");
    assertParses("node.platform.os == linux", "node.platform.os", ConstraintOperator.EQUAL, "linux");
    assertParses("node.platform.arch != aarch64", "node.platform.arch", ConstraintOperator.NOT_EQUAL, "aarch64");
    assertParses("node.id == 2ivku8v2gvtg4", "node.id", ConstraintOperator.EQUAL, "2ivku8v2gvtg4");
  }

  @Test
  void namesTheColumnOfEachMistake()
  {
    assertColumn("", 1, "empty");
    assertColumn("node.labels.zone", 17, "expected == or != after node.labels.zone, found the end");
    assertColumn("node.labels.zone = east", 18, "expected == or !=");
    assertColumn("node.colour == red", 1, "unknown key 'node.colour'");
    assertColumn("node.labels. == x", 13, "expected a label name after 'node.labels.'");
    assertColumn("node.role == boss", 14, "node.role is manager or worker");
    assertColumn("node.labels.zone == ", 21, "expected a value");
    assertColumn("node.labels.zone == ea#t", 23, "'#' is not allowed");
    assertColumn("node.hostname == a == b", 20, "one operator");
    assertColumn("== east", 1, "expected a key");
  }

  @Test
  void constraintDerivesItsParsedFormFromTheExpression()
  {
    Constraint constraint = ModelFactory.eINSTANCE.createConstraint();
    constraint.setExpression("node.labels.zone == east");
    assertEquals("node.labels.zone", constraint.getKey());
    assertEquals(ConstraintOperator.EQUAL, constraint.getOperator());
    assertEquals("east", constraint.getValue());

    constraint.setExpression("node.labels.zone = east");
    assertNull(constraint.getKey());
    assertNull(constraint.getOperator());
    assertNull(constraint.getValue());
  }

  @Test
  void matchesNodesLikeSwarm() throws ConstraintSyntaxException
  {
    Node node = ModelFactory.eINSTANCE.createNode();
    node.setHostname("worker1");
    node.setRole(NodeRole.WORKER);
    Label zone = ModelFactory.eINSTANCE.createLabel();
    zone.setKey("zone");
    zone.setValue("East");
    node.getLabels().add(zone);

    assertTrue(ConstraintParser.parse("node.labels.zone == east").matches(node), "values compare case-insensitively");
    assertFalse(ConstraintParser.parse("node.labels.zone != east").matches(node));
    assertFalse(ConstraintParser.parse("node.labels.rack == a").matches(node), "a missing label equals nothing");
    assertTrue(ConstraintParser.parse("node.labels.rack != a").matches(node));
    assertFalse(ConstraintParser.parse("engine.labels.zone == east").matches(node), "engine labels are not node labels");
    assertTrue(ConstraintParser.parse("node.role == worker").matches(node));
    assertTrue(ConstraintParser.parse("node.hostname != manager1").matches(node));
    assertTrue(ConstraintParser.parse("node.platform.os == linux").matches(node), "os defaults to linux");
    assertTrue(ConstraintParser.parse("node.id == " + node.getId()).matches(node));
  }

  private static void assertParses(String text, String key, ConstraintOperator operator, String value) throws ConstraintSyntaxException
  {
    assertEquals(new ConstraintExpression(key, operator, value), ConstraintParser.parse(text), text);
  }

  private static void assertColumn(String text, int column, String problem)
  {
    ConstraintSyntaxException exception = assertThrows(ConstraintSyntaxException.class, () -> ConstraintParser.parse(text), text);
    assertEquals(column, exception.column(), () -> text + ": " + exception.getMessage());
    assertTrue(exception.problem().contains(problem), () -> text + ": " + exception.getMessage());
    assertTrue(exception.getMessage().startsWith("column " + column + ": "), exception.getMessage());
  }
}
