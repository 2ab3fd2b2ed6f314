package io.netledger.query.partition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the partitions of the time-partitioned tables ready ahead of time (design document,
 * "Partitioning"): months for monitoring_data and network_logs, quarters for audit_logs.
 * Creating a partition is idempotent, so every node may run this.
 */
@Component
class PartitionUpkeep {

    private static final Logger log = LoggerFactory.getLogger(PartitionUpkeep.class);

    private final JdbcTemplate jdbc;

    PartitionUpkeep(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${netledger.partitions.cron:0 17 3 * * *}", zone = "UTC")
    void prepareUpcomingPartitions() {
        int created = ensure("audit_logs", "3 months", "YYYY\"q\"Q", "quarter", 4)
                + ensure("monitoring_data", "1 month", "YYYYMM", "month", 4)
                + ensure("network_logs", "1 month", "YYYYMM", "month", 4);
        if (created > 0) {
            log.info("Created {} upcoming partitions", created);
        }
    }

    private int ensure(String table, String step, String nameFormat, String period, int periods) {
        try {
            Integer created = jdbc.queryForObject("""
                    select ensure_range_partitions(?, ?::interval, ?,
                           date_trunc(?, now() at time zone 'UTC') at time zone 'UTC', ?)""",
                    Integer.class, table, step, nameFormat, period, periods);
            return created == null ? 0 : created;
        } catch (DataAccessException e) {
            // Another node may have created the same partition a moment ago; the next run checks again.
            log.warn("Could not prepare partitions of {}: {}", table, e.getMessage());
            return 0;
        }
    }
}
