package flotilla.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.text.ElementNames;
import flotilla.model.text.Cidr;

/** Overlays span every node, so their subnets must not overlap; swarm refuses to create one that does. */
public final class SubnetRules {
    private SubnetRules() {
    }

    public static boolean disjointOverlaySubnets(Cluster cluster, DiagnosticChain diagnostics) {
        boolean valid = true;
        List<Network> checked = new ArrayList<>();
        List<Cidr> subnets = new ArrayList<>();
        for (Network network : cluster.allNetworks()) {
            if (network.getDriver() != NetworkDriver.OVERLAY || network.getSubnet() == null
                    || network.getSubnet().isBlank()) {
                continue;
            }
            Cidr subnet;
            try {
                subnet = Cidr.parse(network.getSubnet().trim());
            } catch (IllegalArgumentException exception) {
                valid = Rule.DISJOINT_OVERLAY_SUBNETS.report(diagnostics, Diagnostic.ERROR, network,
                        "subnet: " + exception.getMessage());
                continue;
            }
            for (int i = 0; i < subnets.size(); i++) {
                if (subnets.get(i).overlaps(subnet)) {
                    valid = Rule.DISJOINT_OVERLAY_SUBNETS.report(diagnostics, Diagnostic.ERROR, network,
                            "subnet " + network.getSubnet() + " overlaps " + checked.get(i).getSubnet() + " of "
                                    + ElementNames.describe(checked.get(i)));
                }
            }
            checked.add(network);
            subnets.add(subnet);
        }
        return valid;
    }
}
