package flotilla.deploy.hosts;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import flotilla.deploy.engine.EngineException;
import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.SshEndpoint;

/**
 * {@code flotilla hosts init}: forms the swarm a model describes on hosts reached over SSH, the way an
 * operator would by hand: {@code docker swarm init} on the first manager, {@code docker swarm join}
 * with the manager or worker token on the others, then each node's labels and availability. Hosts
 * already in a swarm are left as they are, so running it again changes nothing.
 */
public final class HostsInit {

    private static final int SWARM_PORT = 2377;

    private final Cluster model;
    private final Path identity;
    private final Path knownHosts;
    private final PrintWriter out;

    /**
     * @param identity the private key, when a node's endpoint names none
     * @param knownHosts the known_hosts file host keys are checked against
     */
    public HostsInit(Cluster model, Path identity, Path knownHosts, PrintWriter out) {
        this.model = model;
        this.identity = identity;
        this.knownHosts = knownHosts;
        this.out = out;
    }

    /** The nodes whose engine is reached over SSH, the first manager first. */
    public List<Node> sshNodes() {
        List<Node> nodes = new ArrayList<>();
        for (Node node : model.getNodes()) {
            if (node.getEngine() instanceof SshEndpoint) {
                nodes.add(node);
            }
        }
        nodes.stream().filter(node -> node.getRole() == NodeRole.MANAGER).findFirst().ifPresent(first -> {
            nodes.remove(first);
            nodes.add(0, first);
        });
        return nodes;
    }

    public void run() throws EngineException {
        List<Node> nodes = sshNodes();
        if (nodes.isEmpty()) {
            throw new EngineException("no node of the model has an ssh:// engine");
        }
        if (nodes.get(0).getRole() != NodeRole.MANAGER) {
            throw new EngineException("no node reached over SSH is a manager: swarm init needs one");
        }
        Map<Node, SshHost> hosts = new LinkedHashMap<>();
        try {
            for (Node node : nodes) {
                hosts.put(node, connect(node));
            }
            Node leader = nodes.get(0);
            SshHost manager = hosts.get(leader);
            String leaderAddress = address(leader);
            if (swarmState(manager).equals("inactive")) {
                manager.run("docker swarm init --advertise-addr " + quote(leaderAddress) + " --listen-addr "
                        + quote(leaderAddress + ":" + SWARM_PORT));
                out.println("Swarm initialized on " + name(leader) + " (" + leaderAddress + ")");
            } else {
                out.println(name(leader) + " is already part of a swarm");
            }
            String workerToken = manager.run("docker swarm join-token -q worker").strip();
            String managerToken = manager.run("docker swarm join-token -q manager").strip();
            for (Node node : nodes.subList(1, nodes.size())) {
                SshHost host = hosts.get(node);
                if (!swarmState(host).equals("inactive")) {
                    out.println(name(node) + " is already part of a swarm");
                    continue;
                }
                String token = node.getRole() == NodeRole.MANAGER ? managerToken : workerToken;
                host.run("docker swarm join --token " + quote(token) + " --advertise-addr " + quote(address(node))
                        + " --listen-addr " + quote(address(node) + ":" + SWARM_PORT) + " "
                        + quote(leaderAddress + ":" + SWARM_PORT));
                out.println(name(node) + " joined the swarm as a " + node.getRole().getLiteral());
            }
            for (Node node : nodes) {
                String hostname = hosts.get(node).run("docker info --format '{{.Name}}'").strip();
                StringBuilder update = new StringBuilder("docker node update --availability ")
                        .append(node.getAvailability().getLiteral());
                for (Label label : node.getLabels()) {
                    update.append(" --label-add ")
                            .append(quote(label.getKey() + "=" + (label.getValue() == null ? "" : label.getValue())));
                }
                manager.run(update.append(' ').append(quote(hostname)).toString());
                if (!node.getLabels().isEmpty()) {
                    out.println("Labelled " + hostname + " " + labels(node));
                }
            }
            out.flush();
        } finally {
            hosts.values().forEach(SshHost::close);
        }
    }

    private SshHost connect(Node node) throws EngineException {
        SshEndpoint ssh = (SshEndpoint) node.getEngine();
        Path key = ssh.getIdentityFile() != null && !ssh.getIdentityFile().isBlank()
                ? Path.of(ssh.getIdentityFile())
                : identity;
        if (key == null) {
            throw new EngineException(
                    name(node) + ": no identity file (give --identity or set the endpoint's identityFile)");
        }
        return SshHost.connect(ssh.getUser() == null ? "root" : ssh.getUser(), ssh.getHost(), ssh.getPort(), key,
                knownHosts);
    }

    private static String swarmState(SshHost host) throws EngineException {
        return host.run("docker info --format '{{.Swarm.LocalNodeState}}'").strip();
    }

    /** The address the node advertises to the swarm: the model's, else the SSH host's. */
    private static String address(Node node) {
        return node.getAddress() != null && !node.getAddress().isBlank()
                ? node.getAddress()
                : ((SshEndpoint) node.getEngine()).getHost();
    }

    private static String name(Node node) {
        return node.getHostname() != null ? node.getHostname() : ((SshEndpoint) node.getEngine()).getHost();
    }

    private static String labels(Node node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.getLabels().forEach(label -> labels.put(label.getKey(), label.getValue()));
        return labels.toString();
    }

    /** Single-quotes a word for the remote shell. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
