package io.netledger.routeros.mikrotik;

import java.util.Objects;

/**
 * How {@link MikrotikRouterGateway} treats every router it talks to.
 *
 * @param connectionsPerRouter the most API sessions kept open to one router at once; more
 *                             callers wait (at most the NAS's connect timeout) for one to
 *                             be free. A RouterOS user may hold only so many sessions, and
 *                             a small router answers a few at a time anyway.
 * @param tlsTrust             which certificates a router speaking {@code api-ssl} may present
 */
public record MikrotikSettings(int connectionsPerRouter, TlsTrust tlsTrust) {

    public static final int DEFAULT_CONNECTIONS_PER_ROUTER = 2;

    public MikrotikSettings {
        if (connectionsPerRouter < 1) {
            throw new IllegalArgumentException("at least one connection per router, not " + connectionsPerRouter);
        }
        Objects.requireNonNull(tlsTrust, "tlsTrust");
    }

    /** Two connections per router; TLS certificates checked against the JVM's trust store. */
    public static MikrotikSettings defaults() {
        return new MikrotikSettings(DEFAULT_CONNECTIONS_PER_ROUTER, TlsTrust.systemTrustStore());
    }

    public MikrotikSettings withConnectionsPerRouter(int connections) {
        return new MikrotikSettings(connections, tlsTrust);
    }

    public MikrotikSettings withTlsTrust(TlsTrust trust) {
        return new MikrotikSettings(connectionsPerRouter, trust);
    }
}
