package io.netledger.saga.provisioning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netledger.api.provisioning.RouterOperation;
import java.time.Duration;

/**
 * What the router sagas report: how long an operation took from the event that asked for it until the router
 * and the books agreed (retries included), how often a router call was retried, and how often the saga gave up
 * and compensated. Tagged by operation ({@code provision}, {@code suspend}, ...).
 */
final class ProvisioningMetrics {

    /**
     * Buckets rather than client-side percentiles (which the app turns off: they cannot be aggregated across
     * nodes): Prometheus computes p50/p99 from them, and 150 ms and 1 s are the targets to alert on. A retry
     * waits minutes, hence the long tail.
     */
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(150), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofHours(1)};

    private final MeterRegistry registry;

    ProvisioningMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void completed(RouterOperation operation, Duration sinceAsked) {
        Timer.builder("netledger.provisioning.latency")
                .description("from the event that asked for router work until router and books agree")
                .tag("operation", operation.value())
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(sinceAsked.isNegative() ? Duration.ZERO : sinceAsked);
    }

    void retried(RouterOperation operation) {
        counter("netledger.provisioning.retries", "router calls that failed and were scheduled again", operation)
                .increment();
    }

    void compensated(RouterOperation operation) {
        counter("netledger.provisioning.compensations", "router work given up, compensated and left for staff",
                operation).increment();
    }

    private Counter counter(String name, String description, RouterOperation operation) {
        return Counter.builder(name).description(description).tag("operation", operation.value()).register(registry);
    }
}
