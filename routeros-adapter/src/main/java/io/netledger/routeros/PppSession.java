package io.netledger.routeros;

import java.time.Duration;

/**
 * One live PPP connection ({@code /ppp/active}).
 *
 * @param id       the session's id, valid until it ends
 * @param name     the PPP secret's name the customer logged in with
 * @param service  e.g. {@code pppoe}
 * @param address  the address the customer was given, or null while none is assigned
 * @param callerId for PPPoE the customer router's MAC address, or null
 * @param uptime   how long the session has been up
 */
public record PppSession(
        RouterItemId id,
        String name,
        String service,
        String address,
        String callerId,
        Duration uptime) {

    public PppSession {
        if (id == null) {
            throw new IllegalArgumentException("a session has an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a session has a user name");
        }
        if (uptime == null || uptime.isNegative()) {
            throw new IllegalArgumentException("uptime cannot be negative or absent: " + uptime);
        }
    }
}
