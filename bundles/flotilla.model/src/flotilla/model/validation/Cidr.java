package flotilla.model.validation;

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
public record Cidr(BigInteger network, int length, int bits)
{
  public static Cidr parse(String text)
  {
    int slash = text.indexOf('/');
    if (slash < 0)
    {
      throw new IllegalArgumentException("'" + text + "' is not in CIDR form ADDRESS/LENGTH");
    }
    String address = text.substring(0, slash);
    // Only literals reach InetAddress, which would otherwise look a name up in DNS.
    boolean ipv4 = address.matches("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    boolean ipv6 = address.contains(":") && address.matches("[0-9a-fA-F:.]+");
    if (!ipv4 && !ipv6)
    {
      throw new IllegalArgumentException("'" + address + "' is not an IP address");
    }
    byte[] bytes;
    try
    {
      bytes = InetAddress.getByName(address).getAddress();
    }
    catch (UnknownHostException exception)
    {
      throw new IllegalArgumentException("'" + address + "' is not an IP address", exception);
    }
    int bits = bytes.length * 8;
    int length;
    try
    {
      length = Integer.parseInt(text.substring(slash + 1));
    }
    catch (NumberFormatException exception)
    {
      throw new IllegalArgumentException("'" + text.substring(slash + 1) + "' is not a prefix length", exception);
    }
    if (length < 0 || length > bits)
    {
      throw new IllegalArgumentException("prefix length " + length + " is outside 0.." + bits);
    }
    BigInteger value = new BigInteger(1, bytes);
    return new Cidr(value.shiftRight(bits - length).shiftLeft(bits - length), length, bits);
  }

  public boolean overlaps(Cidr other)
  {
    if (bits != other.bits)
    {
      return false;
    }
    int common = Math.min(length, other.length);
    return network.shiftRight(bits - common).equals(other.network.shiftRight(bits - common));
  }
}
