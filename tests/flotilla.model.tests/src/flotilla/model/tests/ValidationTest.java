package flotilla.model.tests;

import static flotilla.model.tests.Fixtures.CPU;
import static flotilla.model.tests.Fixtures.GIB;
import static flotilla.model.tests.Fixtures.cluster;
import static flotilla.model.tests.Fixtures.constraint;
import static flotilla.model.tests.Fixtures.findings;
import static flotilla.model.tests.Fixtures.overlay;
import static flotilla.model.tests.Fixtures.port;
import static flotilla.model.tests.Fixtures.resources;
import static flotilla.model.tests.Fixtures.service;
import static flotilla.model.tests.Fixtures.stack;
import static flotilla.model.tests.Fixtures.web;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.NodeAvailability;
import flotilla.model.PlacementPreference;
import flotilla.model.PublishMode;
import flotilla.model.Secret;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.Stack;
import flotilla.model.validation.Rule;

class ValidationTest {
    @Test
    void theFixtureHasNoFindings() {
        Diagnostic result = Diagnostician.INSTANCE.validate(cluster());
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
    }

    @Test
    void namesAreUniqueAmongTheirKind() {
        Cluster cluster = cluster();
        cluster.getNodes().get(1).setHostname("worker1");
        cluster.getServices().add(service("web", cluster.getNetworks().get(2)));
        cluster.getNetworks().add(overlay("net", "10.0.2.0/24"));
        List<Diagnostic> findings = findings(cluster, Rule.UNIQUE_NAMES);
        assertEquals(3, findings.size(), findings::toString);
        assertMessage(findings.get(0), Diagnostic.ERROR, "the hostname 'worker1' is already used by node worker1");
        assertMessage(findings.get(1), Diagnostic.ERROR, "the service name 'web' is already used by service web");
        assertMessage(findings.get(2), Diagnostic.ERROR, "the network name 'net' is already used by network net");
    }

    @Test
    void aStackQualifiesTheNamesOfItsServicesAndNetworks() {
        Cluster cluster = cluster();
        Network net = overlay("net", "10.0.2.0/24");
        Stack stack = stack(cluster, "shop", net);
        stack.getServices().add(service("web", net));
        assertEquals(List.of(), findings(cluster, Rule.UNIQUE_NAMES));
        assertEquals("shop_web", stack.getServices().get(0).qualifiedName());
        assertEquals("shop_net", net.qualifiedName());

        web(cluster).setName("shop_web");
        assertMessage(findings(cluster, Rule.UNIQUE_NAMES).get(0), Diagnostic.ERROR,
                "the service name 'shop_web' is already used");
    }

    @Test
    void everyServiceNeedsAName() {
        Cluster cluster = cluster();
        web(cluster).setName(" ");
        assertMessage(findings(cluster, Rule.UNIQUE_NAMES).get(0), Diagnostic.ERROR, "has no service name");
    }

    @Test
    void replicasAreForReplicatedServicesOnly() {
        Cluster cluster = cluster();
        Service web = web(cluster);
        web.setMode(ServiceMode.GLOBAL);
        assertMessage(findings(cluster, Rule.REPLICAS_ONLY_WHEN_REPLICATED).get(0), Diagnostic.ERROR,
                "sets replicas, but a global service runs one task on every eligible node");
        web.unsetReplicas();
        assertEquals(List.of(), findings(cluster, Rule.REPLICAS_ONLY_WHEN_REPLICATED));
        web.setMode(ServiceMode.REPLICATED);
        web.setReplicas(-1);
        assertMessage(findings(cluster, Rule.REPLICAS_ONLY_WHEN_REPLICATED).get(0), Diagnostic.ERROR, "negative");
    }

    @Test
    void aPublishedPortBelongsToOneService() {
        Cluster cluster = cluster();
        Service api = service("api", cluster.getNetworks().get(2));
        api.getPorts().add(port(8080, 3000, PublishMode.INGRESS));
        cluster.getServices().add(api);
        List<Diagnostic> findings = findings(cluster, Rule.UNIQUE_PUBLISHED_PORTS);
        assertEquals(1, findings.size());
        assertMessage(findings.get(0), Diagnostic.ERROR, "published port 8080/tcp is already published by service web");
        assertEquals(api, findings.get(0).getData().get(0));

        api.getPorts().get(0).setProtocol(flotilla.model.Protocol.UDP);
        assertEquals(List.of(), findings(cluster, Rule.UNIQUE_PUBLISHED_PORTS), "8080/udp is another port");
        api.getPorts().get(0).setProtocol(flotilla.model.Protocol.TCP);
        api.getPorts().get(0).setPublished(0);
        assertEquals(List.of(), findings(cluster, Rule.UNIQUE_PUBLISHED_PORTS), "a dynamic port never clashes");
    }

    @Test
    void twoServicesPublishingTheSameHostPortCannotShareANode() {
        Cluster cluster = cluster();
        web(cluster).getPorts().get(0).setMode(PublishMode.HOST);
        Service api = service("api", cluster.getNetworks().get(2));
        api.getPorts().add(port(8080, 3000, PublishMode.HOST));
        cluster.getServices().add(api);
        assertMessage(findings(cluster, Rule.UNIQUE_PUBLISHED_PORTS).get(0), Diagnostic.WARNING,
                "their tasks can never share a node");
    }

    @Test
    void moreHostModeReplicasThanEligibleNodesCollide() {
        Cluster cluster = cluster();
        Service web = web(cluster);
        web.getPorts().get(0).setMode(PublishMode.HOST);
        assertEquals(List.of(), findings(cluster, Rule.HOST_PORTS_CANNOT_COLLIDE), "two replicas on two nodes");
        web.setReplicas(3);
        assertMessage(findings(cluster, Rule.HOST_PORTS_CANNOT_COLLIDE).get(0), Diagnostic.WARNING,
                "publishes 8080/tcp in host mode, which a node gives to one task only: 3 replicas but 2 eligible nodes, so 1 tasks would stay pending");
        web.setReplicas(1);
        web.getConstraints().add(constraint("node.labels.zone == east"));
        web.setReplicas(2);
        assertEquals(1, findings(cluster, Rule.HOST_PORTS_CANNOT_COLLIDE).size(),
                "constraints leave one eligible node");
        web.getConstraints().get(0).setExpression("node.labels.zone = east");
        assertEquals(List.of(), findings(cluster, Rule.HOST_PORTS_CANNOT_COLLIDE),
                "a broken constraint is reported once, by its own rule");
        web.getConstraints().get(0).setExpression("node.labels.zone == east");
        cluster.getNodes().get(0).setAvailability(NodeAvailability.DRAIN);
        // A drained node takes no task.
        assertMessage(findings(cluster, Rule.HOST_PORTS_CANNOT_COLLIDE).get(0), Diagnostic.WARNING,
                "2 replicas but 0 eligible nodes");
        cluster.getNodes().get(0).setAvailability(NodeAvailability.ACTIVE);
        web.setMode(ServiceMode.GLOBAL);
        web.unsetReplicas();
        assertEquals(List.of(), findings(cluster, Rule.HOST_PORTS_CANNOT_COLLIDE),
                "a global service has one task per node");
    }

    @Test
    void reservationsMustFitSomeNode() {
        Cluster cluster = cluster();
        Service web = web(cluster);
        web.setReservations(resources(4 * CPU, 8 * GIB));
        assertEquals(List.of(), findings(cluster, Rule.RESERVATIONS_FIT_SOME_NODE), "worker2 has exactly that");
        web.setReservations(resources(4 * CPU, 9 * GIB));
        assertMessage(findings(cluster, Rule.RESERVATIONS_FIT_SOME_NODE).get(0), Diagnostic.ERROR,
                "reserves 4 CPUs and 9GiB, more than any node offers");
        cluster.getNodes().get(0).setResources(null);
        assertEquals(List.of(), findings(cluster, Rule.RESERVATIONS_FIT_SOME_NODE),
                "a node of unknown capacity may fit");
    }

    @Test
    void constraintsNoNodeSatisfiesAreAWarning() {
        Cluster cluster = cluster();
        Service web = web(cluster);
        web.getConstraints().add(constraint("node.labels.zone == west"));
        assertEquals(List.of(), findings(cluster, Rule.CONSTRAINTS_MATCH_SOME_NODE));
        web.getConstraints().add(constraint("node.hostname == worker1"));
        assertMessage(findings(cluster, Rule.CONSTRAINTS_MATCH_SOME_NODE).get(0), Diagnostic.WARNING,
                "no node in the model satisfies node.labels.zone == west and node.hostname == worker1");
    }

    @Test
    void aConstraintMustParse() {
        Cluster cluster = cluster();
        web(cluster).getConstraints().add(constraint("node.labels.zone == east"));
        assertEquals(List.of(), findings(cluster, Rule.CONSTRAINT_WELL_FORMED));
        web(cluster).getConstraints().get(0).setExpression("node.labels.zone = east");
        Diagnostic finding = findings(cluster, Rule.CONSTRAINT_WELL_FORMED).get(0);
        assertMessage(finding, Diagnostic.ERROR, "column 18: constraint expected one operator from ==, !=");
        assertEquals(web(cluster).getConstraints().get(0), finding.getData().get(0));
    }

    @Test
    void aConstraintSwarmAcceptsButThatNeverHoldsIsAWarningNotAnError() {
        Cluster cluster = cluster();
        web(cluster).getConstraints().add(constraint("node.colour == red"));
        assertEquals(List.of(), findings(cluster, Rule.CONSTRAINT_WELL_FORMED), "swarm accepts an unknown key");
        assertMessage(findings(cluster, Rule.CONSTRAINT_CAN_MATCH).get(0), Diagnostic.WARNING,
                "swarm knows no key 'node.colour'");
        web(cluster).getConstraints().get(0).setExpression("node.labels.zone == mars");
        assertMessage(findings(cluster, Rule.CONSTRAINT_CAN_MATCH).get(0), Diagnostic.WARNING,
                "no node in the model satisfies node.labels.zone == mars");
        assertEquals(List.of(), findings(cluster, Rule.CONSTRAINTS_MATCH_SOME_NODE), "said once, on the constraint");
        web(cluster).getConstraints().get(0).setExpression("NODE.LABELS.zone == east");
        assertEquals(List.of(), findings(cluster, Rule.CONSTRAINT_CAN_MATCH),
                "the prefix is read in any case, as swarm does");
    }

    @Test
    void aPreferenceSpreadsOnALabel() {
        Cluster cluster = cluster();
        PlacementPreference preference = Fixtures.FACTORY.createPlacementPreference();
        preference.setSpread("node.labels.zone");
        web(cluster).getPreferences().add(preference);
        assertEquals(List.of(), findings(cluster, Rule.SPREADS_ON_LABEL));
        preference.setSpread("node.hostname");
        assertMessage(findings(cluster, Rule.SPREADS_ON_LABEL).get(0), Diagnostic.WARNING,
                "a preference spreads on a label");
    }

    @Test
    void aServiceOnABridgeNetworkIsRefusedAsSwarmRefusesIt() {
        Cluster cluster = cluster();
        Network bridge = Fixtures.FACTORY.createNetwork();
        bridge.setName("legacy");
        bridge.setDriver(NetworkDriver.BRIDGE);
        cluster.getNetworks().add(bridge);
        NetworkAttachment attachment = Fixtures.FACTORY.createNetworkAttachment();
        attachment.setNetwork(bridge);
        web(cluster).getNetworks().add(attachment);

        assertMessage(findings(cluster, Rule.SWARM_SCOPED_NETWORKS).get(0), Diagnostic.ERROR,
                "the network legacy cannot be used with services. Only networks scoped to the swarm can be used");
    }

    @Test
    void aServiceNothingCanReachIsReported() {
        Cluster cluster = cluster();
        Service web = web(cluster);
        web.getPorts().clear();
        assertEquals(List.of(), findings(cluster, Rule.REACHABLE), "still on net");
        web.getNetworks().clear();
        assertMessage(findings(cluster, Rule.REACHABLE).get(0), Diagnostic.INFO,
                "is on no network and publishes no port");
    }

    @Test
    void referencesMustPointIntoTheModel() {
        Cluster cluster = cluster();
        Service web = web(cluster);
        Secret secret = Fixtures.FACTORY.createSecret();
        secret.setName("password");
        cluster.getSecrets().add(secret);
        SecretReference reference = Fixtures.FACTORY.createSecretReference();
        reference.setSecret(secret);
        web.getSecrets().add(reference);
        assertEquals(List.of(), findings(cluster, Rule.REFERENCES_RESOLVE));

        EcoreUtil.remove(secret);
        assertMessage(findings(cluster, Rule.REFERENCES_RESOLVE).get(0), Diagnostic.ERROR,
                "uses a secret that is not in the model");

        web.getSecrets().clear();
        Network net = cluster.getNetworks().get(2);
        EcoreUtil.remove(net);
        assertMessage(findings(cluster, Rule.REFERENCES_RESOLVE).get(0), Diagnostic.ERROR,
                "is attached to a network that is not in the model");
    }

    @Test
    void aServiceCannotUseAnotherStacksNetwork() {
        Cluster cluster = cluster();
        Network private_ = overlay("private", "10.0.3.0/24");
        stack(cluster, "other", private_);
        web(cluster).getNetworks().get(0).setNetwork(private_);
        assertMessage(findings(cluster, Rule.REFERENCES_RESOLVE).get(0), Diagnostic.ERROR,
                "is attached to network other_private, which belongs to stack other");
    }

    @Test
    void overlaySubnetsMustNotOverlap() {
        Cluster cluster = cluster();
        cluster.getNetworks().add(overlay("wide", "10.0.0.0/16"));
        List<Diagnostic> findings = findings(cluster, Rule.DISJOINT_OVERLAY_SUBNETS);
        assertEquals(2, findings.size(), "overlaps both ingress and net");
        assertMessage(findings.get(0), Diagnostic.ERROR, "subnet 10.0.0.0/16 overlaps 10.0.0.0/24 of network ingress");
        assertMessage(findings.get(1), Diagnostic.ERROR, "subnet 10.0.0.0/16 overlaps 10.0.1.0/24 of network net");

        cluster.getNetworks().get(3).setSubnet("10.1.0.0/16");
        assertEquals(List.of(), findings(cluster, Rule.DISJOINT_OVERLAY_SUBNETS));
        cluster.getNetworks().get(3).setSubnet("10.1.0/16");
        assertMessage(findings(cluster, Rule.DISJOINT_OVERLAY_SUBNETS).get(0), Diagnostic.ERROR,
                "'10.1.0' is not an IP address");
        cluster.getNetworks().get(3).setSubnet("fd00::/64");
        assertEquals(List.of(), findings(cluster, Rule.DISJOINT_OVERLAY_SUBNETS), "IPv6 never overlaps IPv4");
    }

    @Test
    void theDockerGwbridgeIsNotAnOverlay() {
        Cluster cluster = cluster();
        cluster.getNetworks().get(2).setSubnet("172.18.0.0/24");
        assertEquals(List.of(), findings(cluster, Rule.DISJOINT_OVERLAY_SUBNETS), "docker_gwbridge is a local bridge");
    }

    /** Issue 15, items 4 and 6: ports 70000 or 2147483647 replicas passed validation, then crashed or were exported. */
    @Test
    void quantitiesStayWithinSwarmsRangesAndWhatTheSimulatorHolds() {
        Cluster cluster = cluster();
        assertEquals(List.of(), findings(cluster, Rule.QUANTITIES_IN_RANGE));
        Service web = web(cluster);
        web.getPorts().add(port(70000, 80, PublishMode.INGRESS));
        assertMessage(findings(cluster, Rule.QUANTITIES_IN_RANGE).get(0), Diagnostic.ERROR,
                "port 70000:80 is out of range: ports are 1-65535");
        web.getPorts().get(web.getPorts().size() - 1).setPublished(8081);
        web.getPorts().get(web.getPorts().size() - 1).setTarget(0);
        assertMessage(findings(cluster, Rule.QUANTITIES_IN_RANGE).get(0), Diagnostic.ERROR,
                "port 8081:0 is out of range");
        web.getPorts().remove(web.getPorts().size() - 1);

        web.setReplicas(Integer.MAX_VALUE);
        List<Diagnostic> tooMany = findings(cluster, Rule.QUANTITIES_IN_RANGE);
        assertEquals(1, tooMany.size(), tooMany::toString);
        assertMessage(tooMany.get(0), Diagnostic.ERROR,
                "replicas 2,147,483,647 exceed the limit of 1,000,000 tasks the simulator holds");
        web.setReplicas(600_000);
        Service api = service("api", cluster.getNetworks().get(2));
        api.setReplicas(600_000);
        cluster.getServices().add(api);
        assertMessage(findings(cluster, Rule.QUANTITIES_IN_RANGE).get(0), Diagnostic.ERROR,
                "its services have 1,200,000 replicas together, more than the limit of 1,000,000 tasks");
    }

    private static void assertMessage(Diagnostic diagnostic, int severity, String part) {
        assertEquals(severity, diagnostic.getSeverity(), diagnostic::getMessage);
        assertTrue(diagnostic.getMessage().contains(part),
                () -> "'" + diagnostic.getMessage() + "' does not contain '" + part + "'");
    }
}
