package flotilla.exchange.kubernetes;

import flotilla.model.text.Architectures;
import flotilla.model.text.Quantities;

/** CPU, memory and architectures as Kubernetes writes them. */
final class KubernetesQuantities {
    private static final long NANOS_PER_MILLI_CPU = 1_000_000L;

    private static final String[] BINARY_SUFFIXES = {"Ki", "Mi", "Gi", "Ti"};

    private KubernetesQuantities() {
    }

    /** Whole CPUs as a number, else millicores ({@code 500m}), rounded up: Kubernetes counts no finer. */
    static String cpu(long nanoCPUs) {
        long millis = (nanoCPUs + NANOS_PER_MILLI_CPU - 1) / NANOS_PER_MILLI_CPU;
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
    }

    /** Bytes in the largest binary suffix that divides them ({@code 512Mi}), else plain bytes. */
    static String memory(long bytes) {
        return Quantities.binarySize(bytes, BINARY_SUFFIXES);
    }

    /** Docker's architecture names (uname) as the kubernetes.io/arch label has them (Go's). */
    static String architecture(String docker) {
        return Architectures.go(docker);
    }
}
