package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.defaults.SwarmDefaults;
import flotilla.model.persistence.Models;

/**
 * The metamodel's defaults are generated from the .ecore, so they cannot read SwarmDefaults: this pins every one
 * of them to it, and fails when either side changes alone.
 */
class SwarmDefaultsTest {
    private static final flotilla.model.ModelPackage MODEL = flotilla.model.ModelPackage.eINSTANCE;

    @Test
    void theMetamodelsDefaultsAreSwarms() {
        assertDefault(SwarmDefaults.DEFAULT_SUBNET_SIZE, MODEL.getCluster_SubnetSize());
        assertDefault(SwarmDefaults.ROLE, MODEL.getNode_Role());
        assertDefault(SwarmDefaults.OS, MODEL.getNode_Os());
        assertDefault(SwarmDefaults.ARCH, MODEL.getNode_Arch());
        assertDefault(SwarmDefaults.REPLICAS, MODEL.getService_Replicas());

        assertDefault(SwarmDefaults.RESTART_CONDITION, MODEL.getRestartPolicy_Condition());
        assertDefault(SwarmDefaults.RESTART_DELAY, MODEL.getRestartPolicy_Delay());
        assertDefault(SwarmDefaults.RESTART_MAX_ATTEMPTS, MODEL.getRestartPolicy_MaxAttempts());
        assertDefault(SwarmDefaults.RESTART_WINDOW, MODEL.getRestartPolicy_Window());

        assertDefault(SwarmDefaults.UPDATE_PARALLELISM, MODEL.getUpdateConfig_Parallelism());
        assertDefault(SwarmDefaults.UPDATE_DELAY, MODEL.getUpdateConfig_Delay());
        assertDefault(SwarmDefaults.UPDATE_FAILURE_ACTION, MODEL.getUpdateConfig_FailureAction());
        assertDefault(SwarmDefaults.UPDATE_MONITOR, MODEL.getUpdateConfig_Monitor());
        assertDefault(SwarmDefaults.UPDATE_MAX_FAILURE_RATIO, MODEL.getUpdateConfig_MaxFailureRatio());
        assertDefault(SwarmDefaults.UPDATE_ORDER, MODEL.getUpdateConfig_Order());

        assertDefault(SwarmDefaults.HEALTHCHECK_INTERVAL, MODEL.getHealthcheck_Interval());
        assertDefault(SwarmDefaults.HEALTHCHECK_TIMEOUT, MODEL.getHealthcheck_Timeout());
        assertDefault(SwarmDefaults.HEALTHCHECK_RETRIES, MODEL.getHealthcheck_Retries());

        assertDefault(SwarmDefaults.SECRET_MODE, MODEL.getDataReference_FileMode());
    }

    @Test
    void aNewClusterHasSwarmsOwnNetworks() {
        Cluster cluster = Models.newCluster("c");
        Network ingress = cluster.getNetworks().get(0);
        assertEquals(SwarmDefaults.INGRESS_NETWORK, ingress.getName());
        assertEquals(SwarmDefaults.INGRESS_SUBNET, ingress.getSubnet());
        assertEquals(SwarmDefaults.GWBRIDGE_NETWORK, cluster.getNetworks().get(1).getName());
    }

    private static void assertDefault(Object expected, EAttribute attribute) {
        Object actual = attribute.getDefaultValue();
        Object comparable = switch (expected) {
        case Duration duration -> duration.toNanos();
        case Integer number when actual instanceof Long -> number.longValue();
        default -> expected;
        };
        Object value = actual instanceof Enumerator literal ? literal.getLiteral() : actual;
        assertEquals(comparable, value, attribute.getEContainingClass().getName() + "." + attribute.getName());
    }
}
