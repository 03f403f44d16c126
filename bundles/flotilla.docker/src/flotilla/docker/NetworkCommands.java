package flotilla.docker;

import flotilla.docker.command.Arity;
import flotilla.docker.command.Command;
import flotilla.docker.command.CommandException;
import flotilla.docker.command.Completion;
import flotilla.docker.command.Flag;
import flotilla.docker.command.Flags;
import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Ids;
import flotilla.engine.state.Network;
import flotilla.engine.state.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `docker network ...`. */
final class NetworkCommands {
    static final String NETWORK_LS = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}";
    static final Map<String, String> NETWORK_LS_HEADERS = Map.of("ID", "NETWORK ID", "Name", "NAME",
            "Driver", "DRIVER", "Scope", "SCOPE");

    private final Simulator sim;
    private final Interpreter shell;

    NetworkCommands(Simulator sim, Interpreter shell) {
        this.sim = sim;
        this.shell = shell;
    }

    Command command() {
        return Command.group("network", "Manage networks").listedUnder(Command.MANAGEMENT)
                .requires(shell::requireManager).add(
                        Command.of("create [OPTIONS] NETWORK", "Create a network", this::create).flags(
                                Flag.bool("attachable", "Enable manual container attachment"),
                                Flag.value("driver", "string", "Driver to manage the Network").shorthand('d')
                                        .defaultValue("bridge"),
                                Flag.value("gateway", "strings", "IPv4 or IPv6 Gateway for the master subnet"),
                                Flag.bool("internal", "Restrict external access to the network"),
                                Flag.value("label", "list", "Set metadata on a network"),
                                Flag.value("opt", "map", "Set driver specific options").shorthand('o')
                                        .defaultValue("map[]"),
                                Flag.value("scope", "string", "Control the network's scope"),
                                Flag.value("subnet", "strings",
                                        "Subnet in CIDR format that represents a network segment"))
                                .arity(Arity.exactly(1)),
                        Command.of("inspect [OPTIONS] NETWORK [NETWORK...]",
                                "Display detailed information on one or more networks", this::inspect)
                                .flags(CommonFlags.FORMAT_INSPECT,
                                        Flag.bool("verbose", "Verbose output for diagnostics")
                                                .shorthand('v'))
                                .arity(Arity.atLeast(1)).completes(Completion.Kind.NETWORKS),
                        lsCommand(this::ls),
                        Command.of("rm NETWORK [NETWORK...]", "Remove one or more networks", this::rm).aliases("remove")
                                .flags(Flag.bool("force", "Do not error if the network does not exist").shorthand('f'))
                                .arity(Arity.atLeast(1)).completes(Completion.Kind.NETWORKS));
    }

    /** `docker network ls`, on the managers or on one node's engine. */
    static Command lsCommand(Command.Handler handler) {
        return Command.of("ls [OPTIONS]", "List networks", handler).aliases("list").flags(
                Flag.value("filter", "filter", "Provide filter values (e.g. \"driver=bridge\")").shorthand('f'),
                CommonFlags.FORMAT, Flag.bool("no-trunc", "Do not truncate the output"),
                Flag.bool("quiet", "Only display network IDs").shorthand('q')).arity(Arity.NONE);
    }

    private void create(Flags f) {
        try {
            Network n = sim.createNetwork(f.positional().get(0), f.value("driver"), f.value("subnet"),
                    f.bool("attachable"), f.bool("internal"), SpecFlags.labels(f.values("label")));
            shell.say(n.id());
        } catch (IllegalArgumentException e) {
            throw CommandException.daemon(e.getMessage());
        }
    }

    private void ls(Flags f) {
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

    private void rm(Flags f) {
        List<String> errors = new ArrayList<>();
        for (String ref : f.positional()) {
            Network n = find(ref, errors);
            if (n == null) {
                continue;
            }
            try {
                sim.removeNetwork(n);
                shell.say(ref);
            } catch (IllegalStateException e) {
                errors.add("Error response from daemon: rpc error: code = FailedPrecondition desc = " + e.getMessage());
            }
        }
        Interpreter.failIfAny(errors);
    }

    private void inspect(Flags f) {
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
}
