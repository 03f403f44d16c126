package flotilla.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.graphics.Point;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.Element;
import flotilla.model.Label;
import flotilla.model.ModelFactory;
import flotilla.model.ModelPackage;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.NetworkDriver;
import flotilla.model.Node;
import flotilla.model.NodeRole;
import flotilla.model.Service;

/**
 * The diagram's gestures as EMF commands: each gesture is one command on the editor's stack (a
 * {@link CompoundCommand} when it changes several things), so one Ctrl+Z takes it back whole.
 */
public final class DiagramCommands {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;
    private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

    /** What the palette creates. */
    public enum Kind {
        NODE("Node"), SERVICE("Service"), NETWORK("Network");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    private DiagramCommands() {
    }

    /**
     * Adds a new node, service or network with a name not yet taken; with {@code position}, also puts
     * its shape there (one command).
     */
    public static Command create(EditingDomain domain, DiagramNotation notation, Cluster cluster, Kind kind,
            Point position) {
        Element created;
        Command add;
        switch (kind) {
        case NODE -> {
            Node node = FACTORY.createNode();
            node.setHostname(
                    freeName("node", name -> cluster.getNodes().stream().anyMatch(n -> name.equals(n.getHostname()))));
            node.setRole(cluster.getNodes().isEmpty() ? NodeRole.MANAGER : NodeRole.WORKER);
            created = node;
            add = AddCommand.create(domain, cluster, MODEL.getCluster_Nodes(), node);
        }
        case SERVICE -> {
            Service service = FACTORY.createService();
            service.setName(freeName("service",
                    name -> cluster.allServices().stream().anyMatch(s -> name.equals(s.getName()))));
            service.setImage("nginx:latest");
            created = service;
            add = AddCommand.create(domain, cluster, MODEL.getCluster_Services(), service);
        }
        default -> {
            Network network = FACTORY.createNetwork();
            network.setName(freeName("network",
                    name -> cluster.allNetworks().stream().anyMatch(n -> name.equals(n.getName()))));
            network.setDriver(NetworkDriver.OVERLAY);
            created = network;
            add = AddCommand.create(domain, cluster, MODEL.getCluster_Networks(), network);
        }
        }
        if (position == null) {
            return add;
        }
        CompoundCommand both = new CompoundCommand("Add " + kind.title);
        both.append(add);
        both.append(new MoveShapesCommand(notation, Map.of(created, position)));
        return both;
    }

    private static String freeName(String base, Predicate<String> taken) {
        for (int i = 1;; i++) {
            if (!taken.test(base + i)) {
                return base + i;
            }
        }
    }

    /** Whether the service may be attached to the network: not yet attached, and the network is not a node-local one. */
    public static boolean canAttach(Service service, Network network) {
        return service.getNetworks().stream().noneMatch(a -> a.getNetwork() == network) && !network.isImplicit();
    }

    /** Attaches the service to the network (a new NetworkAttachment). */
    public static Command attach(EditingDomain domain, Service service, Network network) {
        if (!canAttach(service, network)) {
            return UnexecutableCommand.INSTANCE;
        }
        NetworkAttachment attachment = FACTORY.createNetworkAttachment();
        attachment.setNetwork(network);
        return AddCommand.create(domain, service, MODEL.getService_Networks(), attachment);
    }

    /** The constraints a drop of a service onto a node may create, in the order the dialog offers them. */
    public static List<String> pinChoices(Node node) {
        List<String> choices = new ArrayList<>();
        if (node.getHostname() != null) {
            choices.add("node.hostname == " + node.getHostname());
        }
        choices.add("node.role == " + node.getRole().getLiteral());
        for (Label label : node.getLabels()) {
            choices.add(labelConstraint(label));
        }
        return choices;
    }

    public static String labelConstraint(Label label) {
        return "node.labels." + label.getKey() + " == " + label.getValue();
    }

    /** Adds a placement constraint to the service, unless it has that one already. */
    public static Command constrain(EditingDomain domain, Service service, String expression) {
        if (expression == null
                || service.getConstraints().stream().anyMatch(c -> expression.equals(c.getExpression()))) {
            return UnexecutableCommand.INSTANCE;
        }
        Constraint constraint = FACTORY.createConstraint();
        constraint.setExpression(expression);
        return AddCommand.create(domain, service, MODEL.getService_Constraints(), constraint);
    }

    /**
     * Deletes the selected model elements, from the diagram or the tree; deleting a network also deletes
     * the attachments to it, which would otherwise point nowhere. The cluster itself, and tasks (shapes
     * that are not model elements), are skipped.
     */
    public static Command delete(EditingDomain domain, Collection<?> selected) {
        Set<EObject> doomed = new LinkedHashSet<>();
        for (Object element : selected) {
            if (element instanceof EObject eObject && eObject.eContainer() != null) {
                doomed.add(eObject);
            }
        }
        for (EObject element : List.copyOf(doomed)) {
            if (element instanceof Network network
                    && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(network) instanceof Cluster cluster) {
                for (Service service : cluster.allServices()) {
                    service.getNetworks().stream().filter(a -> a.getNetwork() == network)
                            .filter(a -> !doomed.contains(service) && !doomed.contains(service.eContainer()))
                            .forEach(doomed::add);
                }
            }
        }
        return doomed.isEmpty() ? UnexecutableCommand.INSTANCE : DeleteCommand.create(domain, doomed);
    }
}
