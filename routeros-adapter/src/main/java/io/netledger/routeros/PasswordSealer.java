package io.netledger.routeros;

/**
 * Seals a password the moment it is read from a router (an import reads PPP secrets with their passwords), so
 * that it leaves the gateway only as an {@link EncryptedPassword}. The application implements it with its
 * AES-GCM cipher, as it does {@link PasswordOpener}.
 */
@FunctionalInterface
public interface PasswordSealer {

    EncryptedPassword seal(String password);
}
