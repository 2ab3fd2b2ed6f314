package io.netledger.command.personal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.personal.SubjectKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every erasure, one JSON line each, in a file outside the database: a backup restored from before an erasure
 * brings its keys back, and this list, kept apart from the backups, is how the erasure is applied again
 * ({@code docs/operations.md}). Lines name the installation they belong to, so a ledger never erases anyone in
 * another NetLedger's database. A line is written once its erasure has committed; one lost to a crash in
 * between is written again from {@code erased_subjects} at the next start ({@link #addMissing}).
 */
public final class ErasureLedger {

    static final String INSTALLATION_PRINT = "erasure-ledger";
    private static final Logger log = LoggerFactory.getLogger(ErasureLedger.class);

    private final Path file;
    private final ObjectMapper json;
    private final DataKeys keys;

    public ErasureLedger(Path file, ObjectMapper json, DataKeys keys) {
        this.file = file;
        this.json = json;
        this.keys = keys;
    }

    /** One erased subject, as the ledger keeps it. */
    public record Entry(String installation, String kind, long id, Instant erasedAt, String reason) {
    }

    /** Appends the erasure once the caller's transaction has committed; at once outside one. */
    public void recordAfterCommit(SubjectKind kind, long id, Instant at, String reason) {
        Entry entry = new Entry(installation(), kind.code(), id, at, reason);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    appendOrWarn(entry);
                }
            });
        } else {
            appendOrWarn(entry);
        }
    }

    /** The entries of this installation, oldest first. */
    public List<Entry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        String installation = installation();
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Entry entry;
                try {
                    entry = json.readValue(line, Entry.class);
                } catch (JsonProcessingException torn) {
                    // A line cut short by a crash while it was written: its erasure is in erased_subjects.
                    log.warn("Skipped a line of the erasure ledger {} that is not whole", file);
                    continue;
                }
                if (installation.equals(entry.installation())) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the erasure ledger " + file, e);
        }
        return entries;
    }

    /** Appends each erasure of the database that the ledger lacks (its line lost to a crash); answers how many. */
    public int addMissing() {
        List<Entry> held = entries();
        List<Entry> missing = keys.erased().stream().filter(e -> held.stream()
                .noneMatch(h -> h.kind().equals(e.kind()) && h.id() == e.id())).toList();
        missing.forEach(this::append);
        return missing.size();
    }

    /** The customers the ledger erased that this database does not know as erased: a backup restored from before. */
    public List<Entry> notInDatabase() {
        List<Entry> erased = keys.erased();
        return entries().stream().filter(e -> e.kind().equals(SubjectKind.CUSTOMER.code()))
                .filter(e -> erased.stream().noneMatch(d -> d.kind().equals(e.kind()) && d.id() == e.id()))
                .toList();
    }

    /** What identifies this installation's database without naming it: a print with its own key. */
    public String installation() {
        return keys.installationPrint(INSTALLATION_PRINT);
    }

    public Path file() {
        return file;
    }

    private void appendOrWarn(Entry entry) {
        try {
            append(entry);
        } catch (RuntimeException e) {
            // The erasure has committed; the next start writes the line from erased_subjects.
            log.error("Could not write {} {} to the erasure ledger {}; it is written at the next start",
                    entry.kind(), entry.id(), file, e);
        }
    }

    private synchronized void append(Entry entry) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the erasure ledger " + file, e);
        }
    }
}
