package io.netledger.query.telemetry;

import io.netledger.api.NotFound;
import io.netledger.api.Viewer;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.subscription.FindSubscription;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.api.telemetry.NasPolled;
import io.netledger.api.telemetry.SubscriberSession;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * A sample per poll as server-sent events: a NAS's load, sessions and bandwidth ({@code sample}), a subscription's
 * session and bytes ({@code usage}), with a comment every {@link LiveSamples#KEEP_ALIVE} so that proxies keep the
 * connection and a client that went away is noticed. The request's async timeout ends a stream; clients
 * reconnect, as {@code EventSource} does by itself.
 */
@RestController
@PreAuthorize("hasRole('CUSTOMER')")
class LiveStreamController {

    private final LiveSamples live;
    private final QueryGateway queries;

    LiveStreamController(LiveSamples live, QueryGateway queries) {
        this.live = live;
        this.queries = queries;
    }

    @GetMapping(path = "/api/v1/nas-servers/{id}/metrics/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasRole('STAFF')")
    Flux<ServerSentEvent<Map<String, Object>>> nasStream(@PathVariable long id) {
        queries.query(new FindNasServer(id), ResponseTypes.optionalInstanceOf(NasServerView.class)).join()
                .orElseThrow(() -> new NotFound("NAS server " + id + " does not exist"));
        return keptAlive(live.ofNas(id).map(poll -> ServerSentEvent.builder(sample(poll)).event("sample").build()));
    }

    @GetMapping(path = "/api/v1/subscriptions/{id}/usage/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Map<String, Object>>> usageStream(@PathVariable long id, Viewer viewer) {
        SubscriptionView subscription = queries.query(new FindSubscription(id),
                        ResponseTypes.optionalInstanceOf(SubscriptionView.class)).join()
                .filter(view -> viewer.mayRead(view.customerId()))
                .orElseThrow(() -> new NotFound("subscription " + id + " does not exist"));
        return keptAlive(live.ofNas(subscription.nasServerId())
                .map(poll -> ServerSentEvent.builder(usage(poll, id)).event("usage").build()));
    }

    private static Flux<ServerSentEvent<Map<String, Object>>> keptAlive(
            Flux<ServerSentEvent<Map<String, Object>>> events) {
        Flux<ServerSentEvent<Map<String, Object>>> comments = Flux.interval(LiveSamples.KEEP_ALIVE)
                .map(tick -> ServerSentEvent.<Map<String, Object>>builder().comment("keep-alive").build());
        return Flux.merge(events, comments);
    }

    private static Map<String, Object> sample(NasPolled poll) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("at", poll.polledAt().atOffset(ZoneOffset.UTC));
        sample.put("cpuUsage", poll.cpuUsagePercent());
        sample.put("memoryUsage", poll.memoryUsedPercent());
        sample.put("uptime", poll.uptimeSeconds());
        sample.put("connectionCount", poll.connectionCount());
        sample.put("interfaces", poll.rates().stream().map(rate -> Map.of("interface", rate.interfaceName(),
                "mbpsIn", rate.mbpsIn(), "mbpsOut", rate.mbpsOut())).toList());
        return sample;
    }

    private static Map<String, Object> usage(NasPolled poll, long subscriptionId) {
        Optional<SubscriberSession> session = poll.sessions().stream()
                .filter(s -> s.subscriptionId() == subscriptionId).findFirst();
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("at", poll.polledAt().atOffset(ZoneOffset.UTC));
        usage.put("online", session.isPresent());
        session.ifPresent(s -> {
            usage.put("sessionSince", s.since().atOffset(ZoneOffset.UTC));
            usage.put("address", s.address());
            usage.put("bytesDown", s.bytesDown());
            usage.put("bytesUp", s.bytesUp());
        });
        return usage;
    }
}
