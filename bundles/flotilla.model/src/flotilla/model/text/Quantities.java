package flotilla.model.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import flotilla.model.Resources;

/**
 * Durations, sizes and CPUs in Docker's notations, read and written in one place: Go durations ({@code 1m30s}),
 * RAM sizes in binary units ({@code 512M}, {@code 1.5GiB}), CPUs as a rational number ({@code 0.5}); and the way
 * docker prints them. Parsers throw {@link IllegalArgumentException} with the message Go or the docker CLI gives.
 */
public final class Quantities {
    private static final long NANO_CPUS_PER_CPU = 1_000_000_000L;

    /** Docker's (go-units') binary units, as it prints sizes for people. */
    private static final String[] BINARY_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    /** The docker CLI's RAM size (go-units RAMInBytes): a number, one optional blank, a binary unit in any case. */
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?");

    private static final String SIZE_UNITS = "kmgtp";

    private Quantities() {
    }

    // ---- reading

    /**
     * Nanoseconds in a Go duration ({@code time.ParseDuration}): an optional sign, then numbers with an optional
     * fraction, each followed by a unit (ns, us, µs, ms, s, m, h); {@code 0} alone needs no unit.
     */
    public static long parseDuration(String text) {
        String rest = text;
        boolean negative = false;
        if (!rest.isEmpty() && (rest.charAt(0) == '-' || rest.charAt(0) == '+')) {
            negative = rest.charAt(0) == '-';
            rest = rest.substring(1);
        }
        if (rest.equals("0")) {
            return 0;
        }
        if (rest.isEmpty()) {
            throw invalidDuration(text);
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < rest.length()) {
            int start = i;
            while (i < rest.length() && isDigit(rest.charAt(i))) {
                i++;
            }
            boolean digitsBefore = i > start;
            boolean digitsAfter = false;
            if (i < rest.length() && rest.charAt(i) == '.') {
                i++;
                int fraction = i;
                while (i < rest.length() && isDigit(rest.charAt(i))) {
                    i++;
                }
                digitsAfter = i > fraction;
            }
            if (!digitsBefore && !digitsAfter) {
                throw invalidDuration(text);
            }
            String number = rest.substring(start, i);
            int unitStart = i;
            while (i < rest.length() && rest.charAt(i) != '.' && !isDigit(rest.charAt(i))) {
                i++;
            }
            if (i == unitStart) {
                throw new IllegalArgumentException("time: missing unit in duration " + goQuote(text));
            }
            String unit = rest.substring(unitStart, i);
            long nanosPerUnit = nanosPer(unit);
            if (nanosPerUnit == 0) {
                throw new IllegalArgumentException(
                        "time: unknown unit " + goQuote(unit) + " in duration " + goQuote(text));
            }
            total = total.add(
                    new BigDecimal(number.endsWith(".") ? number + "0" : number.startsWith(".") ? "0" + number : number)
                            .multiply(BigDecimal.valueOf(nanosPerUnit)));
        }
        BigInteger nanos = total.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
        if (nanos.bitLength() > 63) {
            throw invalidDuration(text);
        }
        return negative ? -nanos.longValue() : nanos.longValue();
    }

    private static long nanosPer(String unit) {
        return switch (unit) {
        case "ns" -> 1L;
        case "us", "\u00B5s", "\u03BCs" -> 1_000L;
        case "ms" -> 1_000_000L;
        case "s" -> 1_000_000_000L;
        case "m" -> 60_000_000_000L;
        case "h" -> 3_600_000_000_000L;
        default -> 0;
        };
    }

    private static IllegalArgumentException invalidDuration(String text) {
        return new IllegalArgumentException("time: invalid duration " + goQuote(text));
    }

    private static String goQuote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Bytes in a RAM size as the docker CLI reads it ({@code --limit-memory}, compose's {@code memory}): binary units. */
    public static long parseBytes(String text) {
        Matcher matcher = SIZE.matcher(text);
        BigDecimal number;
        try {
            number = matcher.matches() ? new BigDecimal(matcher.group(1)) : null;
        } catch (NumberFormatException exception) {
            number = null;
        }
        if (number == null) {
            throw new IllegalArgumentException("invalid size: '" + text + "'");
        }
        long multiplier = matcher.group(2) == null
                ? 1
                : 1L << 10 * (SIZE_UNITS.indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) + 1);
        return number.multiply(BigDecimal.valueOf(multiplier)).longValue();
    }

    /**
     * Nano-CPUs in a number of CPUs as the docker CLI reads it ({@code --limit-cpu 0.5}): a rational number, a
     * decimal or a fraction such as {@code 1/2}, that is a whole number of nano-CPUs.
     */
    public static long parseNanoCpus(String text) {
        BigDecimal cpus;
        try {
            int slash = text.indexOf('/');
            cpus = slash < 0
                    ? new BigDecimal(text)
                    : new BigDecimal(text.substring(0, slash)).divide(new BigDecimal(text.substring(slash + 1)), 18,
                            RoundingMode.HALF_EVEN);
        } catch (NumberFormatException | ArithmeticException exception) {
            throw new IllegalArgumentException("failed to parse " + text + " as a rational number", exception);
        }
        BigDecimal nanos = cpus.multiply(BigDecimal.valueOf(NANO_CPUS_PER_CPU));
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("value is too precise");
        }
        return nanos.longValueExact();
    }

    // ---- writing, as a file or a flag would have it

    /** CPUs as a compose file or a flag writes them: {@code 0.5}, {@code 2}. */
    public static String cpuNumber(long nanoCPUs) {
        return BigDecimal.valueOf(nanoCPUs).divide(BigDecimal.valueOf(NANO_CPUS_PER_CPU)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * Bytes in the largest binary unit that divides them, with that unit's suffix from {@code suffixes} (KiB first):
     * {@code 512M} with compose's suffixes, {@code 512Mi} with Kubernetes'; plain bytes when no unit divides them.
     */
    public static String binarySize(long bytes, String... suffixes) {
        for (int unit = suffixes.length; unit > 0; unit--) {
            long multiplier = 1L << 10 * unit;
            if (bytes != 0 && bytes % multiplier == 0) {
                return bytes / multiplier + suffixes[unit - 1];
            }
        }
        return Long.toString(bytes);
    }

    // ---- writing, as docker prints for people

    public static String cpus(long nanoCPUs) {
        String number = nanoCPUs % NANO_CPUS_PER_CPU == 0
                ? Long.toString(nanoCPUs / NANO_CPUS_PER_CPU)
                : Double.toString((double) nanoCPUs / NANO_CPUS_PER_CPU);
        return number + (nanoCPUs == NANO_CPUS_PER_CPU ? " CPU" : " CPUs");
    }

    /**
     * Bytes as docker prints them for people (go-units' BytesSize, e.g. `docker node inspect --pretty`): the largest
     * binary unit that leaves at least 1, four significant digits, no space: {@code 337.1GiB}, {@code 4GiB},
     * {@code 1000B}.
     */
    public static String bytes(long bytes) {
        double size = bytes;
        int unit = 0;
        while (Math.abs(size) >= 1024 && unit < BINARY_UNITS.length - 1) {
            size /= 1024;
            unit++;
        }
        return new BigDecimal(size).round(new java.math.MathContext(4, java.math.RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString()
                + BINARY_UNITS[unit];
    }

    /** Nanoseconds as docker writes a duration: 1m30s, 5s, 250ms, 0s. */
    public static String duration(long nanos) {
        if (nanos % 1_000_000_000L != 0) {
            return nanos % 1_000_000L == 0 ? nanos / 1_000_000L + "ms" : nanos + "ns";
        }
        long seconds = nanos / 1_000_000_000L;
        StringBuilder result = new StringBuilder();
        if (seconds >= 3600) {
            result.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            result.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 != 0 || result.isEmpty()) {
            result.append(seconds % 60).append('s');
        }
        return result.toString();
    }

    /** Go's units.HumanDuration, as {@code docker service ps} uses it for "Running 5 seconds ago". */
    public static String humanDuration(long millis) {
        long seconds = millis / 1000;
        if (seconds < 1) {
            return "Less than a second";
        } else if (seconds == 1) {
            return "1 second";
        } else if (seconds < 60) {
            return seconds + " seconds";
        }
        long minutes = seconds / 60;
        if (minutes == 1) {
            return "About a minute";
        } else if (minutes < 60) {
            return minutes + " minutes";
        }
        long hours = Math.round(millis / 3_600_000.0);
        if (hours == 1) {
            return "About an hour";
        } else if (hours < 48) {
            return hours + " hours";
        } else if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        }
        return hours / 24 / 7 + " weeks";
    }

    /** "2 CPUs and 4 GiB", leaving out what is zero; "nothing" when both are. */
    public static String resources(Resources resources) {
        List<String> parts = new ArrayList<>();
        if (resources.getNanoCPUs() != 0) {
            parts.add(cpus(resources.getNanoCPUs()));
        }
        if (resources.getMemoryBytes() != 0) {
            parts.add(bytes(resources.getMemoryBytes()));
        }
        return parts.isEmpty() ? "nothing" : String.join(" and ", parts);
    }
}
