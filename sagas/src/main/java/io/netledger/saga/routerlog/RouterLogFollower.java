package io.netledger.saga.routerlog;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.telemetry.RouterLogBook;
import io.netledger.api.telemetry.RouterLogCursor;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.routeros.RouterLogEntry;
import io.netledger.routeros.RouterLogin;
import io.netledger.saga.NetworkCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one NAS's {@code /log} from where its cursor stands and hands the new lines to the log book. */
final class RouterLogFollower {

    private static final Logger log = LoggerFactory.getLogger(RouterLogFollower.class);

    private final RouterGateway router;
    private final NetworkCatalogue catalogue;
    private final RouterLogBook book;
    private final MeterRegistry registry;
    private final Clock clock;

    RouterLogFollower(RouterGateway router, NetworkCatalogue catalogue, RouterLogBook book, MeterRegistry registry,
                      Clock clock) {
        this.router = router;
        this.catalogue = catalogue;
        this.book = book;
        this.registry = registry;
        this.clock = clock;
    }

    /** @return how many lines were stored */
    int follow(long nasServerId) throws RouterFailure {
        RouterLogin nas = catalogue.nas(nasServerId);
        Optional<RouterLogCursor> cursor = book.cursor(nasServerId);
        Instant asked = clock.instant();
        Instant bootedAt = asked.minus(router.systemResource(nas).uptime());
        // the uptime first: a reboot between the two reads then shows as lines under a cursor they do not match
        List<RouterLogEntry> entries = router.logSince(nas, null);
        RouterLogReading reading = RouterLogReading.of(cursor, entries, bootedAt);
        String tag = String.valueOf(nasServerId);
        if (reading.restarted()) {
            log.info("NAS {} numbered its log anew (rebooted); reading all {} lines it holds", nasServerId, entries.size());
            registry.counter("netledger.router_logs.restarts", "nas", tag).increment();
        }
        if (reading.gap()) {
            log.warn("NAS {} logged more than its log holds between two reads: lines were lost", nasServerId);
            registry.counter("netledger.router_logs.gaps", "nas", tag).increment();
        }
        if (reading.next() == null) {
            return 0; // an empty log never read before: nothing to start a cursor on
        }
        if (!book.append(nasServerId, cursor, reading.next(), reading.lines())) {
            // another reader stored these lines first; the next read starts from its cursor
            registry.counter("netledger.router_logs.overtaken", "nas", tag).increment();
            return 0;
        }
        registry.counter("netledger.router_logs.lines", "nas", tag).increment(reading.lines().size());
        return reading.lines().size();
    }
}
