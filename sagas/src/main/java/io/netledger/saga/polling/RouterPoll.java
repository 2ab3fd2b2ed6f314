package io.netledger.saga.polling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netledger.api.PageSpec;
import io.netledger.api.nas.FindNasEndpoint;
import io.netledger.api.nas.NasEndpoint;
import io.netledger.api.nas.RecordNasDown;
import io.netledger.api.nas.RecordNasUp;
import io.netledger.api.subscription.FindSubscriptions;
import io.netledger.api.subscription.SubscriptionPage;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.api.telemetry.MonitoringIngest;
import io.netledger.api.telemetry.NasPolled;
import io.netledger.api.telemetry.SubscriberSession;
import io.netledger.routeros.PppSession;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.routeros.RouterInterface;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.RouterUnavailable;
import io.netledger.routeros.SystemResource;
import io.netledger.saga.RouterProperties;
import io.netledger.saga.polling.Reachability.Change;
import io.netledger.saga.polling.TrafficBaseline.Movement;
import io.netledger.saga.polling.TrafficBaseline.SessionReading;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one router: its resources, interfaces and PPP sessions over the API, the movement since the last
 * poll from the NAS's baseline, the sessions matched to the NAS's subscriptions by PPP user name, and the result
 * handed to the read side. A router that does not answer (within the connect and command timeouts) is a missed
 * poll; the third in a row records the NAS down, the next answer records it up.
 */
final class RouterPoll {

    private static final Logger log = LoggerFactory.getLogger(RouterPoll.class);
    private static final int REASON_LENGTH = 255;

    private final RouterGateway router;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final RouterProperties routers;
    private final MonitoringIngest ingest;
    private final FairUsageWatch fairUsage;
    private final Clock clock;
    private final Timer duration;
    private final MeterRegistry registry;
    /** Per NAS for {@code netledger.nas.online}: 1 answering, 0 down, -1 (shown as nothing) before it is known. */
    private final Map<Long, AtomicInteger> online = new ConcurrentHashMap<>();

    RouterPoll(RouterGateway router, QueryGateway queries, CommandGateway commands, RouterProperties routers,
               MonitoringIngest ingest, FairUsageWatch fairUsage, Clock clock, MeterRegistry registry) {
        this.fairUsage = fairUsage;
        this.router = router;
        this.queries = queries;
        this.commands = commands;
        this.routers = routers;
        this.ingest = ingest;
        this.clock = clock;
        this.registry = registry;
        this.duration = Timer.builder("netledger.polling.duration").description("one poll of one router")
                .register(registry);
    }

    /** A poll as read, with the NAS's subscriptions it was matched against. */
    private record Reading(NasPolled polled, Map<Long, SubscriptionView> subscriptions) {
    }

    void poll(PolledNas nas) {
        Reading reading;
        long started = System.nanoTime();
        try {
            reading = read(nas);
        } catch (RouterFailure | RuntimeException failure) {
            missed(nas, failure);
            return;
        } finally {
            duration.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        NasPolled polled = reading.polled();
        nas.lastSeen = polled.polledAt();
        online(nas.nasId).set(1);
        nas.reachability.answered().ifPresent(up -> tell(nas, up, null));
        try {
            ingest.record(polled);
        } catch (RuntimeException failure) {
            // the router answered: a database that could not store it is no missed poll of the router
            registry.counter("netledger.polling.unstored", "nas", String.valueOf(nas.nasId)).increment();
            log.warn("Could not store the poll of NAS {}: {}", nas.nasId, failure.getMessage());
            return;
        }
        try {
            fairUsage.check(polled.sessions(), reading.subscriptions());
        } catch (RuntimeException failure) {
            log.warn("Could not weigh the usage on NAS {} against the plans' limits: {}", nas.nasId,
                    failure.getMessage());
        }
    }

    private Reading read(PolledNas nas) throws RouterFailure {
        NasEndpoint endpoint = queries.query(new FindNasEndpoint(nas.nasId),
                ResponseTypes.optionalInstanceOf(NasEndpoint.class)).join()
                .orElseThrow(() -> new RouterUnavailable("NAS server " + nas.nasId + " is not known (yet)"));
        RouterLogin login = routers.loginTo(endpoint);
        SystemResource resource = router.systemResource(login);
        List<RouterInterface> interfaces = router.interfaces(login);
        List<PppSession> sessions = router.activeSessions(login);
        Instant now = clock.instant();

        Map<String, Counters> lines = new HashMap<>();
        Map<String, Counters> sessionLines = new HashMap<>();
        for (RouterInterface line : interfaces) {
            Counters counters = new Counters(line.rxBytes(), line.txBytes());
            // RouterOS names a session's dynamic interface <pppoe-user>: a customer, not a port of the router
            if (line.name().startsWith("<")) {
                sessionLines.put(line.name(), counters);
            } else {
                lines.put(line.name(), counters);
            }
        }
        Map<String, SessionReading> readings = new HashMap<>();
        for (PppSession session : sessions) {
            Counters counters = sessionLines.getOrDefault("<" + session.service() + "-" + session.name() + ">",
                    new Counters(0, 0));
            readings.put(session.id().toString(), new SessionReading(session.id().toString(), counters,
                    session.uptime()));
        }
        Movement movement;
        synchronized (nas.baseline) {
            movement = nas.baseline.next(now, resource.uptime(), lines, readings);
        }
        Map<String, SubscriptionView> accounts = subscriptionsByUsername(nas.nasId);
        List<SubscriberSession> subscribers = new ArrayList<>();
        for (PppSession session : sessions) {
            SubscriptionView account = accounts.get(session.name());
            if (account == null) {
                continue;
            }
            long subscription = account.id();
            String id = session.id().toString();
            Counters moved = movement.sessionBytes().get(id);
            // a session's interface receives what the customer uploads and sends what he downloads
            subscribers.add(new SubscriberSession(subscription, movement.since().get(id), session.address(),
                    session.callerId(), moved.tx(), moved.rx()));
        }
        long total = resource.totalMemoryBytes();
        double memoryUsed = Math.round((total - resource.freeMemoryBytes()) * 10_000.0 / total) / 100.0;
        Map<Long, SubscriptionView> byId = new HashMap<>();
        accounts.values().forEach(account -> byId.put(account.id(), account));
        return new Reading(new NasPolled(nas.nasId, now, resource.cpuLoadPercent(), memoryUsed,
                resource.uptime().toSeconds(), movement.rates(), sessions.size(), subscribers), byId);
    }

    /** The NAS's live subscriptions by PPP user name; a terminated one's name may be another's now. */
    private Map<String, SubscriptionView> subscriptionsByUsername(long nasId) {
        Map<String, SubscriptionView> accounts = new HashMap<>();
        for (int page = 0; ; page++) {
            List<SubscriptionView> found = queries.query(new FindSubscriptions(null, nasId, null, null,
                            new PageSpec(page, PageSpec.MAX_SIZE, "createdAt", true)),
                    ResponseTypes.instanceOf(SubscriptionPage.class)).join().content();
            found.stream().filter(s -> s.status() != SubscriptionStatus.TERMINATED && s.username() != null)
                    .forEach(s -> accounts.put(s.username(), s));
            if (found.size() < PageSpec.MAX_SIZE) {
                return accounts;
            }
        }
    }

    private void missed(PolledNas nas, Exception failure) {
        registry.counter("netledger.polling.missed", "nas", String.valueOf(nas.nasId)).increment();
        log.debug("NAS {} did not answer its poll: {}", nas.nasId, failure.getMessage());
        nas.reachability.missed().ifPresent(down -> {
            tell(nas, down, reason(failure));
            unseen(nas.nasId);
        });
        if (nas.reachability.misses() >= Reachability.MISSES_FOR_DOWN) {
            online(nas.nasId).set(0);
        }
    }

    /** Its customers are not known to be online while their router is not seen. */
    void unseen(long nasId) {
        try {
            ingest.unseen(nasId, clock.instant());
        } catch (RuntimeException failure) {
            log.warn("Could not mark the sessions of NAS {} unseen: {}", nasId, failure.getMessage());
        }
    }

    private AtomicInteger online(long nasId) {
        return online.computeIfAbsent(nasId, id -> {
            AtomicInteger known = new AtomicInteger(-1);
            Gauge.builder("netledger.nas.online", known, value -> value.get() < 0 ? Double.NaN : value.get())
                    .description("whether the NAS answers its polls").tag("nas", String.valueOf(id))
                    .register(registry);
            return known;
        });
    }

    private void tell(PolledNas nas, Change change, String reason) {
        Object command = change == Change.UP ? new RecordNasUp(nas.nasId)
                : new RecordNasDown(nas.nasId, nas.lastSeen, nas.reachability.misses(), reason);
        commands.send(command).whenComplete((result, refused) -> {
            if (refused != null) {
                nas.reachability.unsaid();
                log.warn("Could not record NAS {} {}: {}", nas.nasId, change, refused.getMessage());
            }
        });
    }

    /** The router's failure as one line of text the NAS's history can hold. */
    static String reason(Exception failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        StringBuilder line = new StringBuilder();
        // a lone surrogate is no character and a control character no part of one line
        text.codePoints().filter(c -> !Character.isISOControl(c) && (c < 0xD800 || c > 0xDFFF))
                .limit(REASON_LENGTH).forEach(line::appendCodePoint);
        return line.toString().strip();
    }
}
