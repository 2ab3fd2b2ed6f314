package io.netledger.query.partition;

import io.netledger.api.IspCalendar;
import io.netledger.api.setting.DefaultSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Archives and drops the partitions past their table's retention (design document, "Data Archival"; ADR 0024):
 * a partition whose whole range ends more than the setting's months ago ({@code retention.network_logs_months}
 * 6, {@code retention.monitoring_data_months} 12, {@code retention.audit_logs_months} 24). Runs daily on every
 * node; a partition is archived by whichever node takes its advisory lock first. The default partitions, which
 * catch rows outside every range, are never archived.
 */
@Component
class PartitionRetention {

    private static final Logger log = LoggerFactory.getLogger(PartitionRetention.class);

    /** The partitioned tables, their retention setting, and its default in months. */
    static final Map<String, Map.Entry<String, Integer>> TABLES = Map.of(
            "network_logs", Map.entry(DefaultSettings.RETENTION_NETWORK_LOGS, 6),
            "monitoring_data", Map.entry(DefaultSettings.RETENTION_MONITORING_DATA, 12),
            "audit_logs", Map.entry(DefaultSettings.RETENTION_AUDIT_LOGS, 24));

    private final JdbcTemplate jdbc;
    private final IspCalendar calendar;
    private final PartitionArchiver archiver;
    private final Path directory;

    PartitionRetention(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, IspCalendar calendar,
                       @Value("${netledger.archive-dir:${netledger.data-dir:./data}/archive}") Path directory) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
        this.archiver = new PartitionArchiver(jdbc, new TransactionTemplate(transactionManager), directory);
    }

    Path directory() {
        return directory;
    }

    @Scheduled(cron = "${netledger.retention.cron:0 41 3 * * *}", zone = "UTC")
    void scheduled() {
        try {
            archiveExpired();
        } catch (RuntimeException e) {
            log.error("Archiving partitions past their retention failed: {}", e.getMessage(), e);
        }
    }

    /** Archives every partition past its retention now; answers the manifests of those archived. */
    List<ArchiveManifest> archiveExpired() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the archive directory " + directory, e);
        }
        Instant now = calendar.now();
        List<ArchiveManifest> archived = new ArrayList<>();
        for (Partition partition : expired(now)) {
            try {
                archiver.archive(partition, now).ifPresent(manifest -> {
                    archived.add(manifest);
                    log.info("Archived {} ({} rows) to {} and dropped it", partition.name(), manifest.rows(),
                            directory.resolve(manifest.file()));
                });
            } catch (RuntimeException e) {
                // the partition stays as it was; the others go on, and the next run tries this one again
                log.error("Archiving {} failed; it is kept: {}", partition.name(), e.getMessage(), e);
            }
        }
        return archived;
    }

    List<Partition> expired(Instant now) {
        List<Partition> expired = new ArrayList<>();
        TABLES.forEach((table, retention) -> {
            Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months(retention.getKey(), retention.getValue()))
                    .toInstant();
            jdbc.query("""
                    select relname, bounds[1]::timestamptz, bounds[2]::timestamptz from (
                        select c.relname, regexp_match(pg_get_expr(c.relpartbound, c.oid),
                                                       'FROM \\(''([^'']+)''\\) TO \\(''([^'']+)''\\)') as bounds
                        from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = ?::regclass) partitions
                    where bounds is not null and bounds[2]::timestamptz <= ?
                    order by 2""",
                    row -> {
                        expired.add(new Partition(table, row.getString(1), row.getTimestamp(2).toInstant(),
                                row.getTimestamp(3).toInstant()));
                    }, table, cutoff.atOffset(ZoneOffset.UTC));
        });
        return expired;
    }

    /** The setting's months, when it holds a whole number from 1 to 1200; the default otherwise. */
    private int months(String key, int fallback) {
        try {
            List<String> values = jdbc.queryForList("select value from system_settings where key = ?", String.class, key);
            if (values.isEmpty() || values.get(0) == null) {
                return fallback;
            }
            int months = (int) Math.round(Double.parseDouble(values.get(0).strip()));
            return months >= 1 && months <= 1200 ? months : fallback;
        } catch (NumberFormatException | DataAccessException e) {
            return fallback;
        }
    }
}
