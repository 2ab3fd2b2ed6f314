package io.netledger.routeros;

/**
 * A PPP secret as found on a router, for reconciling it and for importing an installation
 * that predates NetLedger (see {@link PppSecret} for the desired state NetLedger writes).
 *
 * @param id            the router's id for the secret
 * @param name          the PPP username
 * @param service       {@code pppoe}, {@code pptp}, ... or {@code any}
 * @param profile       the PPP profile, which {@link PppProfileEntry} matches to a plan
 * @param remoteAddress a fixed customer address, or null
 * @param comment       free text, or null
 * @param disabled      whether the account cannot log in
 * @param password      the password, sealed as it was read, when it was asked for and the
 *                      router sent it (it does so only to an API user with the {@code sensitive}
 *                      policy); null otherwise
 */
public record PppSecretEntry(
        RouterItemId id,
        String name,
        String service,
        String profile,
        String remoteAddress,
        String comment,
        boolean disabled,
        EncryptedPassword password) {

    /** A secret read without its password. */
    public PppSecretEntry(RouterItemId id, String name, String service, String profile, String remoteAddress,
            String comment, boolean disabled) {
        this(id, name, service, profile, remoteAddress, comment, disabled, null);
    }

    public PppSecretEntry {
        if (id == null) {
            throw new IllegalArgumentException("a secret on a router has an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a secret on a router has a name");
        }
    }
}
