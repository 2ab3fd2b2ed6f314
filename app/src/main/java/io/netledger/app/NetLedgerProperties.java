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
        long maxRequestBytes,
        Path erasureLedger) {

    public NetLedgerProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null, 20, 0) : db;
        admin = admin == null ? new Admin(null, null) : admin;
        jwt = jwt == null ? new Jwt(null, null) : jwt;
        secrets = secrets == null ? new Secrets(null, null) : secrets;
        maxRequestBytes = maxRequestBytes <= 0 ? 1_048_576 : maxRequestBytes;
        // Beside the data by default; operators keep it apart from the database's backups (docs/operations.md).
        erasureLedger = erasureLedger == null || erasureLedger.toString().isEmpty()
                ? dataDir.resolve("erasures.jsonl") : erasureLedger;
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

    public record Jwt(String secret, Duration ttl) {

        public Jwt {
            ttl = ttl == null ? Duration.ofHours(8) : ttl;
        }
    }
}
