package flotilla.deploy.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A daemon on the loopback that answers the Engine API calls deploy and live import make on a swarm of one manager
 * without services: networks, secrets and configs are kept as the Engine keeps them (a created network gets the
 * scope and the VXLAN option swarm adds; a secret's data is never given back), so what deploy sends is what live
 * import reads. Anything else is answered 404, as an unknown path is.
 */
final class FakeSwarm implements AutoCloseable {
    private static final String API_VERSION = "1.41";

    private final ObjectMapper json = new ObjectMapper();

    private final ServerSocket server;

    private final ArrayNode networks = json.createArrayNode();

    private final ArrayNode secrets = json.createArrayNode();

    private final ArrayNode configs = json.createArrayNode();

    private int nextId;

    FakeSwarm() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "fake-swarm");
        thread.setDaemon(true);
        thread.start();
    }

    /** The address to give {@code --host}. */
    String host() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** A network created beside Flotilla, as {@code docker network create --driver overlay NAME} does. */
    synchronized void createNetwork(String name) {
        ObjectNode body = json.createObjectNode().put("Name", name).put("Driver", "overlay");
        body.putObject("Labels");
        body.putObject("Options");
        networks.add(network(body));
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket connection = server.accept()) {
                answer(connection.getInputStream(), connection.getOutputStream());
            } catch (IOException closed) {
                // the test is over, or the client went away
            }
        }
    }

    private void answer(InputStream in, OutputStream out) throws IOException {
        String requestLine = line(in);
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(header.indexOf(':') + 1).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        String[] words = requestLine.split(" ");
        String path = words[1].replaceFirst("\\?.*", "").replaceFirst("^/v[0-9.]+/", "/");
        JsonNode answer;
        synchronized (this) {
            answer = route(words[0], path, body.length == 0 ? null : json.readTree(body));
        }
        byte[] bytes = answer == null
                ? "{\"message\":\"page not found\"}".getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(answer);
        String head = "HTTP/1.1 " + (answer == null ? "404 Not Found" : "200 OK") + "\r\nApi-Version: " + API_VERSION
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private JsonNode route(String method, String path, JsonNode body) {
        return switch (method + " " + path) {
        case "GET /_ping" -> json.getNodeFactory().textNode("OK");
        case "GET /nodes" -> json.createArrayNode().add(manager());
        case "GET /networks" -> networks;
        case "GET /secrets" -> secrets;
        case "GET /configs" -> configs;
        case "GET /services", "GET /tasks" -> json.createArrayNode();
        case "POST /networks/create" -> id(networks.add(network((ObjectNode) body)));
        case "POST /secrets/create" -> id(secrets.add(stored((ObjectNode) body)));
        case "POST /configs/create" -> id(configs.add(stored((ObjectNode) body)));
        default -> null;
        };
    }

    private JsonNode id(ArrayNode added) {
        JsonNode created = added.get(added.size() - 1);
        return json.createObjectNode().put("Id", created.has("Id")
                ? created.get("Id").asText()
                : created.get("ID")
                        .asText());
    }

    private ObjectNode network(ObjectNode request) {
        ObjectNode network = request.deepCopy();
        network.remove("CheckDuplicate");
        network.put("Id", "network" + ++nextId);
        network.put("Scope", "swarm");
        ObjectNode options = network.has("Options")
                ? (ObjectNode) network.get("Options")
                : network.putObject("Options");
        options.put("com.docker.network.driver.overlay.vxlanid_list", String.valueOf(4096 + nextId));
        if (!network.has("IPAM")) {
            network.putObject("IPAM").putArray("Config").addObject().put("Subnet", "10.0." + nextId + ".0/24")
                    .put("Gateway", "10.0." + nextId + ".1");
        }
        return network;
    }

    private ObjectNode stored(ObjectNode request) {
        ObjectNode spec = request.deepCopy();
        spec.remove("Data");
        ObjectNode stored = json.createObjectNode().put("ID", "stored" + ++nextId);
        stored.putObject("Version").put("Index", nextId);
        stored.set("Spec", spec);
        return stored;
    }

    private ObjectNode manager() {
        ObjectNode node = json.createObjectNode().put("ID", "node1");
        node.putObject("Version").put("Index", 1);
        node.putObject("Spec").put("Role", "manager").put("Availability", "active").putObject("Labels");
        ObjectNode description = node.putObject("Description").put("Hostname", "manager1");
        description.putObject("Platform").put("OS", "linux").put("Architecture", "x86_64");
        description.putObject("Resources").put("NanoCPUs", 2_000_000_000L).put("MemoryBytes", 4L << 30);
        node.putObject("Status").put("State", "ready").put("Addr", "10.0.0.2");
        node.putObject("ManagerStatus").put("Leader", true).put("Reachability", "reachable");
        return node;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** Every network as the fake keeps it, for assertions. */
    synchronized List<JsonNode> networks() {
        List<JsonNode> result = new ArrayList<>();
        networks.forEach(result::add);
        return result;
    }
}
