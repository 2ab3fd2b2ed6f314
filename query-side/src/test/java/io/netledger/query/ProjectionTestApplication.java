package io.netledger.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.config.ProcessingGroup;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The smallest context a projection runs in: a DataSource, query-side's Flyway migrations,
 * Hibernate validating the entities against them, the JPA repositories, and the projections
 * (the classes of a processing group) as beans. No Axon, web or security: the tests hand
 * events to the projections' handlers themselves. One context serves every projection test,
 * so Hibernate starts once per test JVM.
 */
@SpringBootConfiguration
@AutoConfigurationPackage
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
        DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class})
@ComponentScan(basePackages = "io.netledger.query", useDefaultFilters = false,
        includeFilters = {@ComponentScan.Filter(ProcessingGroup.class),
                // telemetry is written beside the projections, not by them (monitoring, #15)
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.netledger\\.query\\.telemetry\\.(MonitoringRecorder|LastPolls|SubscriberSessions|MonitoringSeries|LiveSamples)")})
class ProjectionTestApplication {

    /** As app's AxonStorage sets up Axon's Jackson 2 mapper, which the audit projection reads events with. */
    @Bean
    ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    TestFingerprints fingerprints() {
        return new TestFingerprints();
    }
}
