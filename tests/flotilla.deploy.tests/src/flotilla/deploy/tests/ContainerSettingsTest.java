package flotilla.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import flotilla.deploy.live.ServiceJson;
import flotilla.deploy.live.ServiceSpecs;
import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.LogDriver;
import flotilla.model.ModelFactory;
import flotilla.model.Mount;
import flotilla.model.MountType;
import flotilla.model.Service;
import flotilla.model.Stack;
import flotilla.model.Ulimit;
import flotilla.model.Volume;
import flotilla.model.persistence.Models;

/**
 * The container settings docker stack deploy converts (user, hostname, ulimits, log driver, volume driver...) are
 * sent in the Engine API's fields, and a live spec with them reads back to the same settings and the same shape, so
 * plans and drift see them.
 */
class ContainerSettingsTest {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private static Label label(String key, String value) {
        Label label = FACTORY.createLabel();
        label.setKey(key);
        label.setValue(value);
        return label;
    }

    private static Service service(Cluster cluster) {
        Stack stack = FACTORY.createStack();
        stack.setName("shop");
        cluster.getStacks().add(stack);
        Volume data = FACTORY.createVolume();
        data.setName("data");
        data.setDriver("local");
        data.getDriverOptions().add(label("type", "nfs"));
        stack.getVolumes().add(data);
        Service service = FACTORY.createService();
        service.setName("app");
        service.setImage("shop/app:1.0");
        service.setUser("1000:1000");
        service.setHostname("{{.Node.Hostname}}");
        service.setStopGracePeriod(90_000_000_000L);
        service.setReadOnly(true);
        service.setInit(true);
        service.getCapabilityAdd().add("NET_ADMIN");
        service.getSysctls().add(label("net.core.somaxconn", "1024"));
        service.getExtraHosts().add("db.local:10.0.0.5");
        Ulimit ulimit = FACTORY.createUlimit();
        ulimit.setName("nofile");
        ulimit.setSoft(20000);
        ulimit.setHard(40000);
        service.getUlimits().add(ulimit);
        LogDriver logging = FACTORY.createLogDriver();
        logging.setName("json-file");
        logging.getOptions().add(label("max-size", "10m"));
        service.setLogDriver(logging);
        Mount mount = FACTORY.createMount();
        mount.setType(MountType.VOLUME);
        mount.setSource("data");
        mount.setTarget("/data");
        mount.setNoCopy(true);
        service.getMounts().add(mount);
        stack.getServices().add(service);
        return service;
    }

    @Test
    void theSettingsAreSentInTheApisFieldsAndReadBack() {
        Cluster cluster = Models.newCluster("shop");
        Service service = service(cluster);

        JsonNode spec = ServiceJson.toJson(ServiceSpecs.toEngine(service, cluster.getId(), null), service);

        JsonNode container = spec.path("TaskTemplate").path("ContainerSpec");
        assertEquals("1000:1000", container.path("User").asText());
        assertEquals("{{.Node.Hostname}}", container.path("Hostname").asText());
        assertEquals(90_000_000_000L, container.path("StopGracePeriod").asLong());
        assertEquals("10.0.0.5 db.local", container.path("Hosts").get(0).asText(), "the API takes IP HOST");
        assertEquals("nofile", container.path("Ulimits").get(0).path("Name").asText());
        assertEquals("json-file", spec.path("TaskTemplate").path("LogDriver").path("Name").asText());
        JsonNode mount = container.path("Mounts").get(0);
        assertEquals("shop_data", mount.path("Source").asText(),
                "a stack's volume is named as docker stack deploy names it");
        assertEquals("nfs", mount.path("VolumeOptions").path("DriverConfig").path("Options").path("type").asText());
        assertTrue(mount.path("VolumeOptions").path("NoCopy").asBoolean());

        Cluster imported = Models.newCluster("live");
        Service live = ServiceJson.toModel(spec, imported, Function.identity());
        imported.getServices().add(live);

        assertEquals(List.of("1000:1000", "{{.Node.Hostname}}", "db.local:10.0.0.5"),
                List.of(live.getUser(), live.getHostname(), live.getExtraHosts().get(0)));
        assertEquals(90_000_000_000L, live.getStopGracePeriod());
        assertTrue(live.isInit() && live.isReadOnly() && live.getMounts().get(0).isNoCopy());
        assertEquals("max-size", live.getLogDriver().getOptions().get(0).getKey());
        assertEquals(ServiceJson.shape(spec, Function.identity()), ServiceJson.shape(ServiceJson.toJson(
                ServiceSpecs.toEngine(live, imported.getId(), null), live), Function.identity()),
                "a live spec with the settings plans no change");
    }
}
