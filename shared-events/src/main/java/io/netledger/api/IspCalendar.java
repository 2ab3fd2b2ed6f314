package io.netledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The ISP's calendar: the zone its days begin in and the clock every rule reads the time from. An invoice
 * due on the 10th is overdue from the 11th at 00:00 in this zone, a customer registered at 23:30 is
 * registered that day. Injected wherever a rule needs "today", so that fixture tests control it.
 *
 * @param zone the ISP's zone; {@code Asia/Jakarta} (WIB) unless configured ({@code NETLEDGER_ISP_ZONE})
 * @param clock where the time comes from: the system's in production, a fixed one in tests
 */
public record IspCalendar(ZoneId zone, Clock clock) {

    /** Western Indonesia Time, where most of NetLedger's ISPs keep their books. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    public IspCalendar {
        Objects.requireNonNull(zone, "zone");
        clock = Objects.requireNonNull(clock, "clock").withZone(zone);
    }

    /** The system clock in WIB. */
    public static IspCalendar wib() {
        return new IspCalendar(WIB, Clock.systemUTC());
    }

    /** A calendar whose time stands still at {@code now}, for tests. */
    public static IspCalendar fixedAt(Instant now, ZoneId zone) {
        return new IspCalendar(zone, Clock.fixed(now, zone));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The instant the given day begins at the ISP. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The ISP's date at that instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
