package io.netledger.api.secret;

/** A sealed secret that cannot be opened: unknown key, or altered ciphertext. */
public class SecretUnreadable extends RuntimeException {

    public SecretUnreadable(String message) {
        super(message);
    }
}
