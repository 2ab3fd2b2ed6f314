package io.netledger.saga;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netledger.api.subscription.RouterOperation;
import java.time.Duration;

/**
 * What the router sagas report: how long an operation took from the event that asked for it until the router
 * and the books agreed (retries included), how often a router call was retried, and how often the saga gave up
 * and compensated. Tagged by operation ({@code provision}, {@code suspend}, ...).
 */
public final class ProvisioningMetrics {

    private final MeterRegistry registry;

    public ProvisioningMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void completed(RouterOperation operation, Duration sinceAsked) {
        Timer.builder("netledger.provisioning.latency")
                .description("from the event that asked for router work until router and books agree")
                .tag("operation", operation.value())
                .publishPercentiles(0.5, 0.99)
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
