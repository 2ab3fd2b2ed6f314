package io.netledger.app;

import io.netledger.payment.MidtransSnap;
import io.netledger.payment.MidtransStatus;
import io.netledger.payment.TripayCheckout;
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
        Payments payments,
        long maxRequestBytes) {

    public NetLedgerProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null, 20, 0) : db;
        admin = admin == null ? new Admin(null, null) : admin;
        jwt = jwt == null ? new Jwt(null, null) : jwt;
        secrets = secrets == null ? new Secrets(null, null) : secrets;
        payments = payments == null ? new Payments(null, null) : payments;
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

    public record Jwt(String secret, Duration ttl) {

        public Jwt {
            ttl = ttl == null ? Duration.ofHours(8) : ttl;
        }
    }

    /** The gateways' credentials; a gateway without its key is switched off. */
    public record Payments(Midtrans midtrans, Tripay tripay) {

        public Payments {
            midtrans = midtrans == null ? new Midtrans(null, false, null, null) : midtrans;
            tripay = tripay == null ? new Tripay(null, null, null, false, null) : tripay;
        }
    }

    /**
     * {@code snapUrl} and {@code apiUrl} override the sandbox or production addresses of Snap and
     * of the status API (tests point them at a stub).
     */
    public record Midtrans(String serverKey, boolean production, String snapUrl, String apiUrl) {

        public String snapBase() {
            return snapUrl != null && !snapUrl.isBlank() ? snapUrl
                    : production ? MidtransSnap.PRODUCTION : MidtransSnap.SANDBOX;
        }

        public String apiBase() {
            return apiUrl != null && !apiUrl.isBlank() ? apiUrl
                    : production ? MidtransStatus.PRODUCTION : MidtransStatus.SANDBOX;
        }

        public boolean configured() {
            return serverKey != null && !serverKey.isBlank();
        }

        @Override
        public String toString() {
            return "Midtrans[configured=" + configured() + ", production=" + production + "]";
        }
    }

    /** {@code baseUrl} overrides the sandbox or production API address (tests point it at a stub). */
    public record Tripay(String apiKey, String privateKey, String merchantCode, boolean production, String baseUrl) {

        public String apiBase() {
            return baseUrl != null && !baseUrl.isBlank() ? baseUrl
                    : production ? TripayCheckout.PRODUCTION : TripayCheckout.SANDBOX;
        }

        public boolean configured() {
            return apiKey != null && !apiKey.isBlank() && privateKey != null && !privateKey.isBlank()
                    && merchantCode != null && !merchantCode.isBlank();
        }

        @Override
        public String toString() {
            return "Tripay[configured=" + configured() + ", merchantCode=" + merchantCode + ", production="
                    + production + "]";
        }
    }
}
