package io.netledger.command;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 address written out, never a name: checking one must not query DNS. */
public final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9a-fA-F:.]+$");

    private IpLiteral() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        if (IPV4.matcher(address).matches()) {
            return true;
        }
        if (!address.contains(":") || !IPV6_CHARS.matcher(address).matches()) {
            return false;
        }
        try {
            // With only hex digits, colons and dots this is parsed as a literal, never looked up.
            return InetAddress.getByName(address) != null;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** One spelling per address, so that {@code 2001:db8::1} and {@code 2001:0db8:0:0::1} are one claim. */
    public static String canonical(String address) {
        if (!isValid(address)) {
            throw new IllegalArgumentException("not an IP address: " + address);
        }
        if (IPV4.matcher(address).matches()) {
            return address;
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + address, e);
        }
    }
}
