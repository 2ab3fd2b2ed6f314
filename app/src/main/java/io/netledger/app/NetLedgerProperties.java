package io.netledger.app;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * NetLedger's own settings; each comes from the environment variable named in the
 * README's configuration table (NETLEDGER_DATA_DIR binds to {@code netledger.data-dir}).
 */
@ConfigurationProperties("netledger")
public record NetLedgerProperties(
        Path dataDir,
        Db db,
        Admin admin,
        Jwt jwt,
        Secrets secrets,
        Routers routers,
        long maxRequestBytes) {

    public NetLedgerProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null, 20, 0) : db;
        admin = admin == null ? new Admin(null, null) : admin;
        jwt = jwt == null ? new Jwt(null, null) : jwt;
        secrets = secrets == null ? new Secrets(null, null) : secrets;
        routers = routers == null ? new Routers(null, null, null, null, null, null) : routers;
        maxRequestBytes = maxRequestBytes <= 0 ? 1_048_576 : maxRequestBytes;
    }

    /** An external PostgreSQL; with no url NetLedger runs its own embedded one under data-dir. */
    public record Db(String url, String user, String password, int poolSize, int embeddedPort) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Admin(String email, String password) {

        public Admin {
            email = email == null || email.isBlank() ? "admin@netledger.local" : email.strip();
        }
    }

    /** Base64 AES-256 keys: the current one, and retired ones kept only for opening. */
    public record Secrets(String masterKey, String retiredMasterKeys) {

        public Secrets {
            retiredMasterKeys = retiredMasterKeys == null ? "" : retiredMasterKeys;
        }
    }

    /** How long NetLedger waits for a router: to connect, and for a command's last reply. */
    /**
     * How the router sagas retry a router that cannot be reached: the first delay, doubled each attempt up to
     * the maximum, for this many attempts in all (the defaults ride out a RouterOS reboot, see
     * {@code RetrySchedule.forRebootingRouter}). {@code provisioning}: whether NetLedger writes routers'
     * accounts ({@code automatic}, the default) or only keeps the books ({@code manual}) for a NAS whose
     * configuration does not say; an ISP may start with the books and switch routers over one by one.
     */
    public record Routers(Duration connectTimeout, Duration commandTimeout, Duration retryInitialDelay,
                          Duration retryMaxDelay, Integer retryAttempts, String provisioning) {

        /** Whether NetLedger writes the accounts of a NAS whose configuration does not say ("automatic"). */
        public boolean provisionsByDefault() {
            return !"manual".equalsIgnoreCase(provisioning);
        }

        public Routers {
            if (provisioning != null && !provisioning.isBlank() && !provisioning.equalsIgnoreCase("manual")
                    && !provisioning.equalsIgnoreCase("automatic")) {
                throw new IllegalArgumentException("netledger.routers.provisioning must be automatic or manual, not "
                        + provisioning);
            }
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
            commandTimeout = commandTimeout == null ? Duration.ofSeconds(10) : commandTimeout;
            retryInitialDelay = retryInitialDelay == null ? Duration.ofSeconds(5) : retryInitialDelay;
            retryMaxDelay = retryMaxDelay == null ? Duration.ofMinutes(10) : retryMaxDelay;
            retryAttempts = retryAttempts == null ? 12 : retryAttempts;
        }
    }

    public record Jwt(String secret, Duration ttl) {

        public Jwt {
            ttl = ttl == null ? Duration.ofHours(8) : ttl;
        }
    }
}
