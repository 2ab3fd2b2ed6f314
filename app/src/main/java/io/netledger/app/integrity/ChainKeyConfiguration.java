package io.netledger.app.integrity;

import io.netledger.app.NetLedgerProperties;
import io.netledger.query.integrity.ChainSigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Ed25519 key pair that signs the event chain's checkpoints, generated on the first start and kept in
 * {@code <data-dir>/chain-signing-key} (owner-only) as the other generated keys are: the PKCS#8 private key
 * and the X.509 public key, base64, a line each. Losing the file loses no history, only the ability to sign
 * with the same key: a new one is generated, and checkpoints signed before name the old key's id.
 */
@Configuration(proxyBeanMethods = false)
class ChainKeyConfiguration {

    @Bean
    ChainSigningKey chainSigningKey(NetLedgerProperties properties) {
        return ChainSigningKey.of(load(properties.dataDir().resolve("chain-signing-key")));
    }

    static KeyPair load(Path file) {
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file).stream().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
                if (lines.size() != 2) {
                    throw new IllegalStateException(file + " must hold two lines: private key (PKCS#8) and public key"
                            + " (X.509), base64");
                }
                KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
                return new KeyPair(
                        ed25519.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
                        ed25519.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
            }
            KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()) + "\n"
                    + Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()) + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file is as private as the data directory's ACL.
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the chain's signing key in " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the chain's signing key in " + file, e);
        }
    }
}
