package flotilla.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import flotilla.model.ConstraintOperator;
import flotilla.model.constraint.ConstraintExpression;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's nodes under the one constraint grammar (the model's parser and matcher). */
class ConstraintTest {
    private final Fixture cluster = new Fixture();
    private final Node manager = cluster.node("Manager1", Role.MANAGER, Resources.NONE, "zone=east", "ssd=true");
    private final Node worker = cluster.node("worker1");

    private static ConstraintExpression parse(String expression) {
        return Constraints.parse(List.of(expression)).get(0);
    }

    private static boolean matches(String expression, Node node) {
        return Constraints.allMatch(List.of(parse(expression)), node);
    }

    @Test
    void parsesBothOperatorsAndTrimsSpaces() {
        ConstraintExpression c = parse(" node.role == manager ");
        assertEquals("node.role", c.key());
        assertEquals(ConstraintOperator.EQUAL, c.operator());
        assertEquals("manager", c.value());
        assertEquals(ConstraintOperator.NOT_EQUAL, parse("node.labels.zone!=east").operator());
    }

    @Test
    void rejectsMalformedExpressionsWithSwarmsMessages() {
        assertEquals("constraint expected one operator from ==, !=",
                assertThrows(IllegalArgumentException.class, () -> parse("node.role=manager")).getMessage());
        assertEquals("key 'node role' is invalid",
                assertThrows(IllegalArgumentException.class, () -> parse("node role==manager")).getMessage());
        assertEquals("value 'a>b' is invalid",
                assertThrows(IllegalArgumentException.class, () -> parse("node.role==a>b")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Constraints.parse(List.of("node.role==worker", "oops")));
    }

    @Test
    void matchesNodeFieldsCaseInsensitively() {
        assertTrue(matches("node.role==MANAGER", manager));
        assertFalse(matches("node.role==manager", worker));
        assertTrue(matches("node.hostname==manager1", manager));
        assertTrue(matches("node.id==" + worker.id(), worker));
        assertTrue(matches("node.platform.os==linux", worker));
        assertTrue(matches("node.platform.arch!=arm64", worker));
        assertTrue(matches("NODE.ROLE==worker", worker));
    }

    @Test
    void aMissingLabelEqualsNothingAndDiffersFromEverything() {
        assertTrue(matches("node.labels.zone==EAST", manager));
        assertFalse(matches("node.labels.zone==east", worker));
        assertTrue(matches("node.labels.zone!=east", worker));
        assertFalse(matches("node.labels.Zone==east", manager), "label keys are case-sensitive");
        assertTrue(matches("NODE.LABELS.zone==east", manager), "the prefix is not");
    }

    @Test
    void anUnknownKeyNeverMatches() {
        assertFalse(matches("node.colour==blue", manager));
        assertFalse(matches("node.colour!=blue", manager));
    }

    @Test
    void nodeIpComparesAnAddressOrAPrefix() {
        String address = manager.address();
        assertTrue(matches("node.ip==" + address, manager), address);
        assertFalse(matches("node.ip!=" + address, manager));
        String prefix = address.substring(0, address.lastIndexOf('.')) + ".0/24";
        assertTrue(matches("node.ip==" + prefix, manager), prefix);
        assertFalse(matches("node.ip==192.0.2.0/24", manager));
        assertFalse(matches("node.ip!=not-an-address", manager), "a malformed address matches no node");
    }
}
