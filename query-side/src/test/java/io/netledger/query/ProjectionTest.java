package io.netledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the projection tests: a real PostgreSQL with query-side's migrations, the
 * projections as beans, and a way to hand them events as Axon would, in a transaction that
 * commits (so Hibernate flushes, and a column mapped wrong fails here). Assertions read the
 * tables with SQL, as a user of the read model sees them, not through the entities.
 */
@SpringBootTest(classes = ProjectionTestApplication.class, properties = {
        "spring.main.banner-mode=off",
        "spring.flyway.locations=classpath:db/migration,classpath:db/event-store",
        "spring.jpa.open-in-view=false",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.properties.hibernate.jdbc.batch_size=100",
        "spring.jpa.properties.hibernate.order_inserts=true",
        "spring.jpa.properties.hibernate.order_updates=true",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=io.netledger.query.RecordedStatements",
        "spring.datasource.hikari.maximum-pool-size=4"})
public abstract class ProjectionTest {

    /** A moment in the ISP's morning (09:00 WIB), and later ones: event timestamps. */
    protected static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    protected static final Instant T1 = T0.plusSeconds(3600);
    protected static final Instant T2 = T0.plusSeconds(7200);

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    /** Runs event handlers as one batch of a processor: one transaction, committed at the end. */
    protected void handle(Runnable batch) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> batch.run());
    }

    /** Empties tables before a test whose assertions look at a whole table (lists, ordering, counts). */
    protected void emptied(String... tables) {
        jdbc.execute("truncate " + String.join(", ", tables));
    }

    /** The one row a query finds; fails when there is none or more than one. */
    protected Map<String, Object> row(String sql, Object... args) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql, args);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    protected long count(String sql, Object... args) {
        Long n = jdbc.queryForObject("select count(*) from (" + sql + ") counted", Long.class, args);
        return n == null ? 0 : n;
    }

    protected static Instant instant(Object column) {
        return column == null ? null : ((Timestamp) column).toInstant();
    }
}
