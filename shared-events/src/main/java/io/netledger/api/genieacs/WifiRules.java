package io.netledger.api.genieacs;

import static io.netledger.api.RuleViolation.check;

import java.nio.charset.StandardCharsets;

/**
 * What IEEE 802.11 and WPA2-Personal allow, checked before anything is sealed or sent: an SSID of 1 to 32 bytes
 * (UTF-8 here) without control characters; a passphrase of 8 to 63 printable ASCII characters, or exactly 64
 * hexadecimal digits (the pre-shared key itself).
 */
public final class WifiRules {

    private WifiRules() {
    }

    public static String ssid(String ssid) {
        check(ssid != null && !ssid.isEmpty(), "ssid is required");
        int bytes = ssid.getBytes(StandardCharsets.UTF_8).length;
        check(bytes <= 32, "ssid is at most 32 bytes (UTF-8), not " + bytes);
        check(ssid.chars().noneMatch(Character::isISOControl), "ssid must not hold control characters");
        return ssid;
    }

    public static void passphrase(String passphrase) {
        check(passphrase != null && !passphrase.isEmpty(), "passphrase is required");
        boolean printable = passphrase.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
        boolean psk = passphrase.length() == 64 && passphrase.chars().allMatch(c -> Character.digit(c, 16) >= 0);
        check(psk || printable && passphrase.length() >= 8 && passphrase.length() <= 63,
                "passphrase is 8 to 63 printable ASCII characters, or 64 hexadecimal digits (WPA2)");
    }
}
