package io.netledger.app.security;

import io.netledger.app.NetLedgerProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
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
                : kept(properties.dataDir().resolve("jwt-secret"));
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException("NETLEDGER_JWT_SECRET must be at least " + MIN_BYTES + " bytes for HS256");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    private static byte[] kept(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] secret = new byte[64];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays readable per the directory's ACL.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the JWT secret in " + file, e);
        }
    }
}
