package io.netledger.routeros.simulator;

import java.util.Map;

/**
 * What a freshly booted router already holds, so a demo has something to show: the two
 * factory PPP profiles, two Ethernet ports with traffic on them, its resources and a few
 * log lines.
 */
final class DefaultConfiguration {

    private DefaultConfiguration() {
    }

    static void seed(RouterState state, RouterOsVersion version) {
        // The factory profiles have these fixed ids on every router.
        state.insertAt(Menus.PPP_PROFILE, 0, Map.of("name", "default"));
        state.insertAt(Menus.PPP_PROFILE, 0xFFFF_FFFEL, Map.of("name", "default-encryption", "use-encryption", "yes"));

        RouterClock clock = state.clock();
        String linkUp = clock.dateTime(clock.now());
        state.insert(Menus.INTERFACE, Map.of("name", "ether1", "default-name", "ether1",
                "mac-address", "4C:5E:0C:5A:31:01", "last-link-up-time", linkUp,
                "rx-byte", "982734561234", "tx-byte", "123987456001", "rx-packet", "701234567", "tx-packet", "298765432"));
        state.insert(Menus.INTERFACE, Map.of("name", "ether2", "default-name", "ether2",
                "mac-address", "4C:5E:0C:5A:31:02", "last-link-up-time", linkUp,
                "rx-byte", "120398475112", "tx-byte", "908172634590", "rx-packet", "210987654", "tx-packet", "680123456"));

        state.insertAt(Menus.SYSTEM_RESOURCE, 0, Map.ofEntries(
                Map.entry("uptime", clock.uptime()),
                Map.entry("version", version.releaseName()),
                Map.entry("build-time", clock.dateTime(clock.now().minusDays(60).withHour(9).withMinute(12).withSecond(41))),
                Map.entry("factory-software", version.major() >= 7 ? "7.1" : "6.40"),
                Map.entry("free-memory", "3617587200"),
                Map.entry("total-memory", "4294967296"),
                Map.entry("cpu", "ARM64"),
                Map.entry("cpu-count", "4"),
                Map.entry("cpu-frequency", "1700"),
                Map.entry("cpu-load", "7"),
                Map.entry("free-hdd-space", "95834112"),
                Map.entry("total-hdd-space", "134217728"),
                Map.entry("write-sect-since-reboot", "2310"),
                Map.entry("write-sect-total", "1834501"),
                Map.entry("architecture-name", "arm64"),
                Map.entry("board-name", "CCR2004-16G-2S+"),
                Map.entry("platform", "MikroTik")));

        state.log("system,info", "router rebooted");
        state.log("interface,info", "ether1 link up (speed 1G, full duplex)");
        state.log("interface,info", "ether2 link up (speed 1G, full duplex)");
    }
}
