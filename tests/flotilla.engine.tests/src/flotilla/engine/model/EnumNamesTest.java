package flotilla.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flotilla.engine.state.Availability;
import flotilla.engine.state.EndpointMode;
import flotilla.engine.state.FailureAction;
import flotilla.engine.state.PublishMode;
import flotilla.engine.state.RestartCondition;
import flotilla.engine.state.Role;
import flotilla.engine.state.UpdateOrder;
import flotilla.model.NodeAvailability;
import flotilla.model.NodeRole;
import flotilla.model.text.EnumNames;
import java.util.List;
import java.util.function.Function;
import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;

/** Issue 9: the engine's enumerations and the model's are one table: same constants, swarm's names alike. */
class EnumNamesTest {
    @Test
    void everyModelValueHasTheEngineValueOfTheSameNameAndSpelling() {
        assertSame(flotilla.model.RestartCondition.VALUES, RestartCondition.class, RestartCondition::dockerName);
        assertSame(flotilla.model.UpdateOrder.VALUES, UpdateOrder.class, UpdateOrder::dockerName);
        assertSame(flotilla.model.FailureAction.VALUES, FailureAction.class, FailureAction::dockerName);
        assertSame(NodeAvailability.VALUES, Availability.class, Availability::dockerName);
        assertSame(flotilla.model.EndpointMode.VALUES, EndpointMode.class, EndpointMode::dockerName);
        assertSame(flotilla.model.PublishMode.VALUES, PublishMode.class, PublishMode::dockerName);
        assertSame(NodeRole.VALUES, Role.class, Role::dockerName);
    }

    private static <M extends Enum<M> & Enumerator, E extends Enum<E>> void assertSame(List<M> model, Class<E> engine,
            Function<E, String> dockerName) {
        assertEquals(model.size(), engine.getEnumConstants().length, engine.getSimpleName());
        for (M value : model) {
            E converted = EnumNames.convert(value, engine);
            assertEquals(value.getLiteral(), dockerName.apply(converted), engine.getSimpleName() + "." + converted);
            assertEquals(value, EnumNames.convert(converted, value.getDeclaringClass()));
        }
    }
}
