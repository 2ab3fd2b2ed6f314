package io.netledger.routeros.simulator;

import java.util.Locale;
import java.util.Map;

/**
 * What the router of an ISP that has not used NetLedger yet holds: two speed profiles and PPPoE customers written
 * by hand, their names in the comment, a fixed address for some, every tenth one disabled (isolir by hand), and
 * one VPN line that is nobody's subscription. Something to import.
 */
final class ExistingInstallation {

    static final int MAX_SECRETS = 100_000;
    private static final String[] PROFILES = {"10M-20M", "5M-10M"};

    private ExistingInstallation() {
    }

    static void seed(RouterState state, int secrets) {
        if (secrets == 0) {
            return;
        }
        state.add("/ppp/profile", Map.of("name", PROFILES[0], "rate-limit", "10M/20M"));
        state.add("/ppp/profile", Map.of("name", PROFILES[1], "rate-limit", "5M/10M"));
        for (int i = 1; i <= secrets; i++) {
            String number = String.format(Locale.ROOT, "%03d", i);
            state.add("/ppp/secret", Map.of("name", "pelanggan-" + number, "password", "rahasia-" + number,
                    "service", "pppoe", "profile", PROFILES[i % 2], "comment", "Pelanggan " + number,
                    "remote-address", i % 3 == 0 ? "10.99." + (i / 250) + "." + (i % 250 + 2) : "",
                    "disabled", i % 10 == 0 ? "true" : "false"));
        }
        state.add("/ppp/secret", Map.of("name", "vpn-kantor", "password", "vpn", "service", "l2tp",
                "profile", "default", "comment", "kantor pusat", "disabled", "false"));
    }
}
