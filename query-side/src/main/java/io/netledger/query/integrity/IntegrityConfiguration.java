package io.netledger.query.integrity;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chain over the event store and its checks (docs/adr/0016-event-chain.md); the key comes from the app. */
@Configuration(proxyBeanMethods = false)
class IntegrityConfiguration {

    @Bean
    ChainSettings chainSettings(@Value("${netledger.chain.every:1s}") Duration every,
            @Value("${netledger.chain.batch:10000}") int batch,
            @Value("${netledger.chain.gap-window:30s}") Duration gapWindow,
            @Value("${netledger.chain.checkpoint-events:10000}") int checkpointEvents,
            @Value("${netledger.chain.checkpoint-every:5m}") Duration checkpointEvery) {
        return new ChainSettings(every, batch, gapWindow, checkpointEvents, checkpointEvery);
    }

    @Bean
    EventChainer eventChainer(DataSource dataSource, ChainSigningKey key, ChainSettings settings) {
        return new EventChainer(dataSource, key, settings, Clock.systemUTC());
    }

    @Bean
    ChainLoop chainLoop(EventChainer chainer, ChainSettings settings) {
        return new ChainLoop(chainer, settings);
    }

    @Bean(destroyMethod = "close")
    IntegrityChecks integrityChecks(DataSource dataSource, ChainSigningKey key) {
        return new IntegrityChecks(dataSource, key, Clock.systemUTC());
    }
}
