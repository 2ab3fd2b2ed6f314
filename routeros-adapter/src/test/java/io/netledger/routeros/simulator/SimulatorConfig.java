package io.netledger.routeros.simulator;

import java.util.Objects;

/**
 * How a simulator presents itself.
 *
 * @param port     the TCP port to listen on; 0 picks a free one ({@link RouterOsSimulator#port()} tells which)
 * @param username the API user that may log in
 * @param password that user's password
 * @param version  the RouterOS version emulated: below 6.43 login is the MD5 challenge only,
 *                 from 6.43 the plaintext {@code =name= =password=} only; from 7.18 a print
 *                 that finds nothing answers {@code !empty} before {@code !done}
 * @param tls      serve api-ssl (TLS with a self-signed certificate) instead of plain api
 */
public record SimulatorConfig(int port, String username, String password, String version, boolean tls) {

    public SimulatorConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a router has a user name to log in with");
        }
        Objects.requireNonNull(password, "password (empty is allowed, as on a new router)");
        RouterOsVersion.parse(version);
    }

    /** A free port, user {@code admin} with password {@code secret}, RouterOS 7.16, plain api. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(0, "admin", "secret", "7.16", false);
    }

    public SimulatorConfig withPort(int port) {
        return new SimulatorConfig(port, username, password, version, tls);
    }

    public SimulatorConfig withCredentials(String username, String password) {
        return new SimulatorConfig(port, username, password, version, tls);
    }

    public SimulatorConfig withVersion(String version) {
        return new SimulatorConfig(port, username, password, version, tls);
    }

    public SimulatorConfig withTls(boolean tls) {
        return new SimulatorConfig(port, username, password, version, tls);
    }

    RouterOsVersion routerOsVersion() {
        return RouterOsVersion.parse(version);
    }
}
