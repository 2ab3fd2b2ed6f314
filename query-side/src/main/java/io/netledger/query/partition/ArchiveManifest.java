package io.netledger.query.partition;

import java.util.List;

/**
 * What an archive file holds, written beside it as {@code <partition>.manifest.json}.
 *
 * @param name       the partition's name, which names the archive ({@code network_logs_202601})
 * @param table      the partitioned table it was cut from
 * @param from       the partition's lower bound (inclusive), ISO-8601 in UTC
 * @param to         its upper bound (exclusive)
 * @param file       the archive file's name: the partition's rows as CSV with a header, gzip-compressed
 * @param columns    the CSV's columns, in order
 * @param rows       how many rows the partition held, and the archive holds
 * @param sha256     SHA-256 of the archive file, hex
 * @param bytes      the archive file's size
 * @param archivedAt when the partition was archived and dropped
 */
record ArchiveManifest(String name, String table, String from, String to, String file, List<String> columns,
                       long rows, String sha256, long bytes, String archivedAt) {
}
