package flotilla.exchange.kubernetes;

import java.util.Locale;

/** CPU, memory and architectures as Kubernetes writes them. */
final class KubernetesQuantities
{
  private static final long NANOS_PER_MILLI_CPU = 1_000_000L;

  private static final String[] BINARY_SUFFIXES = { "Ki", "Mi", "Gi", "Ti" };

  private KubernetesQuantities()
  {
  }

  /** Whole CPUs as a number, else millicores ({@code 500m}), rounded up: Kubernetes counts no finer. */
  static String cpu(long nanoCPUs)
  {
    long millis = (nanoCPUs + NANOS_PER_MILLI_CPU - 1) / NANOS_PER_MILLI_CPU;
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
  }

  /** Bytes in the largest binary suffix that divides them ({@code 512Mi}), else plain bytes. */
  static String memory(long bytes)
  {
    for (int i = BINARY_SUFFIXES.length; i > 0; i--)
    {
      long unit = 1L << 10 * i;
      if (bytes % unit == 0)
      {
        return bytes / unit + BINARY_SUFFIXES[i - 1];
      }
    }
    return Long.toString(bytes);
  }

  /** Docker's architecture names (uname) as the kubernetes.io/arch label has them (Go's). */
  static String architecture(String docker)
  {
    return switch (docker.toLowerCase(Locale.ROOT))
    {
      case "x86_64" -> "amd64";
      case "aarch64" -> "arm64";
      case "armv7l" -> "arm";
      default -> docker;
    };
  }
}
