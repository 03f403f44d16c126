package flotilla.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.PortConfigProtocol;
import com.github.dockerjava.api.model.ServiceRestartCondition;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.UpdateFailureAction;

import flotilla.deploy.live.ServiceSpecs;
import flotilla.model.Cluster;
import flotilla.model.FailureAction;
import flotilla.model.ModelFactory;
import flotilla.model.MountType;
import flotilla.model.Protocol;
import flotilla.model.RestartCondition;
import flotilla.model.Service;
import flotilla.model.UpdateOrder;
import flotilla.model.persistence.Models;
import flotilla.model.text.EnumNames;

/**
 * Issue 9: one table per enumeration. The model, the engine and the Engine API client name their constants alike,
 * and the model's literal is what the Engine API sends (its JSON name): so every value crosses unchanged, in both
 * directions, with no case or dash rewriting in between.
 */
class EnumTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyModelValueIsTheEngineApisValueOfTheSameName() throws Exception {
        assertSameValues(RestartCondition.VALUES, ServiceRestartCondition.class);
        assertSameValues(FailureAction.VALUES, UpdateFailureAction.class);
        assertSameValues(UpdateOrder.VALUES, com.github.dockerjava.api.model.UpdateOrder.class);
        assertSameValues(Protocol.VALUES, PortConfigProtocol.class);
        assertSameValues(MountType.VALUES, com.github.dockerjava.api.model.MountType.class);
    }

    @Test
    void aSpecCrossesToTheEngineApiAndBackUnchanged() {
        ModelFactory factory = ModelFactory.eINSTANCE;
        Cluster cluster = Models.newCluster("enums");
        Service service = factory.createService();
        service.setName("web");
        service.setImage("nginx:1.27");
        cluster.getServices().add(service);
        service.setRestartPolicy(factory.createRestartPolicy());
        service.getRestartPolicy().setCondition(RestartCondition.ON_FAILURE);
        service.setUpdateConfig(factory.createUpdateConfig());
        service.getUpdateConfig().setOrder(UpdateOrder.START_FIRST);
        service.getUpdateConfig().setFailureAction(FailureAction.ROLLBACK);

        ServiceSpec spec = ServiceSpecs.toEngine(service, cluster.getId(), null);
        assertEquals(ServiceRestartCondition.ON_FAILURE, spec.getTaskTemplate().getRestartPolicy().getCondition());
        assertEquals(com.github.dockerjava.api.model.UpdateOrder.START_FIRST, spec.getUpdateConfig().getOrder());
        assertEquals(UpdateFailureAction.ROLLBACK, spec.getUpdateConfig().getFailureAction());
        String shape = ServiceSpecs.shape(spec, Function.identity()).toString();
        assertTrue(shape.contains("condition=on-failure") && shape.contains("order=start-first")
                && shape.contains("failure-action=rollback"), shape);

        Service back = ServiceSpecs.toModel(spec, cluster, Function.identity());
        assertEquals(RestartCondition.ON_FAILURE, back.getRestartPolicy().getCondition());
        assertEquals(UpdateOrder.START_FIRST, back.getUpdateConfig().getOrder());
        assertEquals(FailureAction.ROLLBACK, back.getUpdateConfig().getFailureAction());
    }

    private static <M extends Enum<M> & Enumerator, A extends Enum<A>> void assertSameValues(List<M> model,
            Class<A> api) throws Exception {
        for (M value : model) {
            A converted = EnumNames.convert(value, api);
            assertEquals("\"" + value.getLiteral() + "\"", JSON.writeValueAsString(converted),
                    value + " as the Engine API sends it");
            assertEquals(value, EnumNames.convert(converted, value.getDeclaringClass()));
        }
    }
}
