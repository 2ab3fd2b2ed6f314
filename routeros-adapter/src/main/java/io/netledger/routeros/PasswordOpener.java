package io.netledger.routeros;

/**
 * Turns a stored {@link EncryptedPassword} back into the password, at the moment the
 * gateway logs in to a router or sends a PPPoE or hotspot password. The application
 * implements it with its AES-GCM cipher; the adapter never sees a key.
 *
 * <p>The gateway wipes the array once the password is sent and never logs it, keeps it in
 * a field, or puts it in an exception message.
 */
@FunctionalInterface
public interface PasswordOpener {

    /**
     * @return the password as characters, a fresh array the caller may wipe
     * @throws RuntimeException when the ciphertext cannot be opened (altered, or sealed
     *                          with a key that is gone); the gateway reports it as
     *                          {@link RouterRejected}, since trying again cannot help
     */
    char[] open(EncryptedPassword password);
}
