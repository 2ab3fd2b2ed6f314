package io.netledger.command.subscription;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A device's Ethernet address as RouterOS writes it, {@code AA:BB:CC:DD:EE:FF}, whichever
 * way it was typed ({@code aa-bb-…}, Cisco's {@code aabb.ccdd.eeff}, bare hex).
 */
final class MacAddress {

    private static final Pattern SEPARATED = Pattern.compile("^\\p{XDigit}{2}([:-])(\\p{XDigit}{2}\\1){4}\\p{XDigit}{2}$");
    private static final Pattern DOTTED = Pattern.compile("^\\p{XDigit}{4}\\.\\p{XDigit}{4}\\.\\p{XDigit}{4}$");
    private static final Pattern BARE = Pattern.compile("^\\p{XDigit}{12}$");

    private MacAddress() {
    }

    /** The normal form; an {@link IllegalArgumentException} for anything that is no single device's address. */
    static String normalise(String mac) {
        String value = mac.strip();
        if (!SEPARATED.matcher(value).matches() && !DOTTED.matcher(value).matches()
                && !BARE.matcher(value).matches()) {
            throw new IllegalArgumentException("macAddress is not a MAC address such as AA:BB:CC:DD:EE:FF: " + mac);
        }
        String hex = value.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
        // The low bit of the first octet marks a group (multicast or broadcast) address.
        if ((Integer.parseInt(hex.substring(0, 2), 16) & 1) == 1) {
            throw new IllegalArgumentException("macAddress is a group address, not a device's: " + mac);
        }
        if (hex.equals("000000000000")) {
            throw new IllegalArgumentException("macAddress 00:00:00:00:00:00 names no device");
        }
        StringBuilder normal = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                normal.append(':');
            }
            normal.append(hex, i, i + 2);
        }
        return normal.toString();
    }
}
