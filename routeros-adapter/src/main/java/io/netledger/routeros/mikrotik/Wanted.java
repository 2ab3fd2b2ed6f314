package io.netledger.routeros.mikrotik;

import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.RateLimit;
import io.netledger.routeros.RouterRejected;
import java.time.Duration;
import java.util.Objects;

/**
 * One attribute as NetLedger wants it on a router item, and how to tell whether the
 * router already has it though it prints it its own way: {@code yes} or {@code true},
 * {@code 1h} or {@code 01:00:00}, {@code 10M/20M} or {@code 10000000/20000000}, an
 * address with or without {@code /32}. A value of null means the attribute should not be
 * set at all.
 */
record Wanted(String name, String value, EncryptedPassword secret, Kind kind) {

    enum Kind { TEXT, ADDRESS, FLAG, DURATION, NUMBER, RATE, PREFIX, SECRET }

    Wanted {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    static Wanted text(String name, String value) {
        return new Wanted(name, RouterValues.absentIfBlank(value), null, Kind.TEXT);
    }

    /** An IP address, or null for none (the profile's, for a PPP secret). */
    static Wanted address(String name, String value) {
        return new Wanted(name, RouterValues.absentIfBlank(value), null, Kind.ADDRESS);
    }

    static Wanted flag(String name, boolean value) {
        return new Wanted(name, RouterValues.flag(value), null, Kind.FLAG);
    }

    static Wanted duration(String name, Duration value) {
        return new Wanted(name, value == null ? null : RouterValues.duration(value), null, Kind.DURATION);
    }

    static Wanted number(String name, Long value) {
        return new Wanted(name, value == null ? null : value.toString(), null, Kind.NUMBER);
    }

    static Wanted rate(String name, RateLimit value) {
        return new Wanted(name, value.toRouterOs(), null, Kind.RATE);
    }

    /** An address written as a prefix, {@code /32} for a single IPv4 host. */
    static Wanted prefix(String name, String address) {
        return new Wanted(name, RouterValues.hostPrefix(address), null, Kind.PREFIX);
    }

    static Wanted secret(String name, EncryptedPassword value) {
        return new Wanted(name, null, Objects.requireNonNull(value, name), Kind.SECRET);
    }

    boolean absent() {
        return value == null && secret == null;
    }

    /**
     * Free text is cleared by setting it empty; an address, limit or duration takes no
     * empty value and is cleared with {@code unset}.
     */
    boolean clearedByUnset() {
        return kind != Kind.TEXT;
    }

    /** Adds this attribute to an {@code add} or {@code set}. */
    void writeTo(RouterCommand command) {
        if (secret != null) {
            command.withSecret(name, secret);
        } else {
            command.with(name, value);
        }
    }

    /** Whether {@code onRouter}, the value the router printed (null when it printed none), is this one. */
    boolean heldBy(String onRouter, PasswordOpener passwords) throws RouterRejected {
        if (absent()) {
            return isUnset(onRouter);
        }
        if (onRouter == null) {
            return false;
        }
        try {
            return switch (kind) {
                case TEXT -> value.equals(onRouter);
                case ADDRESS, NUMBER -> value.equals(onRouter.strip());
                case FLAG -> RouterValues.flag(value) == RouterValues.flag(onRouter);
                case DURATION -> RouterValues.duration(value).equals(RouterValues.duration(onRouter));
                case RATE -> value.equals(onRouter.strip()) || onRouter.strip().indexOf(' ') < 0
                        && RateLimit.fromRouterOs(onRouter).equals(RateLimit.fromRouterOs(value));
                case PREFIX -> value.equals(RouterValues.hostPrefix(onRouter));
                case SECRET -> Secrets.matches(passwords, secret, onRouter, name);
            };
        } catch (IllegalArgumentException unreadable) {
            return false; // printed in a form we do not know: write ours
        }
    }

    private boolean isUnset(String onRouter) {
        if (onRouter == null || onRouter.isBlank()) {
            return true;
        }
        return switch (kind) {
            case DURATION -> RouterValues.duration(onRouter).isZero();
            case NUMBER -> onRouter.strip().equals("0");
            default -> false;
        };
    }
}
