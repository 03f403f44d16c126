package flotilla.exchange.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * Reads manifests into fabric8's Kubernetes API model, strictly: the model classes keep unknown fields in an
 * "additional properties" map, so that catch-all is switched off and an unknown or misspelt field fails the read.
 */
public final class StrictManifests {
    private static final Map<String, Class<?>> KINDS = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/DaemonSet", DaemonSet.class,
            "batch/v1/Job", Job.class,
            "v1/Service", Service.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                private static final long serialVersionUID = 1L;

                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            });

    private StrictManifests() {
    }

    /** Every document of the file as its Kubernetes model object; fails on an unknown kind or field. */
    public static List<Object> read(Path file) throws Exception {
        List<Object> objects = new ArrayList<>();
        for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(file))) {
            Map<?, ?> map = (Map<?, ?>) document;
            Class<?> type = KINDS.get(map.get("apiVersion") + "/" + map.get("kind"));
            if (type == null) {
                throw new AssertionError(file + ": unexpected kind " + map.get("apiVersion") + "/" + map.get("kind"));
            }
            try {
                objects.add(MAPPER.convertValue(map, type));
            } catch (IllegalArgumentException exception) {
                throw new AssertionError(file + ": not a valid " + type.getSimpleName() + ": " + exception.getMessage(),
                        exception);
            }
        }
        return objects;
    }
}
