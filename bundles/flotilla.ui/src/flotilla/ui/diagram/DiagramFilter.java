package flotilla.ui.diagram;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import flotilla.model.Cluster;
import flotilla.model.Label;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.Node;
import flotilla.model.Service;

/**
 * The diagram's filter box: which elements to show for a search text. An element matches when the text
 * (trimmed, any case) is part of a node's hostname or {@code key=value} label, of a service's name,
 * image or label, or of a network's name; what a match is attached to stays in view, so that a
 * service shows with its networks, a network with its services, and a node or service with the tasks
 * joining them. Plain model in, plain set out: no widgets.
 */
public final class DiagramFilter {

    private final String text;

    public DiagramFilter(String text) {
        this.text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the text is blank, so nothing is hidden. */
    public boolean showsEverything() {
        return text.isEmpty();
    }

    /**
     * The elements to show (nodes, services, networks and tasks), or {@code null} when the filter shows
     * everything.
     */
    public Set<Object> shown(Cluster cluster, Collection<DiagramTask> tasks) {
        if (showsEverything() || cluster == null) {
            return null;
        }
        Set<Object> matched = matches(cluster);
        Set<Object> shown = new HashSet<>(matched);
        for (Service service : cluster.allServices()) {
            for (NetworkAttachment attachment : service.getNetworks()) {
                if (matched.contains(service) || matched.contains(attachment.getNetwork())) {
                    shown.add(service);
                    shown.add(attachment.getNetwork());
                }
            }
        }
        for (DiagramTask task : tasks) {
            if (matched.contains(task.service()) || matched.contains(task.node())) {
                shown.add(task);
                shown.add(task.node());
                shown.add(task.service());
            }
        }
        return shown;
    }

    /** The nodes, services and networks the text itself matches. */
    private Set<Object> matches(Cluster cluster) {
        Set<Object> matched = new HashSet<>();
        for (Node node : cluster.getNodes()) {
            if (contains(node.getHostname()) || anyLabelContains(node.getLabels())) {
                matched.add(node);
            }
        }
        for (Service service : cluster.allServices()) {
            if (contains(service.qualifiedName()) || contains(service.getImage())
                    || anyLabelContains(service.getLabels())) {
                matched.add(service);
            }
        }
        for (Network network : cluster.allNetworks()) {
            if (contains(network.qualifiedName())) {
                matched.add(network);
            }
        }
        return matched;
    }

    private boolean anyLabelContains(List<Label> labels) {
        return labels.stream().anyMatch(label -> contains(label.getKey() + "=" + label.getValue()));
    }

    private boolean contains(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }
}
