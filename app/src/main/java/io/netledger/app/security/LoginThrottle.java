package io.netledger.app.security;

import io.netledger.command.personal.DataKeys;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows guessing down: an account locks after a few failed logins, a client address after many (an office
 * behind one NAT address has many people in it), each for a while. A locked login is refused before its
 * password is compared, so a lockout cannot be used to go on guessing. The account is kept as a keyed print
 * of its email, never the email itself (docs/adr/0015), since the store may be a shared Redis.
 */
final class LoginThrottle {

    /** How many failures lock what, within which window, for how long. */
    record Limits(int accountFailures, int addressFailures, Duration window, Duration lockout) {

        Limits {
            accountFailures = accountFailures <= 0 ? 5 : accountFailures;
            addressFailures = addressFailures <= 0 ? 50 : addressFailures;
            window = window == null || window.isZero() || window.isNegative() ? Duration.ofMinutes(15) : window;
            lockout = lockout == null || lockout.isZero() || lockout.isNegative() ? Duration.ofMinutes(15) : lockout;
        }
    }

    private final LoginAttempts attempts;
    private final Limits limits;
    private final DataKeys keys;

    LoginThrottle(LoginAttempts attempts, Limits limits, DataKeys keys) {
        this.attempts = attempts;
        this.limits = limits;
        this.keys = keys;
    }

    /** Refuses a login of {@code email} from {@code address} while either is locked out. */
    void admit(String email, String address) {
        Duration account = attempts.lockedFor(account(email));
        if (!account.isZero()) {
            throw new LoginThrottled("for this account", account);
        }
        Duration from = attempts.lockedFor(address(address));
        if (!from.isZero()) {
            throw new LoginThrottled("from this address", from);
        }
    }

    void refused(String email, String address) {
        attempts.failed(account(email), limits.accountFailures(), limits.window(), limits.lockout());
        attempts.failed(address(address), limits.addressFailures(), limits.window(), limits.lockout());
    }

    /** A good password ends the account's run of failures; the address keeps its count. */
    void succeeded(String email) {
        attempts.cleared(account(email));
    }

    private String account(String email) {
        return "account:" + keys.installationPrint("login\u0000" + email.strip().toLowerCase(Locale.ROOT));
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
