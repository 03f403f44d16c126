package flotilla.deploy.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

/**
 * A connection to one Docker engine, with the API version negotiated the way Docker's own CLI does
 * it: ask the daemon ({@code GET /_ping}) which version it speaks and use the lower of that and the
 * newest this client knows. Engine 20.10 speaks 1.41; a newer version is never pinned.
 * <p>
 * Most calls go through docker-java's {@link #docker() client}; the few objects its model lacks
 * fields for (node and network labels) are read and written as JSON through the same transport.
 */
public final class Engine implements AutoCloseable {

    /** The newest Engine API version docker-java 3.7 models. */
    static final RemoteApiVersion NEWEST_KNOWN = RemoteApiVersion.VERSION_1_44;

    private final String host;
    private final DockerHttpClient http;
    private final DockerClient docker;
    private final RemoteApiVersion apiVersion;
    private final ObjectMapper json = new ObjectMapper();

    private Engine(String host, DockerHttpClient http, DockerClient docker, RemoteApiVersion apiVersion) {
        this.host = host;
        this.http = http;
        this.docker = docker;
        this.apiVersion = apiVersion;
    }

    /**
     * Connects to {@code host} ({@code unix:///path}, {@code tcp://host:port}); with {@code tlsDir},
     * TLS with {@code ca.pem}, {@code cert.pem} and {@code key.pem} from it, as {@code docker --tlsverify}.
     *
     * @throws EngineException when the daemon does not answer, naming the host
     */
    public static Engine connect(String host, Path tlsDir) throws EngineException {
        return connect(host, tlsDir, Timeouts.fromEnvironment());
    }

    /** As {@link #connect(String, Path)}, giving up on a daemon that does not answer within {@code timeouts}. */
    public static Engine connect(String host, Path tlsDir, Timeouts timeouts) throws EngineException {
        URI uri;
        try {
            uri = URI.create(host);
        } catch (IllegalArgumentException e) {
            throw new EngineException("invalid daemon address '" + host + "': " + e.getMessage(), e);
        }
        if (!"unix".equals(uri.getScheme()) && !"tcp".equals(uri.getScheme())) {
            throw new EngineException(
                    "invalid daemon address '" + host + "': expected unix:///PATH or tcp://HOST:PORT");
        }
        if (tlsDir != null) {
            TlsMaterial.check(tlsDir);
        }
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(host)
                .withDockerTlsVerify(tlsDir != null);
        if (tlsDir != null) {
            config.withDockerCertPath(tlsDir.toString());
        }
        DockerHttpClient http;
        try {
            DefaultDockerClientConfig unversioned = config.withApiVersion(RemoteApiVersion.UNKNOWN_VERSION).build();
            http = new TimedHttpClient(new ZerodepDockerHttpClient.Builder()
                    .dockerHost(unversioned.getDockerHost())
                    .sslConfig(unversioned.getSSLConfig())
                    .connectionTimeout(timeouts.connect())
                    .responseTimeout(timeouts.read())
                    .build(), host, timeouts);
        } catch (RuntimeException e) {
            // docker-java's own checks of the address and the TLS material, as a message rather than its class.
            throw new EngineException("cannot use " + (tlsDir != null ? "the TLS material in " + tlsDir + " for " : "")
                    + host + ": " + rootMessage(e), e);
        }
        RemoteApiVersion negotiated;
        try {
            negotiated = negotiate(host, http);
        } catch (EngineException e) {
            closeQuietly(http);
            throw e;
        }
        DefaultDockerClientConfig versioned = config.withApiVersion(negotiated).build();
        return new Engine(host, http, DockerClientImpl.getInstance(versioned, http), negotiated);
    }

    private static RemoteApiVersion negotiate(String host, DockerHttpClient http) throws EngineException {
        DockerHttpClient.Request ping = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/_ping").build();
        try (DockerHttpClient.Response response = http.execute(ping)) {
            String header = response.getHeader("Api-Version");
            if (response.getStatusCode() != 200 || header == null) {
                throw new EngineException("Cannot connect to the Docker daemon at " + host
                        + ": unexpected answer to /_ping (HTTP " + response.getStatusCode() + ")");
            }
            RemoteApiVersion server = RemoteApiVersion.parseConfig(header);
            return server.isGreater(NEWEST_KNOWN) ? NEWEST_KNOWN : server;
        } catch (EngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EngineException("Cannot connect to the Docker daemon at " + host
                    + ". Is the docker daemon running? (" + rootMessage(e) + ")", e);
        }
    }

    /** The address this engine was reached at, as given. */
    public String host() {
        return host;
    }

    /** The negotiated API version, such as {@code 1.41}. */
    public String apiVersion() {
        return apiVersion.getVersion();
    }

    /** docker-java's client, speaking the negotiated version. */
    public DockerClient docker() {
        return docker;
    }

    /** {@code GET path} under the negotiated version, as JSON. */
    public JsonNode get(String path) throws EngineException {
        return call(DockerHttpClient.Request.Method.GET, path, null);
    }

    /** {@code POST path} with a JSON body under the negotiated version; the answer as JSON (or null). */
    public JsonNode post(String path, JsonNode body) throws EngineException {
        return call(DockerHttpClient.Request.Method.POST, path, body);
    }

    /** A fresh JSON object, for request bodies. */
    public ObjectMapper json() {
        return json;
    }

    private JsonNode call(DockerHttpClient.Request.Method method, String path, JsonNode body) throws EngineException {
        DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder()
                .method(method).path("/v" + apiVersion.getVersion() + path);
        try {
            if (body != null) {
                request.putHeader("Content-Type", "application/json").bodyBytes(json.writeValueAsBytes(body));
            }
            try (DockerHttpClient.Response response = http.execute(request.build());
                    InputStream in = response.getBody()) {
                byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
                JsonNode answer = bytes.length == 0 ? null : json.readTree(bytes);
                if (response.getStatusCode() >= 300) {
                    String message = answer != null && answer.hasNonNull("message")
                            ? answer.get("message").asText()
                            : "HTTP " + response.getStatusCode();
                    throw new EngineException("Error response from daemon: " + message);
                }
                return answer;
            }
        } catch (IOException | RuntimeException e) {
            throw new EngineException("Cannot talk to the Docker daemon at " + host + ": " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Nothing was opened that needs more than a best effort.
        }
    }

    @Override
    public void close() {
        closeQuietly(docker);
        closeQuietly(http);
    }
}
