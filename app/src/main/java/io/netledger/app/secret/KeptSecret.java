package io.netledger.app.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random key generated on the first start and kept in a file of the data directory
 * (owner-only), so that a single-node install needs no configuration and keeps working
 * across restarts. Production installs configure their keys instead.
 */
public final class KeptSecret {

    private KeptSecret() {
    }

    public static byte[] load(Path file, int bytes) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] secret = new byte[bytes];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file is as private as the data directory's ACL.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a generated key in " + file, e);
        }
    }
}
