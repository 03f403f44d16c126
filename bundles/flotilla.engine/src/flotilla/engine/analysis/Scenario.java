package flotilla.engine.analysis;

import java.util.List;

import flotilla.engine.sim.Simulator;
import flotilla.engine.state.Availability;
import flotilla.engine.state.Node;
import flotilla.engine.state.Service;

/**
 * One failure to replay: which nodes are lost or drained, or which service is updated. {@link #name()} is how the
 * table and the JSON name it ("node worker3", "zone node.labels.zone=a", "drain worker1").
 */
public record Scenario(Kind kind, String name, List<String> hostnames, String service) {

    /** The kinds of failure `flotilla analyze --scenario` takes, by the names it takes them. */
    public enum Kind {
        NODE("node"), ZONE("zone"), RANDOM("random"), MANAGER("manager"), DRAIN("drain"), UPDATE("update");

        private final String option;

        Kind(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }

        public static Kind parse(String option) {
            for (Kind kind : values()) {
                if (kind.option.equals(option)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown scenario '" + option + "' (node, zone, random, manager, "
                    + "drain, update)");
        }
    }

    /** Nodes lost together (their hosts stop: containers gone, heartbeats missed). */
    public static Scenario loss(Kind kind, String name, List<String> hostnames) {
        return new Scenario(kind, name, List.copyOf(hostnames), null);
    }

    public static Scenario drain(String hostname) {
        return new Scenario(Kind.DRAIN, "drain " + hostname, List.of(hostname), null);
    }

    public static Scenario update(String service) {
        return new Scenario(Kind.UPDATE, "update " + service, List.of(), service);
    }

    /** Injects the failure into a settled swarm, as an operator or the data centre would. */
    void inject(Simulator sim) {
        switch (kind) {
        case DRAIN -> nodes(sim).forEach(node -> sim.setAvailability(node, Availability.DRAIN));
        case UPDATE -> {
            Service target = sim.state().findService(service);
            sim.updateService(target, target.spec().copy().forceUpdate(target.spec().forceUpdate() + 1));
        }
        default -> nodes(sim).forEach(sim::nodeDown);
        }
    }

    private List<Node> nodes(Simulator sim) {
        return hostnames.stream().map(hostname -> sim.state().nodes().stream()
                .filter(node -> node.hostname().equals(hostname)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + hostname))).toList();
    }
}
