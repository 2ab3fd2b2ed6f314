package io.netledger.query.partition;

import io.netledger.api.AlreadyTaken;
import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import io.netledger.api.RuleViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The archives in the archive directory, and bringing one back for an investigation: into a table of its own,
 * {@code restored_<name>}, shaped as its parent table, never into the live table (whose retention would only
 * archive it again, and whose readers would see old rows come back). The file must still be the one its
 * manifest describes, and the restored table must hold the manifest's count of rows.
 */
@Component
class ArchiveRestore {

    private static final Pattern NAME = Pattern.compile("(network_logs|monitoring_data|audit_logs)_(\\d{6}|\\d{4}q[1-4])");

    /** An archive as the list shows it. */
    record Archive(ArchiveManifest manifest, String restoredTable) {
    }

    /** What a restore did. */
    record Restored(String name, String table, long rows) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PartitionRetention retention;

    ArchiveRestore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PartitionRetention retention) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.retention = retention;
    }

    List<Archive> list() {
        Path directory = retention.directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Archive> archives = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".manifest.json")).toList()) {
                ArchiveManifest manifest = read(file);
                archives.add(new Archive(manifest, restoredTable(manifest.name())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archives.sort(Comparator.comparing((Archive archive) -> archive.manifest().table())
                .thenComparing(archive -> archive.manifest().from()));
        return archives;
    }

    Restored restore(String name) {
        if (name == null || name.length() > 64 || !NAME.matcher(name).matches()) {
            throw new BadRequest("an archive is named after its partition, such as network_logs_202601 or audit_logs_2024q3");
        }
        Path manifestFile = retention.directory().resolve(name + ".manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new NotFound("archive " + name + " does not exist");
        }
        ArchiveManifest manifest = read(manifestFile);
        Path file = retention.directory().resolve(manifest.file());
        if (!Files.isRegularFile(file) || !PartitionArchiver.sha256Of(file).equals(manifest.sha256())) {
            throw new RuleViolation("the archive file of " + name + " is missing or no longer the one its manifest "
                    + "describes (SHA-256 " + manifest.sha256() + "): it is not restored");
        }
        String table = "restored_" + name;
        return transactions.execute(status -> jdbc.execute((ConnectionCallback<Restored>) connection -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class,
                    "restore:" + name)) || restoredTable(name) != null) {
                throw new AlreadyTaken("archive " + name + " is already restored as " + table
                        + "; drop that table to restore it again");
            }
            jdbc.execute("create table " + PartitionArchiver.quoted(table) + " (like "
                    + PartitionArchiver.quoted(manifest.table()) + " including defaults)");
            String columns = String.join(", ", manifest.columns().stream().map(PartitionArchiver::quoted).toList());
            long rows = PartitionArchiver.load(connection, PartitionArchiver.quoted(table) + " (" + columns + ")", file);
            if (rows != manifest.rows()) {
                throw new RuleViolation("archive " + name + " holds " + rows + " rows, its manifest says "
                        + manifest.rows() + ": it is not restored");
            }
            return new Restored(name, table, rows);
        }));
    }

    private String restoredTable(String name) {
        return jdbc.queryForObject("select to_regclass(?)::text", String.class, "restored_" + name);
    }

    private static ArchiveManifest read(Path file) {
        try {
            return PartitionArchiver.JSON.readValue(file.toFile(), ArchiveManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable manifest " + file, e);
        }
    }
}
