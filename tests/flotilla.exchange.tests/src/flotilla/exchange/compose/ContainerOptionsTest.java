package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.exchange.kubernetes.KubernetesExporter;
import flotilla.model.Network;
import flotilla.model.Service;
import flotilla.model.Stack;
import flotilla.model.Volume;

/**
 * A stack file with every container setting docker stack deploy converts (resources/compose/container-options):
 * each is in the model, the export deploys the same swarm objects by docker's own reading, and the Kubernetes export
 * maps what it can and reports swarm templates it cannot express instead of copying them.
 */
class ContainerOptionsTest {
    @TempDir
    Path folder;

    private Path copy() throws Exception {
        Path source = Fixtures.resources().resolve("compose/container-options");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName().toString()));
            }
        }
        return folder.resolve("docker-compose.yml");
    }

    @Test
    void everyConvertedKeyIsInTheModel() throws Exception {
        ComposeImporter.Result result = Fixtures.importFile(copy(), "shop", Map.of());
        Stack stack = result.cluster().getStacks().get(0);
        Service app = stack.getServices().get(0);

        assertEquals(List.of(), result.warnings());
        assertEquals(
                List.of("GREETING=\"hello world\"", "INDENTED=kept", "EMPTY=", "NODE={{.Node.Hostname}}",
                        "SLOT=task-{{.Task.Slot}}",
                        "SERVICE={{.Service.Name}}"),
                app.getEnv(), "env_file first, read as docker reads env files, then environment");
        assertEquals("1000:1000", app.getUser());
        assertEquals("/srv", app.getWorkingDir());
        assertEquals(90_000_000_000L, app.getStopGracePeriod());
        assertEquals("SIGQUIT", app.getStopSignal());
        assertTrue(app.isTty() && app.isOpenStdin() && app.isReadOnly() && app.isInit());
        assertEquals(100, app.getOomScoreAdj());
        assertEquals(List.of("NET_ADMIN"), app.getCapabilityAdd());
        assertEquals(List.of("ALL"), app.getCapabilityDrop());
        assertEquals("net.core.somaxconn=1024",
                app.getSysctls().get(0).getKey() + "=" + app.getSysctls().get(0).getValue());
        assertEquals(List.of("nproc 65535/65535", "nofile 20000/40000"),
                app.getUlimits().stream()
                        .map(ulimit -> ulimit.getName() + " " + ulimit.getSoft() + "/" + ulimit.getHard()).toList());
        assertEquals(List.of("10.0.0.2"), app.getDnsNameservers());
        assertEquals(List.of("db.local:10.0.0.5"), app.getExtraHosts());
        assertEquals("json-file", app.getLogDriver().getName());
        assertEquals(2_000_000_000L, app.getHealthcheck().getStartInterval());
        assertEquals(3, app.getRestartPolicy().getMaxAttempts(),
                "restart: on-failure:3 is converted when deploy.restart_policy is absent");
        assertEquals(100, app.getLimits().getPids());
        assertEquals("gpu", app.getReservations().getGenericResources().get(0).getKind());
        assertTrue(app.getMounts().get(0).isNoCopy());
        assertEquals("rshared", app.getMounts().get(1).getPropagation());
        assertEquals(1_000_000, app.getMounts().get(2).getTmpfsSize());
        assertEquals("com.example.opt", app.getNetworks().get(0).getDriverOptions().get(0).getKey());

        Network proxy = app.getNetworks().get(0).getNetwork();
        assertTrue(proxy.isExternal(), "an external network stays external");
        assertEquals("traefik-public", proxy.qualifiedName());
        Network own = stack.getNetworks().stream().filter(network -> "own".equals(network.getName())).findFirst()
                .orElseThrow();
        assertEquals("shop-own", own.qualifiedName(), "a custom name is swarm's name, without the stack prefix");
        assertTrue(own.isEncrypted());
        assertEquals("true", own.getDriverOptions().get(0).getValue(), "driver_opts are kept as given");
        Volume data = stack.getVolumes().get(0);
        assertEquals("local", data.getDriver());
        assertEquals(3, data.getDriverOptions().size());
        assertEquals("shop-token-v2", result.cluster().getSecrets().get(0).qualifiedName());
    }

    @Test
    void theExportDeploysWhatTheOriginalDeploysByDockersReading() throws Exception {
        Path original = copy();
        for (String stack : new String[]{null, "shop"}) {
            ComposeImporter.Result imported = Fixtures.importFile(original, stack, Map.of());
            Path exported = Files.writeString(folder.resolve("export-" + stack + ".yml"),
                    ComposeExporter.write(imported.cluster(), stack));

            StackConfig.Outcome docker = StackConfig.run(exported);
            assertTrue(docker.accepted(), docker.output());
            assertEquals(StackConfig.reduce(StackConfig.run(original).output(), "shop").toString(),
                    StackConfig.reduce(docker.output(), "shop").toString());
            assertEquals(Files.readString(exported),
                    ComposeExporter.write(Fixtures.importFile(exported, stack, Map.of()).cluster(), stack));
        }
    }

    @Test
    void kubernetesGetsTheDownwardApiForNodeTemplatesAndAReportForTheRest() throws Exception {
        ComposeImporter.Result imported = Fixtures.importFile(copy(), "shop", Map.of());
        Path manifests = folder.resolve("k8s");
        KubernetesExporter.export(imported.cluster(), manifests);

        String deployment = Files.readString(manifests.resolve("shop-app.yaml"));
        String report = Files.readString(manifests.resolve(KubernetesExporter.REPORT));
        assertFalse(deployment.contains("{{"), "swarm templates are never copied:\n" + deployment);
        assertTrue(deployment.contains("fieldPath: spec.nodeName"), deployment);
        assertTrue(deployment.contains("$(FLOTILLA_NODE_HOSTNAME)"), deployment);
        assertTrue(deployment.contains("shop_app"), "{{.Service.Name}} is filled in:\n" + deployment);
        assertTrue(deployment.contains("runAsUser: 1000") && deployment.contains("readOnlyRootFilesystem: true"),
                deployment);
        assertTrue(report.contains("{{.Task.Slot}}"), report);
        assertTrue(report.contains("the ulimit nofile"), report);
    }
}
