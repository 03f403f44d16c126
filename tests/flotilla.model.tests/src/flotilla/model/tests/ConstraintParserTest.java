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

class ConstraintParserTest {
    @Test
    void parsesEveryKindOfKey() throws ConstraintSyntaxException {
        assertParses("node.role == manager", "node.role", ConstraintOperator.EQUAL, "manager");
        assertParses("node.labels.zone!=east", "node.labels.zone", ConstraintOperator.NOT_EQUAL, "east");
        assertParses("  engine.labels.storage ==  ssd  ", "engine.labels.storage", ConstraintOperator.EQUAL, "ssd");
        assertParses("node.hostname == worker-1.example", "node.hostname", ConstraintOperator.EQUAL,
                "worker-1.example");
        assertParses("node.platform.os == linux", "node.platform.os", ConstraintOperator.EQUAL, "linux");
        assertParses("node.platform.arch != aarch64", "node.platform.arch", ConstraintOperator.NOT_EQUAL, "aarch64");
        assertParses("node.id == 2ivku8v2gvtg4", "node.id", ConstraintOperator.EQUAL, "2ivku8v2gvtg4");
    }

    @Test
    void namesTheColumnOfEachMistakeWithSwarmsMessage() {
        assertColumn("", 1, "constraint expected one operator from ==, !=");
        assertColumn("node.labels.zone", 17, "constraint expected one operator from ==, !=");
        assertColumn("node.labels.zone = east", 18, "constraint expected one operator from ==, !=");
        assertColumn("node.labels.zone == ", 21, "value '' is invalid");
        assertColumn("node.labels.zone == ea#t", 23, "value 'ea#t' is invalid");
        assertColumn("node.hostname == a == b", 20, "value 'a == b' is invalid");
        assertColumn("== east", 1, "key '' is invalid");
        assertColumn("node role==manager", 5, "key 'node role' is invalid");
        assertColumn("  x == y", 4, "key 'x' is invalid");
        assertColumn("1node == y", 1, "key '1node' is invalid");
        assertColumn("node.role==a>b", 13, "value 'a>b' is invalid");
        assertColumn("node.hostname != a == b", 14, "key 'node.hostname != a' is invalid");
    }

    @Test
    void acceptsWhatSwarmAcceptsEvenWhenItNeverMatches() throws ConstraintSyntaxException {
        Node node = ModelFactory.eINSTANCE.createNode();
        for (String text : new String[]{"node.colour == red", "node.labels. == x", "node.role == boss",
                "node.ip == nowhere"}) {
            ConstraintExpression expression = ConstraintParser.parse(text);
            assertFalse(expression.matches(node), text);
            assertTrue(expression.neverMatchesBecause() != null,
                    text + " is accepted, and an editor warns that it never holds");
        }
        assertNull(ConstraintParser.parse("node.role != boss").neverMatchesBecause(),
                "it holds everywhere: no warning");
    }

    @Test
    void constraintDerivesItsParsedFormFromTheExpression() {
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
    void matchesNodesLikeSwarm() throws ConstraintSyntaxException {
        Node node = ModelFactory.eINSTANCE.createNode();
        node.setHostname("worker1");
        node.setRole(NodeRole.WORKER);
        Label zone = ModelFactory.eINSTANCE.createLabel();
        zone.setKey("zone");
        zone.setValue("East");
        node.getLabels().add(zone);

        assertTrue(ConstraintParser.parse("node.labels.zone == east").matches(node),
                "values compare case-insensitively");
        assertFalse(ConstraintParser.parse("node.labels.zone != east").matches(node));
        assertFalse(ConstraintParser.parse("node.labels.rack == a").matches(node), "a missing label equals nothing");
        assertTrue(ConstraintParser.parse("node.labels.rack != a").matches(node));
        assertFalse(ConstraintParser.parse("engine.labels.zone == east").matches(node),
                "engine labels are not node labels");
        assertTrue(ConstraintParser.parse("node.role == worker").matches(node));
        assertTrue(ConstraintParser.parse("node.hostname != manager1").matches(node));
        assertTrue(ConstraintParser.parse("node.platform.os == linux").matches(node), "os defaults to linux");
        assertTrue(ConstraintParser.parse("node.id == " + node.getId()).matches(node));
        assertTrue(ConstraintParser.parse("NODE.LABELS.zone == EAST").matches(node), "prefixes and keys in any case");
        assertFalse(ConstraintParser.parse("node.labels.Zone == east").matches(node),
                "the label name is case-sensitive");
        assertFalse(ConstraintParser.parse("node.colour != red").matches(node), "an unknown key never matches");
        node.setAddress("10.0.3.7");
        assertTrue(ConstraintParser.parse("node.ip == 10.0.3.7").matches(node));
        assertTrue(ConstraintParser.parse("node.ip == 10.0.0.0/16").matches(node));
        assertTrue(ConstraintParser.parse("node.ip != 10.1.0.0/16").matches(node));
    }

    private static void assertParses(String text, String key, ConstraintOperator operator, String value)
            throws ConstraintSyntaxException {
        assertEquals(new ConstraintExpression(key, operator, value), ConstraintParser.parse(text), text);
    }

    private static void assertColumn(String text, int column, String problem) {
        ConstraintSyntaxException exception = assertThrows(ConstraintSyntaxException.class,
                () -> ConstraintParser.parse(text), text);
        assertEquals(column, exception.column(), () -> text + ": " + exception.getMessage());
        assertTrue(exception.problem().contains(problem), () -> text + ": " + exception.getMessage());
        assertTrue(exception.getMessage().startsWith("column " + column + ": "), exception.getMessage());
    }
}
