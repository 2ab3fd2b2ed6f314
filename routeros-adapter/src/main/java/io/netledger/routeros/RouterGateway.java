package io.netledger.routeros;

import java.util.List;

/**
 * What NetLedger needs from a MikroTik router (a NAS): PPPoE and hotspot accounts, their
 * speed profiles and queues, the isolir address list, and readings for monitoring and for
 * importing what a router already holds.
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
    void ensurePppProfile(RouterLogin nas, String profileName, RateLimit rateLimit) throws RouterFailure;

    /**
     * Creates the PPP secret named {@code desired.name()}, or brings an existing one to the
     * desired password, profile, addresses, comment and disabled flag.
     *
     * @return the router's id for the secret, the same one on every repeat
     */
    RouterItemId ensurePppSecret(RouterLogin nas, PppSecret desired) throws RouterFailure;

    /**
     * Stops the account from logging in again (isolir, termination); a session already up
     * stays up until {@link #kickActiveSessions} ends it. A secret that does not exist is
     * {@link RouterRejected}: there is nothing to suspend.
     */
    void disablePppSecret(RouterLogin nas, String name) throws RouterFailure;

    /** Lets the account log in again; {@link RouterRejected} when the secret does not exist. */
    void enablePppSecret(RouterLogin nas, String name) throws RouterFailure;

    /** Deletes the PPP secret; succeeds when it is already gone. */
    void removePppSecret(RouterLogin nas, String name) throws RouterFailure;

    /**
     * Ends the user's live PPP sessions so a changed secret or profile takes effect at the
     * next login.
     *
     * @return how many sessions were ended; 0 when the user was not online
     */
    int kickActiveSessions(RouterLogin nas, String username) throws RouterFailure;

    /**
     * Puts {@code address} on the firewall address list {@code list} (e.g. {@code isolir},
     * which a NAT rule redirects to the payment page), with {@code comment} to tell our
     * entries from hand-made ones. {@code comment} may be null: a new entry then has none,
     * and an entry already there keeps its own. A single host is the same with or without
     * {@code /32}.
     */
    void ensureAddressListEntry(RouterLogin nas, String list, String address, String comment) throws RouterFailure;

    /** Every entry of the firewall address list {@code list}, to reconcile the isolir list with the books. */
    List<AddressListEntry> addressListEntries(RouterLogin nas, String list) throws RouterFailure;

    /** Takes {@code address} off {@code list}; succeeds when it is not on it. */
    void removeAddressListEntry(RouterLogin nas, String list, String address) throws RouterFailure;

    /**
     * Creates the simple queue {@code name} limiting {@code targetAddress} (one host, sent
     * as {@code IP/32} unless it already names a prefix) to {@code maxLimit}, or corrects the
     * target and limit of an existing queue with that name. For customers whose speed is not
     * enforced through a PPP profile (static IP, hotspot).
     */
    void ensureSimpleQueue(RouterLogin nas, String name, String targetAddress, RateLimit maxLimit)
            throws RouterFailure;

    /** Deletes the simple queue {@code name}; succeeds when it is already gone. */
    void removeSimpleQueue(RouterLogin nas, String name) throws RouterFailure;

    /**
     * Creates the hotspot user named {@code desired.name()}, or brings an existing one to
     * the desired password, profile and limits.
     *
     * @return the router's id for the user, the same one on every repeat
     */
    RouterItemId ensureHotspotUser(RouterLogin nas, HotspotUser desired) throws RouterFailure;

    /** Deletes the hotspot user; succeeds when it is already gone. */
    void removeHotspotUser(RouterLogin nas, String name) throws RouterFailure;

    /** The router's load, memory, uptime and version, for monitoring and the NAS list. */
    SystemResource systemResource(RouterLogin nas) throws RouterFailure;

    /** Every interface with its byte counters since the router started, for the traffic graphs. */
    List<RouterInterface> interfaces(RouterLogin nas) throws RouterFailure;

    /**
     * The current throughput of one interface, sampled once by the router; an interface
     * the router does not have is {@link RouterRejected}.
     */
    InterfaceTraffic traffic(RouterLogin nas, String interfaceName) throws RouterFailure;

    /** Who is online over PPP right now, for the live-session view and to reconcile billing. */
    List<PppSession> activeSessions(RouterLogin nas) throws RouterFailure;

    /**
     * The router's log entries newer than {@code lastSeen}, oldest first; all of them when
     * {@code lastSeen} is null. Ids count up until the router restarts, so when every id on
     * the router is below {@code lastSeen} (it restarted and numbered anew) all entries are
     * returned rather than none.
     */
    List<RouterLogEntry> logSince(RouterLogin nas, RouterItemId lastSeen) throws RouterFailure;

    /** Every PPP secret on the router, without passwords: they are not even asked for. */
    List<PppSecretEntry> pppSecrets(RouterLogin nas) throws RouterFailure;

    /**
     * Every PPP secret on the router with its password, sealed by {@code sealer} as it is read,
     * to import an existing installation. RouterOS sends passwords only to an API user whose
     * group has the {@code sensitive} policy; without it an entry's password is null.
     */
    List<PppSecretEntry> pppSecretsWithPasswords(RouterLogin nas, PasswordSealer sealer) throws RouterFailure;

    /** Every PPP profile with its rate limit, to match a router's profiles to plans on import. */
    List<PppProfileEntry> pppProfiles(RouterLogin nas) throws RouterFailure;
}
