package io.netledger.query.partition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Archives one partition past its retention (ADR 0024): in one transaction that holds the partition still
 * (SHARE lock: reads go on, no row is added or changed), its rows are copied out as gzip-compressed CSV to a
 * file beside the others, the file is copied back into a scratch table and compared row for row with the
 * partition both ways, and only when they agree is the manifest written, the file put in its place, and the
 * partition detached and dropped. Any failure rolls the transaction back and leaves the partition as it was;
 * an archive file already there from an earlier, failed run is replaced.
 */
final class PartitionArchiver {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Path directory;

    PartitionArchiver(JdbcTemplate jdbc, TransactionTemplate transactions, Path directory) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.directory = directory;
    }

    /** @return the manifest, or empty when another node is archiving this partition right now */
    Optional<ArchiveManifest> archive(Partition partition, Instant now) {
        return transactions.execute(status -> jdbc.execute((ConnectionCallback<Optional<ArchiveManifest>>) connection -> {
            Boolean mine = jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class,
                    "archive:" + partition.name());
            if (!Boolean.TRUE.equals(mine) || jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class,
                    partition.name()) != Boolean.TRUE) {
                return Optional.empty();
            }
            jdbc.execute("lock table " + partition.quoted() + " in share mode");
            List<String> columns = jdbc.queryForList("""
                    select attname from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped
                    order by attnum""", String.class, partition.name());
            long rows = jdbc.queryForObject("select count(*) from " + partition.quoted(), Long.class);
            Path partial = directory.resolve(partition.name() + ".csv.gz.partial");
            String sha256 = export(connection, partition, partial);
            verify(connection, partition, partial, rows);
            Path file = directory.resolve(partition.name() + ".csv.gz");
            ArchiveManifest manifest = new ArchiveManifest(partition.name(), partition.table(), partition.from().toString(),
                    partition.to().toString(), file.getFileName().toString(), columns, rows, sha256, size(partial),
                    now.toString());
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                JSON.writeValue(directory.resolve(partition.name() + ".manifest.json").toFile(), manifest);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jdbc.execute("alter table " + quoted(partition.table()) + " detach partition " + partition.quoted());
            jdbc.execute("drop table " + partition.quoted());
            return Optional.of(manifest);
        }));
    }

    private static String export(Connection connection, Partition partition, Path file) throws SQLException {
        try (OutputStream out = Files.newOutputStream(file);
             DigestOutputStream digested = new DigestOutputStream(out, sha256());
             GZIPOutputStream zipped = new GZIPOutputStream(digested, 64 * 1024)) {
            copyManager(connection).copyOut("copy " + partition.quoted() + " to stdout (format csv, header true)", zipped);
            zipped.finish();
            return HexFormat.of().formatHex(digested.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file, read back into a scratch table, holds exactly the partition's rows: no more, no fewer, none changed. */
    private void verify(Connection connection, Partition partition, Path file, long rows) throws SQLException {
        jdbc.execute("create temp table archive_check (like " + partition.quoted() + ") on commit drop");
        long copied = load(connection, "archive_check", file);
        Long differing = jdbc.queryForObject("""
                select (select count(*) from (select * from %1$s except all select * from archive_check) missing)
                     + (select count(*) from (select * from archive_check except all select * from %1$s) extra)"""
                .formatted(partition.quoted()), Long.class);
        jdbc.execute("drop table archive_check");
        if (copied != rows || differing == null || differing != 0) {
            throw new IllegalStateException("the archive of %s does not hold its rows (%d in the partition, %d in the file, %d differ)"
                    .formatted(partition.name(), rows, copied, differing));
        }
    }

    /** Copies an archive file's CSV into {@code table}; answers how many rows. */
    static long load(Connection connection, String table, Path file) throws SQLException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024)) {
            return copyManager(connection).copyIn("copy " + table + " from stdin (format csv, header true)", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256Of(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CopyManager copyManager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
