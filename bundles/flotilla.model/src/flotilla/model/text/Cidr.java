package flotilla.model.text;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 prefix such as {@code 10.0.1.0/24}.
 *
 * @param network the address with the host bits cleared
 * @param length  the prefix length
 * @param bits    32 or 128
 */
public record Cidr(BigInteger network, int length, int bits) {
    private static final String IPV4_OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

    private static final String IPV4 = IPV4_OCTET + "(\\." + IPV4_OCTET + "){3}";

    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in CIDR form ADDRESS/LENGTH");
        }
        String address = text.substring(0, slash);
        byte[] bytes = address(address);
        if (bytes == null) {
            throw new IllegalArgumentException("'" + address + "' is not an IP address");
        }
        int bits = bytes.length * 8;
        int length;
        try {
            length = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException exception) {
            throw new IllegalArgumentException("'" + text.substring(slash + 1) + "' is not a prefix length", exception);
        }
        if (length < 0 || length > bits) {
            throw new IllegalArgumentException("prefix length " + length + " is outside 0.." + bits);
        }
        BigInteger value = new BigInteger(1, bytes);
        return new Cidr(value.shiftRight(bits - length).shiftLeft(bits - length), length, bits);
    }

    /** The prefix, or null when the text is not one. */
    public static Cidr parseOrNull(String text) {
        try {
            return text.indexOf('/') < 0 ? null : parse(text);
        } catch (IllegalArgumentException exception) {
            return null;
        }
    }

    /** The bytes of an IPv4 or IPv6 literal (4 or 16), or null when the text is not one. */
    public static byte[] address(String text) {
        // Only literals reach InetAddress, which would otherwise look a name up in DNS.
        boolean ipv4 = text.matches(IPV4);
        boolean ipv6 = text.contains(":") && text.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException exception) {
            return null;
        }
    }

    public boolean overlaps(Cidr other) {
        if (bits != other.bits) {
            return false;
        }
        int common = Math.min(length, other.length);
        return network.shiftRight(bits - common).equals(other.network.shiftRight(bits - common));
    }

    /** Whether the address (bytes of a literal) lies in this prefix; false for the other IP version. */
    public boolean contains(byte[] address) {
        if (address == null || address.length * 8 != bits) {
            return false;
        }
        return new BigInteger(1, address).shiftRight(bits - length).equals(network.shiftRight(bits - length));
    }
}
