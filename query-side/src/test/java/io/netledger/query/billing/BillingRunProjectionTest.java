package io.netledger.query.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.billing.BillingRunCounts;
import io.netledger.api.billing.BillingRunFailed;
import io.netledger.api.billing.BillingRunFinished;
import io.netledger.api.billing.BillingRunProgressed;
import io.netledger.api.billing.BillingRunStarted;
import io.netledger.api.billing.BillingRunStatus;
import io.netledger.api.billing.BillingRunView;
import io.netledger.api.billing.FindBillingRun;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code billing_runs} from a run's events, on a PostgreSQL database of its own migrated by query-side's
 * Flyway scripts; the projection alone, without Axon, so it runs in a second or two.
 */
@SpringBootTest(classes = BillingRunProjectionTest.Slice.class)
class BillingRunProjectionTest {

    private static final LocalDate NOVEMBER_20 = LocalDate.of(2026, 11, 20);
    private static final Instant STARTED_AT = Instant.parse("2026-11-20T17:30:00.123456Z");
    private static final BillingRunCounts FIRST_PAGE = new BillingRunCounts(1000, 990, 5, 4, 1);

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class})
    @EntityScan(basePackageClasses = BillingRunRow.class)
    @EnableJpaRepositories(basePackageClasses = BillingRunRows.class)
    static class Slice {

        @Bean
        BillingRunProjection billingRunProjection(BillingRunRows rows) {
            return new BillingRunProjection(rows);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String server = System.getenv().getOrDefault("NETLEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("NETLEDGER_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("NETLEDGER_TEST_DB_PASSWORD", "");
        String name = "netledger_test_billing_runs_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        registry.add("spring.datasource.url", () -> server.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
    }

    @Autowired
    private BillingRunProjection projection;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aStartedRunIsRunningWithNothingCountedYet() {
        long run = started(17L);

        BillingRunView view = find(run);
        assertThat(view.runDate()).isEqualTo(NOVEMBER_20);
        assertThat(view.status()).isEqualTo(BillingRunStatus.RUNNING);
        assertThat(view.counts()).isEqualTo(BillingRunCounts.NONE);
        assertThat(view.startedBy()).isEqualTo(17L);
        assertThat(view.startedAt()).isEqualTo(STARTED_AT);
        assertThat(view.finishedAt()).isNull();
    }

    @Test
    void progressKeepsTheCursorAndTheCountsAndFinishingEndsTheRun() {
        long run = started(null);
        projection.on(new BillingRunProgressed(run, 5_000, FIRST_PAGE, "subscription 4711: terminated"));
        assertThat(find(run).counts()).isEqualTo(FIRST_PAGE);
        assertThat(jdbc.queryForObject("select after_id from billing_runs where id = ?", Long.class, run))
                .isEqualTo(5_000);

        BillingRunCounts last = FIRST_PAGE.plus(new BillingRunCounts(3, 3, 0, 0, 0));
        Instant end = STARTED_AT.plusSeconds(40);
        projection.on(new BillingRunFinished(run, last, "subscription 4711: terminated"), end);

        BillingRunView view = find(run);
        assertThat(view.status()).isEqualTo(BillingRunStatus.FINISHED);
        assertThat(view.counts()).isEqualTo(last);
        assertThat(view.counts().done()).as("issued, billed already and skipped").isEqualTo(1002);
        assertThat(view.lastError()).isEqualTo("subscription 4711: terminated");
        assertThat(view.finishedAt()).isEqualTo(end);
    }

    @Test
    void aFailedRunKeepsItsCountsAndSaysWhy() {
        long run = started(null);
        projection.on(new BillingRunProgressed(run, 5_000, FIRST_PAGE, null));
        projection.on(new BillingRunFailed(run, "the subscriptions could not be read"), STARTED_AT.plusSeconds(3));

        BillingRunView view = find(run);
        assertThat(view.status()).isEqualTo(BillingRunStatus.FAILED);
        assertThat(view.counts()).isEqualTo(FIRST_PAGE);
        assertThat(view.lastError()).isEqualTo("the subscriptions could not be read");
        assertThat(view.finishedAt()).isEqualTo(STARTED_AT.plusSeconds(3));
    }

    @Test
    void aResetEmptiesTheTableForTheReplay() {
        long run = started(null);
        projection.reset();
        assertThat(projection.handle(new FindBillingRun(run))).isEmpty();
    }

    private long started(Long by) {
        long run = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        projection.on(new BillingRunStarted(run, NOVEMBER_20, by), STARTED_AT);
        return run;
    }

    private BillingRunView find(long run) {
        return projection.handle(new FindBillingRun(run)).orElseThrow();
    }
}
