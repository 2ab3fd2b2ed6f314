package io.netledger.routeros;

/**
 * A password exactly as NetLedger stores it: AES-256-GCM ciphertext with its key id
 * prefix. Router and PPPoE passwords travel through commands, events and this port only
 * in this form; the gateway decrypts at the moment it talks to the router.
 */
public record EncryptedPassword(String ciphertext) {

    public EncryptedPassword {
        if (ciphertext == null || ciphertext.isBlank()) {
            throw new IllegalArgumentException("an encrypted password is required");
        }
    }

    /** Kept out of logs and exception messages all the same. */
    @Override
    public String toString() {
        return "EncryptedPassword[***]";
    }
}
