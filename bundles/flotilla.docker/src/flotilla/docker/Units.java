package flotilla.docker;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Docker's notations for durations (Go's "1m30s"), sizes ("512m", "1.5GiB") and CPUs ("0.5"). */
final class Units {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("(?i)^(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)(i?b)?$");

    private Units() {
    }

    /** Milliseconds in a Go duration such as 10s, 1m30s or 500ms. */
    static long duration(String text) {
        if (text.equals("0")) {
            return 0;
        }
        Matcher m = DURATION_PART.matcher(text);
        double millis = 0;
        int at = 0;
        while (m.find() && m.start() == at) {
            double value = Double.parseDouble(m.group(1));
            millis += value * switch (m.group(2)) {
                case "ns" -> 1e-6;
                case "us", "µs" -> 1e-3;
                case "ms" -> 1;
                case "s" -> 1e3;
                case "m" -> 6e4;
                default -> 3.6e6;
            };
            at = m.end();
        }
        if (at == 0 || at != text.length()) {
            throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
        }
        return Math.round(millis);
    }

    /** Bytes in a RAM size as Docker reads it: binary multiples, unit letter case-insensitive. */
    static long bytes(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid size: '" + text + "'");
        }
        // A bare number is bytes.
        int power = m.group(2).isEmpty() ? 0 : "kmgtp".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        return (long) (Double.parseDouble(m.group(1)) * Math.pow(1024, power));
    }

    static long nanoCpus(String text) {
        try {
            return Math.round(Double.parseDouble(text) * 1e9);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid argument \"" + text + "\": failed to parse " + text
                    + " as a rational number");
        }
    }

    /** Go's units.HumanDuration, as `docker service ps` uses it for "Running 5 seconds ago". */
    static String humanDuration(long millis) {
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
}
