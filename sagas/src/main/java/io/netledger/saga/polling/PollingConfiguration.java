package io.netledger.saga.polling;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.telemetry.MonitoringIngest;
import io.netledger.routeros.RouterGateway;
import io.netledger.saga.RouterProperties;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The router poller: one node polls (the lock's holder), every NAS on its interval, spread over it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PollingProperties.class)
class PollingConfiguration {

    @Bean
    RouterPoll routerPoll(RouterGateway router, QueryGateway queries, CommandGateway commands,
                          RouterProperties routers, MonitoringIngest ingest, IspCalendar calendar,
                          MeterRegistry registry) {
        return new RouterPoll(router, queries, commands, routers, ingest,
                new FairUsageWatch(queries, commands, calendar), calendar.clock(), registry);
    }

    @Bean
    RouterPolling routerPolling(DataSource dataSource, RouterPoll poll, QueryGateway queries,
                                PollingProperties properties, IspCalendar calendar, MeterRegistry registry) {
        return new RouterPolling(new PollingLeadership(dataSource), poll, queries, properties, calendar.clock(),
                registry);
    }
}
