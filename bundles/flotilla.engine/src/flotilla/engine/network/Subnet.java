package flotilla.engine.network;

import java.util.BitSet;

/**
 * An IPv4 subnet handing out addresses serially, as swarm's IPAM does: the next free address after the
 * last one given, so a released address is not reused at once. .0 is the network, .1 the gateway, and
 * the last one broadcast.
 */
final class Subnet {
    private final int base;
    private final int size;
    private final BitSet used = new BitSet();
    private int last = 1;

    Subnet(String cidr) {
        int slash = cidr.indexOf('/');
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        if (prefix < 8 || prefix > 30) {
            throw new IllegalArgumentException("invalid subnet " + cidr);
        }
        size = 1 << (32 - prefix);
        base = parse(cidr.substring(0, slash)) & -size;
    }

    /** The same subnet with its own record of addresses given out, for a forked swarm. */
    Subnet copy() {
        Subnet copy = new Subnet(cidr());
        copy.used.or(used);
        copy.last = last;
        return copy;
    }

    static int parse(String address) {
        String[] parts = address.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("invalid address " + address);
        }
        int value = 0;
        for (String p : parts) {
            int octet = Integer.parseInt(p);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("invalid address " + address);
            }
            value = value << 8 | octet;
        }
        return value;
    }

    static String format(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 255) + "." + (address >>> 8 & 255) + "." + (address & 255);
    }

    String cidr() {
        return format(base) + "/" + (32 - Integer.numberOfTrailingZeros(size));
    }

    String gateway() {
        return format(base + 1);
    }

    boolean overlaps(Subnet other) {
        return Integer.compareUnsigned(base, other.base + other.size - 1) <= 0
                && Integer.compareUnsigned(other.base, base + size - 1) <= 0;
    }

    /** The next free host address in CIDR form (10.0.1.5/24), or null when the subnet is full. */
    String allocate() {
        for (int tried = 0; tried < size - 3; tried++) {
            last = last + 1 >= size - 1 ? 2 : last + 1;
            if (!used.get(last)) {
                used.set(last);
                return format(base + last) + "/" + (32 - Integer.numberOfTrailingZeros(size));
            }
        }
        return null;
    }

    void release(String address) {
        int slash = address.indexOf('/');
        int host = parse(slash < 0 ? address : address.substring(0, slash)) - base;
        if (host > 0 && host < size) {
            used.clear(host);
        }
    }
}
