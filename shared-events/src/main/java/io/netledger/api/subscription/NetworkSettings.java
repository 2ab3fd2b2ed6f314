package io.netledger.api.subscription;

import java.util.Map;

/**
 * How a subscription is connected: a row of {@code customer_networks} as staff set it.
 * The aggregate validates and normalises (MAC {@code AA:BB:CC:DD:EE:FF}, VLAN 1-4094).
 *
 * @param primary null keeps a changed network's flag; the first network is always primary
 */
public record NetworkSettings(
        String ipAddress,
        String macAddress,
        String interfaceName,
        String vlanId,
        String description,
        Boolean primary,
        Map<String, Object> networkConfig) {

    public NetworkSettings {
        ipAddress = text(ipAddress);
        macAddress = text(macAddress);
        interfaceName = text(interfaceName);
        vlanId = text(vlanId);
        description = text(description);
        networkConfig = networkConfig == null ? Map.of() : Map.copyOf(networkConfig);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
