package flotilla.model.text;

import java.util.Locale;

/**
 * Architecture names: engines report the kernel's ({@code uname -m}: x86_64, aarch64, armv7l), images and Kubernetes
 * use Go's (amd64, arm64, arm). One table for both directions of reading.
 */
public final class Architectures {
    private Architectures() {
    }

    /**
     * The name swarm's platform filter compares: x86_64 is amd64 and aarch64 is arm64, nothing else is renamed (so,
     * as on a real swarm, an armv7l node does not take an image built for arm).
     */
    public static String swarm(String arch) {
        return switch (arch) {
        case "x86_64" -> "amd64";
        case "aarch64" -> "arm64";
        default -> arch;
        };
    }

    /** Go's GOARCH for an engine's architecture, as the kubernetes.io/arch label has it. */
    public static String go(String arch) {
        String lower = arch.toLowerCase(Locale.ROOT);
        return switch (lower) {
        case "armv7l", "armv6l", "armhf", "armel" -> "arm";
        case "i386", "i686" -> "386";
        default -> swarm(lower);
        };
    }

    /** Whether an image built for {@code wanted} runs on a node of {@code actual}, as swarm's filter decides. */
    public static boolean sameForSwarm(String wanted, String actual) {
        return swarm(wanted).equals(swarm(actual));
    }
}
