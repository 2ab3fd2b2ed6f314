package io.netledger.app.security;

import io.netledger.app.NetLedgerProperties;
import io.netledger.app.secret.KeptSecret;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HS256 key that signs login tokens: NETLEDGER_JWT_SECRET, or a random one generated
 * once and kept in {@code <data-dir>/jwt-secret} so tokens survive a restart.
 */
final class SigningKey {

    static final int MIN_BYTES = 32;

    private SigningKey() {
    }

    static SecretKey load(NetLedgerProperties properties) {
        String configured = properties.jwt().secret();
        byte[] secret = configured != null && !configured.isBlank()
                ? configured.getBytes(StandardCharsets.UTF_8)
                : KeptSecret.load(properties.dataDir().resolve("jwt-secret"), 64);
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException("NETLEDGER_JWT_SECRET must be at least " + MIN_BYTES + " bytes for HS256");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
