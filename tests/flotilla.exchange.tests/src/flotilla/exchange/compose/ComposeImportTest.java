package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import flotilla.model.Cluster;
import flotilla.model.ConfigReference;
import flotilla.model.EndpointMode;
import flotilla.model.FailureAction;
import flotilla.model.Mount;
import flotilla.model.MountType;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.Protocol;
import flotilla.model.PublishMode;
import flotilla.model.PublishedPort;
import flotilla.model.RestartCondition;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.ServiceMode;
import flotilla.model.Stack;
import flotilla.model.UpdateOrder;
import flotilla.model.persistence.Models;

/** Reading compose files: every field into the model, and located warnings and errors for what does not fit. */
class ComposeImportTest {
    private static final long SECOND = 1_000_000_000L;

    private static Stack edge;

    @TempDir
    Path folder;

    @BeforeAll
    static void importEveryField() throws Exception {
        ComposeImporter.Result result = Fixtures.importFile(Fixtures.resources().resolve("compose/every-field.yml"),
                "edge", Map.of());
        assertEquals(List.of(), result.warnings());
        edge = result.cluster().getStacks().get(0);
    }

    private static Service service(String name) {
        return edge.getServices().stream().filter(service -> name.equals(service.getName())).findFirst().orElseThrow();
    }

    @Test
    void imageCommandAndEnvironmentInBothForms() {
        Service web = service("web");
        assertEquals("nginx:1.27", web.getImage());
        assertEquals(List.of("/docker-entrypoint.sh"), web.getCommand());
        assertEquals(List.of("nginx", "-g", "daemon off;"), web.getArgs());
        assertEquals(List.of("TZ=UTC", "EMPTY="), web.getEnv());
        assertEquals(List.of("LOG_LEVEL=info"), service("worker").getEnv(),
                "the merge key brings the anchor's environment");
        assertEquals("shop/worker:1.0", service("worker").getImage());
        assertEquals(List.of("migrate", "--to", "latest"), service("migrate").getArgs(),
                "a command string is split like a shell does");
    }

    @Test
    void portsShortLongRangesAndModes() {
        List<PublishedPort> ports = service("web").getPorts();
        assertEquals(5, ports.size());
        assertPort(ports.get(0), 80, 8080, Protocol.TCP, PublishMode.INGRESS);
        assertPort(ports.get(1), 9000, 9000, Protocol.UDP, PublishMode.INGRESS);
        assertPort(ports.get(2), 9001, 9001, Protocol.UDP, PublishMode.INGRESS);
        assertPort(ports.get(3), 443, 8443, Protocol.TCP, PublishMode.HOST);
        assertPort(ports.get(4), 5000, 0, Protocol.TCP, PublishMode.INGRESS);
    }

    private static void assertPort(PublishedPort port, int target, int published, Protocol protocol, PublishMode mode) {
        assertEquals(List.of(target, published, protocol, mode),
                List.of(port.getTarget(), port.getPublished(), port.getProtocol(), port.getMode()));
    }

    @Test
    void networksWithAliasesOptionsIpamAndExternal() {
        Service web = service("web");
        assertEquals(List.of("frontend", "backend"),
                web.getNetworks().stream().map(attachment -> attachment.getNetwork().getName()).toList());
        assertEquals(List.of("www", "web.local"), web.getNetworks().get(0).getAliases());
        Network frontend = web.getNetworks().get(0).getNetwork();
        assertSame(edge, frontend.eContainer());
        assertEquals(NetworkDriver.OVERLAY, frontend.getDriver());
        assertTrue(frontend.isAttachable());
        assertTrue(frontend.isEncrypted());
        assertEquals("10.20.0.0/24", frontend.getSubnet());
        assertEquals("10.20.0.1", frontend.getGateway());
        assertTrue(web.getNetworks().get(1).getNetwork().isInternal());
        Cluster cluster = (Cluster) edge.eContainer();
        assertTrue(cluster.getNetworks().stream().anyMatch(network -> "shared_net".equals(network.getName())),
                "an external network is the cluster's");
        assertEquals(List.of("default"),
                service("migrate").getNetworks().stream().map(attachment -> attachment.getNetwork().getName()).toList(),
                "like docker stack deploy, a service without networks is on the stack's default network");
    }

    @Test
    void volumesShortAndLong() {
        List<Mount> mounts = service("web").getMounts();
        assertMount(mounts.get(0), MountType.VOLUME, "static", "/usr/share/nginx/html", true);
        assertMount(mounts.get(1), MountType.BIND, "./conf", "/etc/nginx/conf.d", false);
        assertMount(mounts.get(2), MountType.TMPFS, null, "/cache", false);
        assertMount(mounts.get(3), MountType.VOLUME, null, "/scratch", false);
    }

    private static void assertMount(Mount mount, MountType type, String source, String target, boolean readOnly) {
        assertEquals(type, mount.getType());
        assertEquals(source, mount.getSource());
        assertEquals(target, mount.getTarget());
        assertEquals(readOnly, mount.isReadOnly());
    }

    @Test
    void secretsAndConfigsWithOctalModes() {
        Service web = service("web");
        SecretReference key = web.getSecrets().get(0);
        assertEquals("tls_key", key.getSecret().getName());
        assertEquals("./secrets/tls.key", key.getSecret().getFile());
        assertEquals(0444, key.getFileMode());
        SecretReference cert = web.getSecrets().get(1);
        assertTrue(cert.getSecret().isExternal());
        assertEquals("server.crt", cert.getTarget());
        assertEquals("101", cert.getUid());
        assertEquals(0440, cert.getFileMode(), "a plain 0440 is octal, as in the docker CLI's YAML 1.1");
        ConfigReference config = web.getConfigs().get(0);
        assertEquals("nginx_conf", config.getConfig().getName());
        assertEquals("/etc/nginx/nginx.conf", config.getTarget());
    }

    @Test
    void healthcheckWithDurationsAndDisable() {
        var health = service("web").getHealthcheck();
        assertEquals(List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1"), health.getTest());
        assertEquals(90 * SECOND, health.getInterval());
        assertEquals(10 * SECOND, health.getTimeout());
        assertEquals(40 * SECOND, health.getStartPeriod());
        assertEquals(5, health.getRetries());
        assertEquals(List.of("NONE"), service("worker").getHealthcheck().getTest());
    }

    @Test
    void theWholeDeploySection() {
        Service web = service("web");
        assertEquals(ServiceMode.REPLICATED, web.getMode());
        assertEquals(4, web.getReplicas());
        assertEquals(EndpointMode.VIP, web.getEndpointMode());
        assertEquals("com.example.tier", web.getLabels().get(0).getKey());
        assertEquals(List.of("node.role == worker", "node.labels.zone != west"),
                web.getConstraints().stream().map(c -> c.getExpression()).toList());
        assertEquals("node.labels.zone", web.getPreferences().get(0).getSpread());
        assertEquals(2, web.getMaxReplicasPerNode());
        assertEquals(500_000_000L, web.getLimits().getNanoCPUs());
        assertEquals(1_610_612_736L, web.getLimits().getMemoryBytes());
        assertEquals(250_000_000L, web.getReservations().getNanoCPUs());
        assertEquals(256L << 20, web.getReservations().getMemoryBytes());
        assertEquals(RestartCondition.ON_FAILURE, web.getRestartPolicy().getCondition());
        assertEquals(10 * SECOND, web.getRestartPolicy().getDelay());
        assertEquals(3, web.getRestartPolicy().getMaxAttempts());
        assertEquals(120 * SECOND, web.getRestartPolicy().getWindow());
        assertEquals(2, web.getUpdateConfig().getParallelism());
        assertEquals(FailureAction.ROLLBACK, web.getUpdateConfig().getFailureAction());
        assertEquals(30 * SECOND, web.getUpdateConfig().getMonitor());
        assertEquals(0.25, web.getUpdateConfig().getMaxFailureRatio());
        assertEquals(UpdateOrder.START_FIRST, web.getUpdateConfig().getOrder());
        assertEquals(0, web.getRollbackConfig().getParallelism());
        assertEquals(3600 * SECOND, web.getRollbackConfig().getMonitor());
        assertEquals(FailureAction.CONTINUE, web.getRollbackConfig().getFailureAction());

        Service worker = service("worker");
        assertEquals(ServiceMode.GLOBAL, worker.getMode());
        assertFalse(worker.isSetReplicas());
        assertEquals(EndpointMode.DNSRR, worker.getEndpointMode());
        assertEquals("role", worker.getLabels().get(0).getKey());
        assertEquals("worker", worker.getLabels().get(0).getValue());
        assertEquals(ServiceMode.REPLICATED_JOB, service("migrate").getMode());
        assertEquals(RestartCondition.NONE, service("migrate").getRestartPolicy().getCondition());
        assertEquals(5 * SECOND, service("migrate").getRestartPolicy().getDelay(),
                "swarm's restart delay when the file names none");
        assertEquals(ServiceMode.GLOBAL_JOB, service("cleanup").getMode());
    }

    @Test
    void keysDockerIgnoresAreWarnedAboutWithTheirPlace() throws Exception {
        Path file = write("""
                version: "3.9"
                services:
                  web:
                    image: nginx
                    restart: always
                    hostname: web1
                    container_name: web
                    ports:
                      - "127.0.0.1:80:80"
                    deploy:
                      resources:
                        limits:
                          pids: 10
                """);

        ComposeImporter.Result result = Fixtures.importFile(file, null, Map.of());
        List<String> warnings = result.warnings().stream().map(ComposeWarning::toString).toList();

        assertEquals(List.of(
                file + ":9:9: warning: services.web.ports[0]: the host IP 127.0.0.1 is not supported in swarm mode; left out",
                file + ":7:5: warning: services.web.container_name is ignored by docker stack deploy; left out"),
                warnings);
        Service web = result.cluster().getServices().get(0);
        assertEquals("web1", web.getHostname());
        assertEquals(10, web.getLimits().getPids());
        assertEquals(RestartCondition.ANY, web.getRestartPolicy().getCondition());
    }

    /** What docker stack config refuses is refused, with docker's words, at the key's place. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'    imagee: typo'|3:5: services.web Additional property imagee is not allowed",
            "'    deploy:\n      replica: 2'|4:7: services.web.deploy Additional property replica is not allowed",
            "'    profiles: [debug]'|3:5: services.web Additional property profiles is not allowed",
            "'    depends_on:\n      db:\n        condition: service_started'|4:7: services.web.depends_on must be a list",
            "'    extends:\n      service: base'|3:5: Configuration contains forbidden properties: extends: Support for `extends` is not implemented yet.",
            "'    ports:\n      - {target: 80, host_ip: 127.0.0.1}'|4:22: services.web.ports.0 Additional property host_ip is not allowed"})
    void whatDockerRefusesIsRefusedWithDockersReason(String lines, String expected) throws Exception {
        Path file = write("services:\n  web:\n" + lines.replace("\\n", "\n") + "\n    image: nginx\n");

        ComposeException refused = assertThrows(ComposeException.class,
                () -> Fixtures.importFile(file, null, Map.of()));

        assertEquals(file + ":" + expected, refused.getMessage());
    }

    /** A port of more digits than a long holds was an internal error (found by the CLI's fuzz test). */
    @Test
    void aPortTooLongForANumberIsRefusedAtItsPlace() throws Exception {
        Path file = write("services:\n  web:\n    image: nginx\n    ports:\n      - \"99999999999999999999:80\"\n");

        ComposeException refused = assertThrows(ComposeException.class,
                () -> Fixtures.importFile(file, null, Map.of()));

        assertTrue(refused.getMessage().startsWith(file + ":5:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("services.web.ports.0"), refused.getMessage());
    }

    @Test
    void badIndentationIsAnErrorAtItsPlace() throws Exception {
        Path file = write("""
                services:
                  web:
                    image: nginx
                   ports:
                    - "80:80"
                """);

        ComposeException error = assertThrows(ComposeException.class, () -> Fixtures.importFile(file, null, Map.of()));

        assertEquals(4, error.line(), error.getMessage());
        assertTrue(error.getMessage().startsWith(file + ":4:"), error.getMessage());
        assertTrue(error.reason().startsWith("invalid YAML"), error.getMessage());
    }

    @Test
    void wrongTypesNameTheKeyAndThePlace() throws Exception {
        assertError("""
                services:
                  web:
                    image: nginx
                    deploy:
                      replicas: three
                """, 5, 17, "services.web.deploy.replicas must be a integer");
        assertError("""
                services:
                  web:
                    image: [nginx]
                """, 3, 12, "services.web.image must be a string");
        assertError("""
                services:
                  - web
                """, 2, 3, "services must be a mapping");
    }

    @Test
    void badValuesAreErrorsAtTheirPlace() throws Exception {
        assertError("""
                services:
                  web:
                    image: nginx
                    healthcheck:
                      interval: 10 seconds
                """, 5, 17, "services.web.healthcheck.interval Does not match format 'duration'");
        assertError("""
                services:
                  web:
                    image: nginx
                    deploy:
                      placement:
                        constraints:
                          - node.labels.zone = east
                """, 7, 30,
                "services.web.deploy.placement.constraints[0]: 'node.labels.zone = east' is not a placement constraint: "
                        + "constraint expected one operator from ==, !=");
        assertError("""
                version: "2.4"
                services:
                  web:
                    image: nginx
                """, 1, 10, "unsupported Compose file version: 2.4");
        assertError("""
                services:
                  web:
                    image: nginx
                    networks: [missing]
                """, 4, 16,
                "services.web.networks names the network 'missing', which the file does not define under networks");
        assertError("""
                services:
                  web:
                    image: nginx
                  web:
                    image: httpd
                """, 4, 3, "duplicate key 'web' in services (first at line 2)");
        assertError("""
                services:
                  agent:
                    image: agent
                    deploy:
                      mode: global
                      replicas: 2
                """, 5, 7,
                "services.agent.deploy.replicas can only be used with the replicated and replicated-job modes");
        assertError("""
                services:
                  web:
                    image: nginx
                    secrets: [token]
                secrets:
                  token:
                    labels: {team: a}
                """, 6, 3, "secrets.token needs a file, or external: true");
        assertError("""
                services:
                  web:
                    image: nginx
                ---
                services: {}
                """, 5, 1, "a compose file holds one YAML document, this is a second one");
    }

    @Test
    void aFailedImportLeavesTheModelAsItWas() throws Exception {
        Cluster cluster = Models.newCluster("kept");
        Path file = write("""
                services:
                  good:
                    image: nginx
                  bad:
                    image: nginx
                    deploy:
                      replicas: many
                networks:
                  net: {}
                """);

        assertThrows(ComposeException.class, () -> new ComposeImporter(Map.of()).importInto(cluster, file, null));

        assertEquals(List.of(), cluster.getServices());
        assertEquals(2, cluster.getNetworks().size(), "only the implicit networks");
    }

    @Test
    void anImportIntoAnExistingModelBecomesAStackBesideWhatIsThere() throws Exception {
        Cluster cluster = Models.load(Fixtures.examples().resolve("swarm-tutorial.flotilla"));
        int services = cluster.getServices().size();
        Path file = write("""
                services:
                  api:
                    image: shop/api:1
                    networks: [mynet]
                networks:
                  mynet:
                    external: true
                """);

        new ComposeImporter(Map.of()).importInto(cluster, file, "shop");

        assertEquals(services, cluster.getServices().size());
        Service api = cluster.getStacks().get(0).getServices().get(0);
        assertEquals("shop_api", api.qualifiedName());
        assertSame(
                cluster.getNetworks().stream().filter(network -> "mynet".equals(network.getName())).findFirst()
                        .orElseThrow(),
                api.getNetworks().get(0).getNetwork(), "an external network is the model's own");
        assertThrows(ComposeException.class, () -> new ComposeImporter(Map.of()).importInto(cluster, file, "shop"),
                "the stack exists");
    }

    @Test
    void aServiceWithOnlyBuildIsReadAsDockerStackConfigReadsItAndWarnedAbout() throws Exception {
        Path file = write("""
                services:
                  web:
                    build: .
                """);
        ComposeImporter.Result result = Fixtures.importFile(file, null, Map.of());
        assertEquals(null, result.cluster().getServices().get(0).getImage());
        assertEquals(List.of(file + ":3:12: warning: service web has only build: and no image; docker stack deploy "
                + "does not build images and cannot deploy it: build and push it, then name it with image:"),
                result.warnings().stream().map(ComposeWarning::toString).toList());
    }

    private void assertError(String text, int line, int column, String reason) throws Exception {
        Path file = write(text);
        ComposeException error = assertThrows(ComposeException.class, () -> Fixtures.importFile(file, null, Map.of()));
        assertEquals(file + ":" + line + ":" + column + ": " + reason, error.getMessage());
    }

    private Path write(String text) throws Exception {
        return Files.writeString(folder.resolve("docker-compose.yml"), text);
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        ComposeException error = assertThrows(ComposeException.class,
                () -> Fixtures.importFile(write(""), null, Map.of()));
        assertEquals(0, error.line());
        assertTrue(
                error.getMessage()
                        .endsWith("docker-compose.yml: the file is empty; expected a compose file with services"),
                error.getMessage());
    }
}
