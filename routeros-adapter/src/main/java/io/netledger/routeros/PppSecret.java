package io.netledger.routeros;

/**
 * The desired state of one PPPoE account ({@code /ppp/secret}, {@code service=pppoe}).
 * Optional values are null when absent; blank counts as absent.
 *
 * @param name          the PPPoE username, unique per router
 * @param password      the PPPoE password, still encrypted
 * @param profile       the PPP profile that carries the plan's {@link RateLimit}
 * @param localAddress  the router's side of the link, or null for the profile's
 * @param remoteAddress a fixed address for the customer, or null for the profile's pool
 * @param comment       free text on the router, or null
 * @param disabled      whether the account must be unable to log in (a suspended subscription)
 */
public record PppSecret(
        String name,
        EncryptedPassword password,
        String profile,
        String localAddress,
        String remoteAddress,
        String comment,
        boolean disabled) {

    public PppSecret {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a PPP secret needs a name");
        }
        if (password == null) {
            throw new IllegalArgumentException("a PPP secret needs a password");
        }
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("a PPP secret needs a profile");
        }
        localAddress = absentIfBlank(localAddress);
        remoteAddress = absentIfBlank(remoteAddress);
        comment = absentIfBlank(comment);
    }

    private static String absentIfBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
