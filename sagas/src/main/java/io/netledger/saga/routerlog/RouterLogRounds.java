package io.netledger.saga.routerlog;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.PageSpec;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.NasServerPage;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.telemetry.RouterLogBook;
import io.netledger.routeros.RouterFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A round over the active NAS servers: each one whose log is due (its interval since it was last stored, by
 * whichever node) and not being read already is handed to a reader thread, and the round returns without
 * waiting, so a router that does not answer delays nobody but itself. A router that failed is tried again after
 * its interval, not at every round.
 */
final class RouterLogRounds {

    private static final Logger log = LoggerFactory.getLogger(RouterLogRounds.class);

    /** {@code configuration.logSource} of a NAS whose router logs remotely to NetLedger's syslog receiver. */
    static final String SYSLOG = "syslog";

    private final QueryGateway queries;
    private final RouterLogBook book;
    private final RouterLogFollower follower;
    private final RouterLogProperties properties;
    private final ExecutorService readers;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Set<Long> reading = ConcurrentHashMap.newKeySet();
    private final Map<Long, Instant> failedAt = new ConcurrentHashMap<>();

    RouterLogRounds(QueryGateway queries, RouterLogBook book, RouterLogFollower follower,
                    RouterLogProperties properties, ExecutorService readers, MeterRegistry registry, Clock clock) {
        this.queries = queries;
        this.book = book;
        this.follower = follower;
        this.properties = properties;
        this.readers = readers;
        this.registry = registry;
        this.clock = clock;
    }

    void round() {
        if (!properties.enabled()) {
            return;
        }
        Map<Long, Instant> lastReads = book.lastReads();
        Instant now = clock.instant();
        for (int page = 0; ; page++) {
            NasServerPage servers = queries.query(new FindNasServers(true,
                    new PageSpec(page, PageSpec.MAX_SIZE, "name", true)), ResponseTypes.instanceOf(NasServerPage.class)).join();
            servers.content().forEach(nas -> startIfDue(nas, lastReads.get(nas.id()), now));
            if (servers.content().size() < PageSpec.MAX_SIZE) {
                return;
            }
        }
    }

    private void startIfDue(NasServerView nas, Instant lastRead, Instant now) {
        if (nas.configuration() != null && SYSLOG.equals(nas.configuration().get("logSource"))) {
            return; // the router sends its lines itself: reading them too would store each twice
        }
        Duration every = properties.intervalOf(nas.configuration());
        // a round's width early counts as due, or a 60 s interval would become 65 s with 5 s rounds
        Instant dueAfter = now.minus(every).plus(properties.round().dividedBy(2));
        Instant failed = failedAt.get(nas.id());
        boolean due = (lastRead == null || !lastRead.isAfter(dueAfter)) && (failed == null || !failed.isAfter(dueAfter));
        if (!due || !reading.add(nas.id())) {
            return;
        }
        try {
            readers.execute(() -> read(nas));
        } catch (RuntimeException rejected) {
            reading.remove(nas.id());
            throw rejected;
        }
    }

    private void read(NasServerView nas) {
        try {
            follower.follow(nas.id());
            failedAt.remove(nas.id());
        } catch (RouterFailure | RuntimeException failure) {
            failedAt.put(nas.id(), clock.instant());
            registry.counter("netledger.router_logs.failures", "nas", String.valueOf(nas.id())).increment();
            log.warn("Reading the log of NAS {} ({}) failed: {}", nas.id(), nas.name(), failure.getMessage());
        } finally {
            reading.remove(nas.id());
        }
    }
}
