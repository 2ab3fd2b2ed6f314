package io.netledger.query.partition;

import java.time.Instant;

/** One partition of a time-partitioned table, with its range. */
record Partition(String table, String name, Instant from, Instant to) {

    String quoted() {
        return PartitionArchiver.quoted(name);
    }
}
