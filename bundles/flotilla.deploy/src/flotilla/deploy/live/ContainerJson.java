package flotilla.deploy.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import flotilla.model.CredentialSpec;
import flotilla.model.GenericResource;
import flotilla.model.Label;
import flotilla.model.LogDriver;
import flotilla.model.ModelFactory;
import flotilla.model.Mount;
import flotilla.model.MountType;
import flotilla.model.Resources;
import flotilla.model.Service;
import flotilla.model.Stack;
import flotilla.model.Ulimit;
import flotilla.model.Volume;

/**
 * The task template's container settings that docker-java's typed model lacks, written and read as
 * the Engine API's JSON: what {@code docker stack deploy} copies from a compose service into
 * {@code ContainerSpec} (User, Hostname, Dir, StopSignal, StopGracePeriod, TTY, OpenStdin, ReadOnly,
 * Init, Isolation, OomScoreAdj, capabilities, Sysctls, Ulimits, DNSConfig, Hosts, container Labels,
 * the credential spec, volume, bind and tmpfs mount options), the task's {@code LogDriver}, the pids
 * limit and generic resources. Field names are the API's; nothing is sent that the model leaves unset.
 */
final class ContainerJson {
    /** What the daemon calls the isolation of a container that asked for none. */
    private static final String DEFAULT_ISOLATION = "default";

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private ContainerJson() {
    }

    /** Adds {@code service}'s settings to the {@code TaskTemplate} of a spec. */
    static void put(ObjectNode task, Service service) {
        ObjectNode container = ServiceJson.object(task, "ContainerSpec");
        text(container, "Hostname", service.getHostname());
        text(container, "User", service.getUser());
        text(container, "Dir", service.getWorkingDir());
        text(container, "StopSignal", service.getStopSignal());
        if (service.isSetStopGracePeriod()) {
            container.put("StopGracePeriod", service.getStopGracePeriod());
        }
        flag(container, "TTY", service.isTty());
        flag(container, "OpenStdin", service.isOpenStdin());
        flag(container, "ReadOnly", service.isReadOnly());
        if (service.isSetInit()) {
            container.put("Init", service.isInit());
        }
        text(container, "Isolation", service.getIsolation());
        if (service.getOomScoreAdj() != 0) {
            container.put("OomScoreAdj", service.getOomScoreAdj());
        }
        strings(container, "CapabilityAdd", service.getCapabilityAdd());
        strings(container, "CapabilityDrop", service.getCapabilityDrop());
        labels(container, "Sysctls", service.getSysctls());
        if (!service.getContainerLabels().isEmpty()) {
            ObjectNode labels = ServiceJson.object(container, "Labels");
            service.getContainerLabels()
                    .forEach(label -> labels.put(label.getKey(), label.getValue() == null ? "" : label.getValue()));
        }
        if (!service.getUlimits().isEmpty()) {
            ArrayNode ulimits = container.putArray("Ulimits");
            for (Ulimit ulimit : service.getUlimits()) {
                ulimits.addObject().put("Name", ulimit.getName()).put("Soft", ulimit.getSoft()).put("Hard",
                        ulimit.getHard());
            }
        }
        if (!service.getDnsNameservers().isEmpty() || !service.getDnsSearch().isEmpty()) {
            ObjectNode dns = container.putObject("DNSConfig");
            strings(dns, "Nameservers", service.getDnsNameservers());
            strings(dns, "Search", service.getDnsSearch());
        }
        if (!service.getExtraHosts().isEmpty()) {
            // The API takes "IP HOST", compose and the model "HOST:IP".
            ArrayNode hosts = container.putArray("Hosts");
            for (String entry : service.getExtraHosts()) {
                int colon = entry.indexOf(':');
                hosts.add(colon < 0 ? entry : entry.substring(colon + 1) + " " + entry.substring(0, colon));
            }
        }
        CredentialSpec credentialSpec = service.getCredentialSpec();
        if (credentialSpec != null) {
            ObjectNode spec = ServiceJson.object(ServiceJson.object(container, "Privileges"), "CredentialSpec");
            text(spec, "Config", credentialSpec.getConfig());
            text(spec, "File", credentialSpec.getFile());
            text(spec, "Registry", credentialSpec.getRegistry());
        }
        if (service.getHealthcheck() != null && service.getHealthcheck().getStartInterval() != 0) {
            ServiceJson.object(container, "Healthcheck").put("StartInterval",
                    service.getHealthcheck().getStartInterval());
        }
        putMounts(container, service);
        JsonNode networks = task.path("Networks");
        for (int index = 0; index < service.getNetworks().size() && index < networks.size(); index++) {
            labels((ObjectNode) networks.get(index), "DriverOpts", service.getNetworks().get(index).getDriverOptions());
        }
        LogDriver logDriver = service.getLogDriver();
        if (logDriver != null && logDriver.getName() != null) {
            ObjectNode driver = task.putObject("LogDriver").put("Name", logDriver.getName());
            labels(driver, "Options", logDriver.getOptions());
        }
        if (service.getLimits() != null && service.getLimits().getPids() != 0) {
            ServiceJson.object(ServiceJson.object(task, "Resources"), "Limits").put("Pids",
                    service.getLimits().getPids());
        }
        if (service.getReservations() != null && !service.getReservations().getGenericResources().isEmpty()) {
            ArrayNode generic = ServiceJson.object(ServiceJson.object(task, "Resources"), "Reservations")
                    .putArray("GenericResources");
            for (GenericResource resource : service.getReservations().getGenericResources()) {
                generic.addObject().putObject("DiscreteResourceSpec").put("Kind", resource.getKind()).put("Value",
                        resource.getValue());
            }
        }
    }

    /** The mounts' options; a stack's volume is named as docker stack deploy names it (STACK_NAME). */
    private static void putMounts(ObjectNode container, Service service) {
        JsonNode mounts = container.path("Mounts");
        for (int index = 0; index < service.getMounts().size() && index < mounts.size(); index++) {
            Mount mount = service.getMounts().get(index);
            ObjectNode json = (ObjectNode) mounts.get(index);
            text(json, "Consistency", mount.getConsistency());
            if (mount.getType() == MountType.BIND && mount.getPropagation() != null) {
                json.putObject("BindOptions").put("Propagation", mount.getPropagation());
            }
            if (mount.getType() == MountType.TMPFS && mount.getTmpfsSize() != 0) {
                json.putObject("TmpfsOptions").put("SizeBytes", mount.getTmpfsSize());
            }
            Volume volume = volumeOf(service, mount);
            if (mount.getType() == MountType.VOLUME && (volume != null || mount.isNoCopy())) {
                ObjectNode options = json.putObject("VolumeOptions");
                flag(options, "NoCopy", mount.isNoCopy());
                if (volume != null) {
                    json.put("Source", volume.qualifiedName());
                    labels(options, "Labels", volume.getLabels());
                    if (volume.getDriver() != null || !volume.getDriverOptions().isEmpty()) {
                        ObjectNode driver = options.putObject("DriverConfig");
                        text(driver, "Name", volume.getDriver());
                        labels(driver, "Options", volume.getDriverOptions());
                    }
                }
            }
        }
    }

    /** The named volume a mount uses, declared beside its service (in its stack, or at the cluster's top level). */
    static Volume volumeOf(Service service, Mount mount) {
        if (mount.getType() != MountType.VOLUME || mount.getSource() == null) {
            return null;
        }
        List<Volume> volumes = service.eContainer() instanceof Stack stack
                ? stack.getVolumes()
                : service.eContainer() instanceof flotilla.model.Cluster cluster ? cluster.getVolumes() : List.of();
        return volumes.stream().filter(volume -> mount.getSource().equals(volume.getName())).findFirst().orElse(null);
    }

    /**
     * Sets on {@code service} what a live spec's {@code TaskTemplate} says (the inverse of {@link #put}); a volume
     * mounted with a driver or labels becomes a volume of {@code cluster}, by its live name.
     */
    static void read(JsonNode task, Service service, flotilla.model.Cluster cluster) {
        JsonNode container = task.path("ContainerSpec");
        service.setHostname(text(container, "Hostname"));
        service.setUser(text(container, "User"));
        service.setWorkingDir(text(container, "Dir"));
        service.setStopSignal(text(container, "StopSignal"));
        if (container.has("StopGracePeriod")) {
            service.setStopGracePeriod(container.get("StopGracePeriod").asLong());
        }
        service.setTty(container.path("TTY").asBoolean());
        service.setOpenStdin(container.path("OpenStdin").asBoolean());
        service.setReadOnly(container.path("ReadOnly").asBoolean());
        if (container.has("Init") && !container.get("Init").isNull()) {
            service.setInit(container.get("Init").asBoolean());
        }
        service.setIsolation(isolation(container));
        service.setOomScoreAdj(container.path("OomScoreAdj").asInt());
        container.path("CapabilityAdd").forEach(value -> service.getCapabilityAdd().add(value.asText()));
        container.path("CapabilityDrop").forEach(value -> service.getCapabilityDrop().add(value.asText()));
        readLabels(container.path("Sysctls"), service.getSysctls());
        readLabels(container.path("Labels"), service.getContainerLabels());
        for (JsonNode json : container.path("Ulimits")) {
            Ulimit ulimit = FACTORY.createUlimit();
            ulimit.setName(json.path("Name").asText());
            ulimit.setSoft(json.path("Soft").asLong());
            ulimit.setHard(json.path("Hard").asLong());
            service.getUlimits().add(ulimit);
        }
        container.path("DNSConfig").path("Nameservers")
                .forEach(value -> service.getDnsNameservers().add(value.asText()));
        container.path("DNSConfig").path("Search").forEach(value -> service.getDnsSearch().add(value.asText()));
        for (JsonNode host : container.path("Hosts")) {
            String[] parts = host.asText().trim().split("\\s+", 2);
            service.getExtraHosts().add(parts.length == 2 ? parts[1] + ":" + parts[0] : parts[0]);
        }
        JsonNode credential = container.path("Privileges").path("CredentialSpec");
        if (credential.isObject()) {
            CredentialSpec spec = FACTORY.createCredentialSpec();
            spec.setConfig(text(credential, "Config"));
            spec.setFile(text(credential, "File"));
            spec.setRegistry(text(credential, "Registry"));
            service.setCredentialSpec(spec);
        }
        if (service.getHealthcheck() != null) {
            service.getHealthcheck().setStartInterval(container.path("Healthcheck").path("StartInterval").asLong());
        }
        JsonNode mounts = container.path("Mounts");
        for (int index = 0; index < service.getMounts().size() && index < mounts.size(); index++) {
            Mount mount = service.getMounts().get(index);
            JsonNode json = mounts.get(index);
            mount.setConsistency(text(json, "Consistency"));
            mount.setPropagation(text(json.path("BindOptions"), "Propagation"));
            mount.setTmpfsSize(json.path("TmpfsOptions").path("SizeBytes").asLong());
            mount.setNoCopy(json.path("VolumeOptions").path("NoCopy").asBoolean());
            JsonNode driver = json.path("VolumeOptions").path("DriverConfig");
            JsonNode labels = json.path("VolumeOptions").path("Labels");
            if (mount.getType() == MountType.VOLUME && mount.getSource() != null
                    && (driver.isObject() || labels.size() > 0)
                    && cluster.getVolumes().stream().noneMatch(volume -> mount.getSource().equals(volume.getName()))) {
                Volume volume = FACTORY.createVolume();
                volume.setName(mount.getSource());
                volume.setDriver(text(driver, "Name"));
                readLabels(driver.path("Options"), volume.getDriverOptions());
                readLabels(labels, volume.getLabels());
                cluster.getVolumes().add(volume);
            }
        }
        JsonNode networks = task.path("Networks");
        for (int index = 0; index < service.getNetworks().size() && index < networks.size(); index++) {
            readLabels(networks.get(index).path("DriverOpts"), service.getNetworks().get(index).getDriverOptions());
        }
        JsonNode logDriver = task.path("LogDriver");
        if (logDriver.has("Name")) {
            LogDriver driver = FACTORY.createLogDriver();
            driver.setName(logDriver.get("Name").asText());
            readLabels(logDriver.path("Options"), driver.getOptions());
            service.setLogDriver(driver);
        }
        long pids = task.path("Resources").path("Limits").path("Pids").asLong();
        if (pids != 0) {
            if (service.getLimits() == null) {
                service.setLimits(FACTORY.createResources());
            }
            service.getLimits().setPids(pids);
        }
        JsonNode generic = task.path("Resources").path("Reservations").path("GenericResources");
        if (generic.size() > 0) {
            if (service.getReservations() == null) {
                service.setReservations(FACTORY.createResources());
            }
            Resources reservations = service.getReservations();
            for (JsonNode json : generic) {
                GenericResource resource = FACTORY.createGenericResource();
                resource.setKind(json.path("DiscreteResourceSpec").path("Kind").asText());
                resource.setValue(json.path("DiscreteResourceSpec").path("Value").asLong());
                reservations.getGenericResources().add(resource);
            }
        }
    }

    /** The settings of a spec's {@code TaskTemplate} as field name to a printable value, for plans and drift. */
    static Map<String, String> shape(JsonNode task) {
        JsonNode container = task.path("ContainerSpec");
        Map<String, String> shape = new LinkedHashMap<>();
        for (String field : List.of("Hostname", "User", "Dir", "StopSignal")) {
            shape.put(field.toLowerCase(), container.path(field).asText(""));
        }
        shape.put("isolation", Objects.toString(isolation(container), ""));
        shape.put("stop-grace-period",
                container.has("StopGracePeriod") ? container.get("StopGracePeriod").asText() : "default");
        for (String field : List.of("TTY", "OpenStdin", "ReadOnly")) {
            shape.put(field.toLowerCase(), String.valueOf(container.path(field).asBoolean()));
        }
        shape.put("init",
                container.has("Init") && !container.get("Init").isNull() ? container.get("Init").asText() : "default");
        shape.put("oom-score-adj", String.valueOf(container.path("OomScoreAdj").asInt()));
        for (String field : List.of("CapabilityAdd", "CapabilityDrop", "Sysctls", "Labels", "Ulimits", "DNSConfig",
                "Hosts", "Privileges")) {
            shape.put(field.toLowerCase(), container.path(field).toString());
        }
        shape.put("log-driver", task.path("LogDriver").toString());
        StringBuilder attachments = new StringBuilder();
        task.path("Networks").forEach(network -> attachments.append(network.path("DriverOpts")).append(';'));
        shape.put("network-driver-opts", attachments.toString());
        shape.put("pids", String.valueOf(task.path("Resources").path("Limits").path("Pids").asLong()));
        shape.put("generic-resources", task.path("Resources").path("Reservations").path("GenericResources").toString());
        StringBuilder mounts = new StringBuilder();
        for (JsonNode mount : container.path("Mounts")) {
            mounts.append(mount.path("VolumeOptions")).append(mount.path("BindOptions"))
                    .append(mount.path("TmpfsOptions")).append(';');
        }
        shape.put("mount-options", mounts.toString());
        return shape;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    /**
     * The container's isolation as the model holds it: the daemon reports an unset one as "default" (its
     * default technology), which is no setting of the model's.
     */
    private static String isolation(JsonNode container) {
        String isolation = text(container, "Isolation");
        return DEFAULT_ISOLATION.equals(isolation) ? null : isolation;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static void flag(ObjectNode node, String field, boolean value) {
        if (value) {
            node.put(field, true);
        }
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void labels(ObjectNode node, String field, List<Label> labels) {
        if (!labels.isEmpty()) {
            ObjectNode map = node.putObject(field);
            labels.forEach(label -> map.put(label.getKey(), label.getValue() == null ? "" : label.getValue()));
        }
    }

    private static void readLabels(JsonNode map, List<Label> into) {
        map.properties().forEach(entry -> {
            Label label = FACTORY.createLabel();
            label.setKey(entry.getKey());
            label.setValue(entry.getValue().asText());
            into.add(label);
        });
    }
}
