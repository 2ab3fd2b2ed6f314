package io.netledger.routeros;

import java.time.Duration;

/**
 * The desired state of one hotspot voucher or account ({@code /ip/hotspot/user}).
 *
 * @param name            the login name, unique per router
 * @param password        the login password, still encrypted
 * @param profile         the hotspot user profile (shared users, rate limit, pages)
 * @param limitUptime     how long the user may be online in total, or null for no limit
 * @param limitBytesTotal how many bytes up and down together the user may move, or null for no limit
 */
public record HotspotUser(
        String name,
        EncryptedPassword password,
        String profile,
        Duration limitUptime,
        Long limitBytesTotal) {

    public HotspotUser {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a hotspot user needs a name");
        }
        if (password == null) {
            throw new IllegalArgumentException("a hotspot user needs a password");
        }
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("a hotspot user needs a profile");
        }
        if (limitUptime != null && (limitUptime.isNegative() || limitUptime.isZero()
                || limitUptime.toNanos() % 1_000_000_000L != 0)) {
            throw new IllegalArgumentException("an uptime limit is a positive number of whole seconds, not " + limitUptime);
        }
        if (limitBytesTotal != null && limitBytesTotal <= 0) {
            throw new IllegalArgumentException("a byte limit must be positive, not " + limitBytesTotal);
        }
    }
}
