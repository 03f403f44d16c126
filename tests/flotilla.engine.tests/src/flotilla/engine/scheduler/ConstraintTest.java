package flotilla.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flotilla.engine.state.Node;
import flotilla.engine.state.Resources;
import flotilla.engine.state.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintTest {
    private final Fixture cluster = new Fixture();
    private final Node manager = cluster.node("Manager1", Role.MANAGER, Resources.NONE, "zone=east", "ssd=true");
    private final Node worker = cluster.node("worker1");

    @Test
    void parsesBothOperatorsAndTrimsSpaces() {
        Constraint c = Constraint.parse(" node.role == manager ");
        assertEquals("node.role", c.key());
        assertTrue(c.equal());
        assertEquals("manager", c.value());
        assertFalse(Constraint.parse("node.labels.zone!=east").equal());
    }

    @Test
    void rejectsMalformedExpressionsWithSwarmsMessages() {
        assertEquals("constraint expected one operator from ==, !=",
                assertThrows(IllegalArgumentException.class, () -> Constraint.parse("node.role=manager")).getMessage());
        assertEquals("key 'node role' is invalid",
                assertThrows(IllegalArgumentException.class, () -> Constraint.parse("node role==manager")).getMessage());
        assertEquals("value 'a>b' is invalid",
                assertThrows(IllegalArgumentException.class, () -> Constraint.parse("node.role==a>b")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Constraint.parse(List.of("node.role==worker", "oops")));
    }

    @Test
    void matchesNodeFieldsCaseInsensitively() {
        assertTrue(Constraint.parse("node.role==MANAGER").matches(manager));
        assertFalse(Constraint.parse("node.role==manager").matches(worker));
        assertTrue(Constraint.parse("node.hostname==manager1").matches(manager));
        assertTrue(Constraint.parse("node.id==" + worker.id()).matches(worker));
        assertTrue(Constraint.parse("node.platform.os==linux").matches(worker));
        assertTrue(Constraint.parse("node.platform.arch!=arm64").matches(worker));
        assertTrue(Constraint.parse("NODE.ROLE==worker").matches(worker));
    }

    @Test
    void aMissingLabelEqualsNothingAndDiffersFromEverything() {
        assertTrue(Constraint.parse("node.labels.zone==EAST").matches(manager));
        assertFalse(Constraint.parse("node.labels.zone==east").matches(worker));
        assertTrue(Constraint.parse("node.labels.zone!=east").matches(worker));
        assertFalse(Constraint.parse("node.labels.Zone==east").matches(manager), "label keys are case-sensitive");
    }

    @Test
    void anUnknownKeyNeverMatches() {
        assertFalse(Constraint.parse("node.colour==blue").matches(manager));
        assertFalse(Constraint.parse("node.colour!=blue").matches(manager));
    }
}
