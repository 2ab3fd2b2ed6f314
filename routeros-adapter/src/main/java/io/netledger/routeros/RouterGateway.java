package io.netledger.routeros;

/**
 * What NetLedger needs from a MikroTik router (a NAS): PPPoE accounts, their speed
 * profiles, the isolir address list, and a health reading.
 *
 * <p>Every call names the router it talks to, so one gateway serves every NAS. The
 * {@code ensure} calls converge the router on the desired state and answer the same when
 * repeated; {@code remove} and {@code kick} calls succeed when there is nothing to remove.
 * A saga can therefore retry any call after a {@link RouterUnavailable} without first
 * asking what the lost attempt did.
 *
 * <p>Failures come in two kinds. {@link RouterUnavailable} (timeout, refused or dropped
 * connection) may pass: retry later. {@link RouterRejected} (bad credentials, a value the
 * router refuses, a secret that does not exist) will fail the same way until someone
 * changes data: compensate instead of retrying.
 */
public interface RouterGateway {

    /** Creates the PPP profile, or corrects its rate limit if it exists with another one. */
    void ensurePppProfile(NasEndpoint nas, String profileName, RateLimit rateLimit) throws RouterFailure;

    /**
     * Creates the PPP secret named {@code desired.name()}, or brings an existing one to the
     * desired password, profile, addresses, comment and disabled flag.
     *
     * @return the router's id for the secret, the same one on every repeat
     */
    RouterItemId ensurePppSecret(NasEndpoint nas, PppSecret desired) throws RouterFailure;

    /**
     * Stops the account from logging in again (isolir, termination); a session already up
     * stays up until {@link #kickActiveSessions} ends it. A secret that does not exist is
     * {@link RouterRejected}: there is nothing to suspend.
     */
    void disablePppSecret(NasEndpoint nas, String name) throws RouterFailure;

    /** Lets the account log in again; {@link RouterRejected} when the secret does not exist. */
    void enablePppSecret(NasEndpoint nas, String name) throws RouterFailure;

    /** Deletes the PPP secret; succeeds when it is already gone. */
    void removePppSecret(NasEndpoint nas, String name) throws RouterFailure;

    /**
     * Ends the user's live PPP sessions so a changed secret or profile takes effect at the
     * next login.
     *
     * @return how many sessions were ended; 0 when the user was not online
     */
    int kickActiveSessions(NasEndpoint nas, String username) throws RouterFailure;

    /**
     * Puts {@code address} on the firewall address list {@code list} (e.g. {@code isolir},
     * which a NAT rule redirects to the payment page), with {@code comment} to tell our
     * entries from hand-made ones. {@code comment} may be null.
     */
    void ensureAddressListEntry(NasEndpoint nas, String list, String address, String comment) throws RouterFailure;

    /** Takes {@code address} off {@code list}; succeeds when it is not on it. */
    void removeAddressListEntry(NasEndpoint nas, String list, String address) throws RouterFailure;

    /** The router's load, memory, uptime and version, for monitoring and the NAS list. */
    SystemResource systemResource(NasEndpoint nas) throws RouterFailure;
}
