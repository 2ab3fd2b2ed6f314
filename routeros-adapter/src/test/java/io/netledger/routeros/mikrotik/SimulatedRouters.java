package io.netledger.routeros.mikrotik;

import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Simulated routers, the endpoints to reach them, and a stand-in for the AES-GCM password opener. */
final class SimulatedRouters {

    static final String ROUTER_USER = "admin";
    static final String ROUTER_PASSWORD = "s3cret pass";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(3);

    private static final String MARK = "test:";

    /** Opens only what {@link #seal} made, as the real opener opens only its own ciphertext. */
    static final PasswordOpener OPENER = sealed -> {
        if (!sealed.ciphertext().startsWith(MARK)) {
            throw new IllegalArgumentException("not sealed by this test");
        }
        byte[] plain = Base64.getDecoder().decode(sealed.ciphertext().substring(MARK.length()));
        return new String(plain, StandardCharsets.UTF_8).toCharArray();
    };

    private SimulatedRouters() {
    }

    static EncryptedPassword seal(String password) {
        return new EncryptedPassword(MARK + Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
    }

    static RouterOsSimulator start(String version) {
        return start(SimulatorConfig.defaults().withVersion(version));
    }

    static RouterOsSimulator start(SimulatorConfig config) {
        try {
            return RouterOsSimulator.start(config.withCredentials(ROUTER_USER, ROUTER_PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RouterLogin endpoint(RouterOsSimulator router) {
        return endpoint(router, COMMAND_TIMEOUT);
    }

    static RouterLogin endpoint(RouterOsSimulator router, Duration commandTimeout) {
        return endpoint(router.port(), ROUTER_PASSWORD, commandTimeout);
    }

    static RouterLogin endpoint(int port, String password, Duration commandTimeout) {
        return new RouterLogin("127.0.0.1", port, ROUTER_USER, seal(password), false, CONNECT_TIMEOUT, commandTimeout);
    }

    /** How often the router received {@code command}, e.g. {@code /ppp/secret/add}. */
    static long received(RouterOsSimulator router, String command) {
        return router.commandLog().stream().filter(command::equals).count();
    }

    /** Connections the router has accepted a login on: one {@code /login} each, two with the pre-6.43 challenge. */
    static long logins(RouterOsSimulator router) {
        String[] version = router.version().split("\\.");
        boolean challenge = Integer.parseInt(version[0]) < 6
                || Integer.parseInt(version[0]) == 6 && Integer.parseInt(version[1]) < 43;
        long words = received(router, "/login");
        return challenge ? words / 2 : words;
    }
}
