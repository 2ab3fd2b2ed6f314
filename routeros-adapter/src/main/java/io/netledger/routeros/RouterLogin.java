package io.netledger.routeros;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and log in to one router's API: where it listens, as whom, and how long to wait. The
 * back office makes one from a {@code nas_servers} row; the adapter knows routers, not NAS records.
 *
 * @param host           IP address or DNS name
 * @param port           the API port: 8728 plain, 8729 with TLS unless the router moved it
 * @param username       the RouterOS user the back office logs in as
 * @param password       that user's password as stored, still encrypted; the gateway
 *                       decrypts it only to log in
 * @param tls            whether to speak TLS ({@code api-ssl})
 * @param connectTimeout how long to wait for the TCP (and TLS) connection
 * @param commandTimeout how long to wait for a command's last reply
 */
public record RouterLogin(
        String host,
        int port,
        String username,
        EncryptedPassword password,
        boolean tls,
        Duration connectTimeout,
        Duration commandTimeout) {

    public static final int API_PORT = 8728;
    public static final int API_SSL_PORT = 8729;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(15);

    public RouterLogin {
        requireText(host, "host");
        requireText(username, "username");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1-65535, not " + port);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(commandTimeout, "commandTimeout");
    }

    /** A router on the standard API port for {@code tls}, with the default timeouts. */
    public static RouterLogin of(String host, String username, EncryptedPassword password, boolean tls) {
        return new RouterLogin(host, tls ? API_SSL_PORT : API_PORT, username, password, tls,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_COMMAND_TIMEOUT);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static void requirePositive(Duration timeout, String name) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + timeout);
        }
    }
}
