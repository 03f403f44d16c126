package flotilla.docker;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Ids;
import flotilla.engine.state.Network;
import flotilla.engine.state.Node;
import flotilla.engine.state.Secret;
import flotilla.engine.state.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `docker network ...` and `docker secret ...`. */
final class NetworkCommands {
    static final String NETWORK_LS = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}";
    static final Map<String, String> NETWORK_LS_HEADERS = Map.of("ID", "NETWORK ID", "Name", "NAME",
            "Driver", "DRIVER", "Scope", "SCOPE");
    private static final String SECRET_LS = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}";
    private static final Map<String, String> SECRET_LS_HEADERS = Map.of("ID", "ID", "Name", "NAME",
            "Driver", "DRIVER", "CreatedAt", "CREATED", "UpdatedAt", "UPDATED");

    private final Simulator sim;
    private final Interpreter shell;
    private final Path baseDir;

    NetworkCommands(Simulator sim, Interpreter shell, Path baseDir) {
        this.sim = sim;
        this.shell = shell;
        this.baseDir = baseDir;
    }

    void network(List<String> words) {
        String sub = Interpreter.subcommand("network", words, List.of("create", "ls", "list", "rm", "remove",
                "inspect"));
        List<String> args = words.subList(1, words.size());
        switch (sub) {
            case "create" -> create(args);
            case "ls", "list" -> ls(args);
            case "rm", "remove" -> rm(args);
            default -> inspect(args);
        }
    }

    private void create(List<String> args) {
        Flags f = Flags.parse("docker network create", args, true, "driver|d=", "subnet=", "gateway=",
                "attachable", "internal", "label=", "opt|o=", "scope=");
        Interpreter.exactArgs("docker network create", f.positional(), 1, "docker network create [OPTIONS] NETWORK");
        String driver = f.has("driver") ? f.value("driver") : "bridge";
        try {
            Network n = sim.networks().createNetwork(f.positional().get(0), driver, f.value("subnet"),
                    f.bool("attachable"), f.bool("internal"), false, SpecFlags.labels(f.values("label")));
            shell.say(n.id());
        } catch (IllegalArgumentException e) {
            throw CommandException.daemon(e.getMessage());
        }
    }

    private void ls(List<String> args) {
        Flags f = Flags.parse("docker network ls", args, true, "filter|f=", "format=", "quiet|q", "no-trunc");
        Node manager = sim.state().nodes().stream().filter(Node::isLeader).findFirst().orElseThrow();
        print(f, rows(manager, true));
    }

    /** `docker network ls` on a node: its local networks, and on a manager every swarm network. */
    List<Map<String, Object>> rows(Node node, boolean manager) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>(sim.networks().networksOn(node.id()));
        if (manager) {
            for (Network n : sim.state().networks()) {
                if (!names.contains(n.name())) {
                    names.add(n.name());
                }
            }
        }
        names.sort(Views.NATURAL);
        for (String name : names) {
            Network n = sim.state().findNetwork(name);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", Ids.shortId(n == null ? localId(node, name) : n.id()));
            row.put("Name", name);
            row.put("Driver", n != null ? n.driver() : switch (name) {
                case "host" -> "host";
                case "none" -> "null";
                default -> "bridge";
            });
            row.put("Scope", n == null ? "local" : n.scope());
            rows.add(row);
        }
        return rows;
    }

    void print(Flags f, List<Map<String, Object>> rows) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Network n = sim.state().findNetwork((String) row.get("Name"));
            if (Filters.networkMatches(f.values("filter"), row, n == null ? Map.of() : n.labels())) {
                shown.add(row);
            }
        }
        Listing.print(shell.out(), Listing.format(f, NETWORK_LS), NETWORK_LS_HEADERS, shown);
    }

    /** Engine-local networks have per-node ids; derived from node and name so they stay put between runs. */
    private static String localId(Node node, String name) {
        long h = (node.id() + "/" + name).hashCode() * 0x9E3779B97F4A7C15L;
        return String.format("%016x", h ^ (h >>> 29)).substring(0, 12);
    }

    /** The network, or null after noting Docker's error for it. */
    private Network find(String ref, List<String> errors) {
        Network n = sim.state().findNetwork(ref);
        if (n == null) {
            errors.add("Error response from daemon: network " + ref + " not found");
        }
        return n;
    }

    private void rm(List<String> args) {
        Flags f = Flags.parse("docker network rm", args, true, "force|f");
        Interpreter.requireArgs("docker network rm", f.positional(), 1, "docker network rm NETWORK [NETWORK...]");
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            Network n = find(ref, errors);
            if (n == null) {
                continue;
            }
            try {
                sim.networks().removeNetwork(n);
                shell.say(ref);
            } catch (IllegalStateException e) {
                errors.add("Error response from daemon: rpc error: code = FailedPrecondition desc = " + e.getMessage());
            }
        }
        Interpreter.failIfAny(errors);
    }

    private void inspect(List<String> args) {
        Flags f = Flags.parse("docker network inspect", args, true, "format|f=", "verbose|v");
        Interpreter.requireArgs("docker network inspect", f.positional(), 1,
                "docker network inspect [OPTIONS] NETWORK [NETWORK...]");
        List<Object> objects = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            Network n = find(ref, errors);
            if (n == null) {
                continue;
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("Name", n.name());
            o.put("Id", n.id());
            o.put("Scope", n.scope());
            o.put("Driver", n.driver());
            o.put("IPAM", Map.of("Driver", "default", "Config", List.of(Map.of("Subnet", n.subnet(),
                    "Gateway", n.gateway()))));
            o.put("Internal", n.internal());
            o.put("Attachable", n.attachable());
            o.put("Ingress", n.ingress());
            o.put("Labels", n.labels());
            objects.add(o);
        }
        Inspect.print(shell, f.value("format"), objects);
        Interpreter.failIfAny(errors);
    }

    void secret(List<String> words) {
        String sub = Interpreter.subcommand("secret", words, List.of("create", "ls", "list", "rm", "remove"));
        List<String> args = words.subList(1, words.size());
        switch (sub) {
            case "create" -> createSecret(args);
            case "ls", "list" -> lsSecrets(args);
            default -> rmSecrets(args);
        }
    }

    private void createSecret(List<String> args) {
        Flags f = Flags.parse("docker secret create", args, true, "label|l=", "driver|d=");
        Interpreter.exactArgs("docker secret create", f.positional(), 2, "docker secret create [OPTIONS] SECRET file");
        String name = f.positional().get(0);
        if (sim.state().findSecret(name) != null) {
            throw CommandException.daemon("rpc error: code = AlreadyExists desc = secret " + name + " already exists");
        }
        int size;
        try {
            size = (int) Files.size(baseDir.resolve(f.positional().get(1)));
        } catch (IOException e) {
            throw new CommandException("open " + f.positional().get(1) + ": no such file or directory");
        }
        Secret s = sim.state().addSecret(new Secret(sim.state().newId(), name, size, sim.now(),
                SpecFlags.labels(f.values("label"))));
        shell.say(s.id());
    }

    private void lsSecrets(List<String> args) {
        Flags f = Flags.parse("docker secret ls", args, true, "filter|f=", "format=", "quiet|q");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Secret s : sim.state().secrets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", s.id());
            row.put("Name", s.name());
            row.put("Driver", "");
            String age = Units.humanDuration(sim.now() - s.createdAt()) + " ago";
            row.put("CreatedAt", age);
            row.put("UpdatedAt", age);
            rows.add(row);
        }
        rows.sort((a, b) -> Views.NATURAL.compare((String) a.get("Name"), (String) b.get("Name")));
        Listing.print(shell.out(), Listing.format(f, SECRET_LS), SECRET_LS_HEADERS, rows);
    }

    private void rmSecrets(List<String> args) {
        Flags f = Flags.parse("docker secret rm", args, true);
        Interpreter.requireArgs("docker secret rm", f.positional(), 1, "docker secret rm SECRET [SECRET...]");
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            Secret s = sim.state().findSecret(ref);
            if (s == null) {
                errors.add("Error: No such secret: " + ref);
                continue;
            }
            List<String> users = new ArrayList<>();
            for (Service svc : sim.state().services()) {
                if (svc.spec().secrets().contains(s.name())) {
                    users.add(svc.spec().name());
                }
            }
            if (!users.isEmpty()) {
                errors.add("Error response from daemon: rpc error: code = InvalidArgument desc = secret '" + s.name()
                        + "' is in use by the following service" + (users.size() > 1 ? "s" : "") + ": "
                        + String.join(", ", users));
                continue;
            }
            sim.state().removeSecret(s);
            shell.say(ref);
        }
        Interpreter.failIfAny(errors);
    }
}
