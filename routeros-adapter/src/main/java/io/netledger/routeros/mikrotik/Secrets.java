package io.netledger.routeros.mikrotik;

import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.RouterRejected;
import java.util.Arrays;

/** Opening stored passwords for the moment they are needed, and wiping them after. */
final class Secrets {

    private Secrets() {
    }

    /** The password as characters the caller wipes; a ciphertext that will not open is {@link RouterRejected}. */
    static char[] open(PasswordOpener passwords, EncryptedPassword password, String what) throws RouterRejected {
        try {
            char[] plain = passwords.open(password);
            if (plain == null) {
                throw new RouterRejected("the stored " + what + " opened to nothing");
            }
            return plain;
        } catch (RuntimeException e) {
            // The opener's message describes the ciphertext, never the plaintext.
            throw new RouterRejected("the stored " + what + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Whether the router already holds this password, compared without keeping it. */
    static boolean matches(PasswordOpener passwords, EncryptedPassword password, String onRouter, String what)
            throws RouterRejected {
        if (onRouter == null) {
            return false;
        }
        char[] plain = open(passwords, password, what);
        try {
            return Arrays.equals(plain, onRouter.toCharArray());
        } finally {
            Arrays.fill(plain, '\0');
        }
    }
}
