package io.netledger.app.health;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon times every command, event and query with client-side percentiles, which an
 * HdrHistogram computes on the caller's thread: a quarter of a command's CPU, measured in
 * bench/. Such percentiles cannot be aggregated across nodes anyway; Prometheus computes
 * quantiles from the counts and sums that remain.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    MeterFilter noClientSidePercentiles() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return DistributionStatisticConfig.builder()
                        .percentiles(new double[0])
                        .percentilesHistogram(false)
                        .build()
                        .merge(config);
            }
        };
    }
}
