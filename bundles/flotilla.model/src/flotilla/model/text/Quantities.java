package flotilla.model.text;

import java.util.ArrayList;
import java.util.List;

import flotilla.model.Resources;

/** CPU, memory and durations the way docker prints them. */
public final class Quantities
{
  private static final long NANO_CPUS_PER_CPU = 1_000_000_000L;

  private static final String[] BINARY_UNITS = { "B", "KiB", "MiB", "GiB", "TiB" };

  private Quantities()
  {
  }

  public static String cpus(long nanoCPUs)
  {
    String number = nanoCPUs % NANO_CPUS_PER_CPU == 0 ? Long.toString(nanoCPUs / NANO_CPUS_PER_CPU)
      : Double.toString((double)nanoCPUs / NANO_CPUS_PER_CPU);
    return number + (nanoCPUs == NANO_CPUS_PER_CPU ? " CPU" : " CPUs");
  }

  public static String bytes(long bytes)
  {
    int unit = 0;
    double amount = bytes;
    while (amount >= 1024 && unit < BINARY_UNITS.length - 1 && amount % 1024 == 0)
    {
      amount /= 1024;
      unit++;
    }
    return (long)amount + " " + BINARY_UNITS[unit];
  }

  /** Nanoseconds as docker writes a duration: 1m30s, 5s, 250ms, 0s. */
  public static String duration(long nanos)
  {
    if (nanos % 1_000_000_000L != 0)
    {
      return nanos % 1_000_000L == 0 ? nanos / 1_000_000L + "ms" : nanos + "ns";
    }
    long seconds = nanos / 1_000_000_000L;
    StringBuilder result = new StringBuilder();
    if (seconds >= 3600)
    {
      result.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60)
    {
      result.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 != 0 || result.isEmpty())
    {
      result.append(seconds % 60).append('s');
    }
    return result.toString();
  }

  /** "2 CPUs and 4 GiB", leaving out what is zero; "nothing" when both are. */
  public static String resources(Resources resources)
  {
    List<String> parts = new ArrayList<>();
    if (resources.getNanoCPUs() != 0)
    {
      parts.add(cpus(resources.getNanoCPUs()));
    }
    if (resources.getMemoryBytes() != 0)
    {
      parts.add(bytes(resources.getMemoryBytes()));
    }
    return parts.isEmpty() ? "nothing" : String.join(" and ", parts);
  }
}
