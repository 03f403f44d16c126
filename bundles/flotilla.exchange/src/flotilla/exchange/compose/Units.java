package flotilla.exchange.compose;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quantities a compose file writes as text, read as the docker CLI reads them: Go durations ({@code 10s},
 * {@code 1m30s}, {@code 1.5h}) into nanoseconds, memory sizes ({@code 512M}, {@code 1.5g}, binary units) into
 * bytes, CPUs ({@code '0.5'}) into nano-CPUs; and written back the same way. Each parser throws
 * {@link IllegalArgumentException} with a message meant for the user.
 */
final class Units
{
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|ms|s|m|h)");

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?");

  private static final String SIZE_UNITS = "kmgtp";

  private static final BigDecimal NANOS_PER_CPU = BigDecimal.valueOf(1_000_000_000L);

  private Units()
  {
  }

  static long duration(String text)
  {
    String rest = text.startsWith("+") ? text.substring(1) : text;
    if (rest.equals("0"))
    {
      return 0;
    }
    if (rest.isEmpty() || rest.startsWith("-"))
    {
      throw new IllegalArgumentException("'" + text + "' is not a duration; expected one such as 10s, 1m30s or 1h");
    }
    Matcher matcher = DURATION_PART.matcher(rest);
    BigDecimal total = BigDecimal.ZERO;
    int position = 0;
    while (position < rest.length())
    {
      if (!matcher.find(position) || matcher.start() != position)
      {
        throw new IllegalArgumentException("'" + text + "' is not a duration; expected one such as 10s, 1m30s or 1h (a number needs a unit)");
      }
      total = total.add(new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(nanosPer(matcher.group(2)))));
      position = matcher.end();
    }
    return total.longValue();
  }

  private static long nanosPer(String unit)
  {
    return switch (unit)
    {
      case "ns" -> 1L;
      case "us", "µs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      default -> 3_600_000_000_000L;
    };
  }

  static long bytes(String text)
  {
    Matcher matcher = SIZE.matcher(text.trim());
    if (!matcher.matches())
    {
      throw new IllegalArgumentException("'" + text + "' is not a size; expected bytes or a number with a unit such as 512M or 2G");
    }
    long multiplier = matcher.group(2) == null ? 1 : 1L << 10 * (SIZE_UNITS.indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) + 1);
    return new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(multiplier)).longValue();
  }

  static long nanoCPUs(String text)
  {
    BigDecimal cpus;
    try
    {
      cpus = new BigDecimal(text.trim());
    }
    catch (NumberFormatException exception)
    {
      throw new IllegalArgumentException("'" + text + "' is not a number of CPUs such as 0.5 or 2", exception);
    }
    if (cpus.signum() < 0)
    {
      throw new IllegalArgumentException("a number of CPUs cannot be negative: " + text);
    }
    BigDecimal nanos = cpus.multiply(NANOS_PER_CPU);
    if (nanos.stripTrailingZeros().scale() > 0)
    {
      throw new IllegalArgumentException("'" + text + "' is too precise: CPUs have at most 9 decimals");
    }
    return nanos.longValueExact();
  }

  /** CPUs as the compose file writes them: {@code 0.5}, {@code 2}. */
  static String cpus(long nanoCPUs)
  {
    return BigDecimal.valueOf(nanoCPUs).divide(NANOS_PER_CPU).stripTrailingZeros().toPlainString();
  }

  /** Bytes in the largest binary unit that divides them: {@code 512M}, {@code 2G}, else the plain number. */
  static String size(long bytes)
  {
    for (int unit = SIZE_UNITS.length(); unit > 0; unit--)
    {
      long multiplier = 1L << 10 * unit;
      if (bytes != 0 && bytes % multiplier == 0)
      {
        return bytes / multiplier + SIZE_UNITS.substring(unit - 1, unit).toUpperCase(Locale.ROOT);
      }
    }
    return Long.toString(bytes);
  }
}
