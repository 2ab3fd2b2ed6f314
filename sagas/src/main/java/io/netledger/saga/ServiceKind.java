package io.netledger.saga;

import java.util.Locale;

/**
 * How a plan's customers reach the network, from the plan's {@code metadata.service}: {@code pppoe} (a PPP
 * secret whose profile carries the rate limit; the default), {@code hotspot} (a hotspot user) or
 * {@code static} (a fixed IP limited by a simple queue).
 */
public enum ServiceKind {
    PPPOE, HOTSPOT, STATIC;

    static ServiceKind of(Object metadataValue) {
        if (metadataValue == null || metadataValue.toString().isBlank()) {
            return PPPOE;
        }
        return switch (metadataValue.toString().strip().toLowerCase(Locale.ROOT)) {
            case "hotspot" -> HOTSPOT;
            case "static", "static_ip" -> STATIC;
            default -> PPPOE;
        };
    }
}
