package io.netledger.query.telemetry;

import io.netledger.api.BadRequest;
import io.netledger.api.IspCalendar;
import io.netledger.api.NotFound;
import io.netledger.api.Viewer;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.subscription.FindSubscription;
import io.netledger.api.subscription.SubscriptionView;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A NAS's metrics and a subscription's usage over time, in buckets: min, average and max of a NAS series, byte
 * sums of a subscription. Staff read every NAS; a customer reads the usage of his own subscriptions only.
 */
@RestController
@PreAuthorize("hasRole('CUSTOMER')")
class TelemetryQueryController {

    private static final int MAX_INTERFACE_NAME = 255;

    private final MonitoringSeries series;
    private final QueryGateway queries;
    private final IspCalendar calendar;

    TelemetryQueryController(MonitoringSeries series, QueryGateway queries, IspCalendar calendar) {
        this.series = series;
        this.queries = queries;
        this.calendar = calendar;
    }

    /** {@code type} is required; {@code interface} too for bandwidth, which is recorded per interface. */
    @GetMapping("/api/v1/nas-servers/{id}/metrics")
    @PreAuthorize("hasRole('STAFF')")
    Map<String, Object> metrics(@PathVariable long id, @RequestParam(required = false) String type,
            @RequestParam(name = "interface", required = false) String interfaceName,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String step) {
        MetricType metric = MetricType.of(type);
        if (metric.perInterface && (interfaceName == null || interfaceName.isBlank())) {
            throw new BadRequest("interface is required for " + metric.value + ", e.g. interface=ether1");
        }
        if (!metric.perInterface && interfaceName != null) {
            throw new BadRequest(metric.value + " is recorded for the whole NAS, not per interface");
        }
        if (interfaceName != null && (interfaceName.length() > MAX_INTERFACE_NAME
                || interfaceName.chars().anyMatch(Character::isISOControl))) {
            throw new BadRequest("interface must be one line of at most " + MAX_INTERFACE_NAME + " characters");
        }
        TimeBuckets buckets = TimeBuckets.of(from, to, step, calendar.now(), Duration.ofDays(1));
        nas(id);
        List<Map<String, Object>> rows = series.nasMetric(id, metric.value, interfaceName, buckets);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("nasServerId", String.valueOf(id));
        answer.put("type", metric.value);
        if (interfaceName != null) {
            answer.put("interface", interfaceName);
        }
        answer.put("unit", metric.unit);
        answer.putAll(range(buckets));
        answer.put("buckets", rows);
        return answer;
    }

    @GetMapping("/api/v1/subscriptions/{id}/usage")
    Map<String, Object> usage(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String step, Viewer viewer) {
        TimeBuckets buckets = TimeBuckets.of(from, to, step == null ? "1h" : step, calendar.now(), Duration.ofDays(1));
        readable(id, viewer);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("subscriptionId", String.valueOf(id));
        answer.put("unit", "bytes");
        answer.putAll(range(buckets));
        answer.put("buckets", series.usage(id, buckets));
        return answer;
    }

    private static Map<String, Object> range(TimeBuckets buckets) {
        return Map.of("from", buckets.from().atOffset(ZoneOffset.UTC), "to", buckets.to().atOffset(ZoneOffset.UTC),
                "step", buckets.step().toSeconds() + "s");
    }

    private void nas(long id) {
        queries.query(new FindNasServer(id), ResponseTypes.optionalInstanceOf(NasServerView.class)).join()
                .orElseThrow(() -> new NotFound("NAS server " + id + " does not exist"));
    }

    private SubscriptionView readable(long id, Viewer viewer) {
        return queries.query(new FindSubscription(id), ResponseTypes.optionalInstanceOf(SubscriptionView.class))
                .join().filter(view -> viewer.mayRead(view.customerId()))
                .orElseThrow(() -> new NotFound("subscription " + id + " does not exist"));
    }
}
