package io.netledger.app.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.netledger.app.NetLedgerProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the server named by NETLEDGER_DB_URL, or else an embedded
 * PostgreSQL 17 whose data lives under {@code <data-dir>/postgres} and survives restarts,
 * so that a machine with only a JDK runs the whole system.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /**
     * {@code connectionTimeout}: how long a request waits for a connection before it is answered
     * 503 (Hikari's default of 30 s would hold every request that long while PostgreSQL restarts).
     */
    @Bean(destroyMethod = "close")
    DataSource dataSource(NetLedgerProperties properties, EmbeddedDatabase embedded,
            @Value("${netledger.db.connection-timeout:5s}") Duration connectionTimeout,
            @Value("${netledger.db.minimum-idle:-1}") int minimumIdle,
            @Value("${netledger.db.idle-timeout:10m}") Duration idleTimeout) {
        NetLedgerProperties.Db db = properties.db();
        HikariConfig config = new HikariConfig();
        config.setPoolName("netledger");
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setMaximumPoolSize(db.poolSize() > 0 ? db.poolSize() : 20);
        // By default the pool stays full (Hikari's advice for a server); several nodes or test contexts on one
        // PostgreSQL keep fewer idle connections so that together they stay under its max_connections.
        if (minimumIdle >= 0) {
            config.setMinimumIdle(Math.min(minimumIdle, config.getMaximumPoolSize()));
            config.setIdleTimeout(idleTimeout.toMillis());
        }
        if (db.external()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(NetLedgerProperties properties) throws IOException {
        if (properties.db().external()) {
            return EmbeddedDatabase.NONE;
        }
        Path dataDirectory = properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(properties.db().embeddedPort())
                .setPGStartupWait(Duration.ofSeconds(60))
                // Stopped when the context closes, after the processors and the pool: zonky's own JVM hook
                // would stop it at the same moment as Spring's, pulling the database from under a closing
                // context that then waits on connections (5 s of a 6 s shutdown).
                .setRegisterShutdownHook(false)
                // zonky runs PostgreSQL for throwaway test data (fsync and synchronous commit
                // off); here it holds the operator's books, so a crash must not lose them.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        log.info("Embedded PostgreSQL running on port {} with its data in {}", postgres.getPort(), dataDirectory);
        return new EmbeddedDatabase(postgres);
    }

    /** The embedded server's lifetime is the application context's. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {

        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
