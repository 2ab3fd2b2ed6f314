package io.netledger.query.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key pair that signs checkpoints of the chain (the app keeps it like its other keys).
 * Its id is the first 16 hex digits of SHA-256 over the public key's X.509 encoding, the bytes of
 * the PEM an auditor downloads.
 */
public record ChainSigningKey(String keyId, KeyPair keyPair) {

    public static ChainSigningKey of(KeyPair keyPair) {
        return new ChainSigningKey(idOf(keyPair.getPublic()), keyPair);
    }

    public String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keyPair.getPrivate());
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint with Ed25519", e);
        }
    }

    /** False for a checkpoint another key signed, or whose message or signature was changed. */
    boolean verifies(Checkpoint checkpoint) {
        if (!keyId.equals(checkpoint.keyId())) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keyPair.getPublic());
            verifier.update(checkpoint.message());
            return verifier.verify(checkpoint.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String idOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
