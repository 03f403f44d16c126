package flotilla.exchange.kubernetes;

import java.util.Locale;

/** Swarm names made into Kubernetes object names: DNS-1123 labels, lower case, {@code _} and dots as dashes. */
final class KubernetesNames {
    private static final int MAX_LENGTH = 63;

    private KubernetesNames() {
    }

    static String of(String swarmName) {
        String name = swarmName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return name.isEmpty() ? "unnamed" : name;
    }
}
