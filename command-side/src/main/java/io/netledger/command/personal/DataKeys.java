package io.netledger.command.personal;

import io.netledger.api.RuleViolation;
import io.netledger.api.personal.SubjectKind;
import io.netledger.api.secret.Sealed;
import io.netledger.api.secret.SecretCipher;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data subjects' keys in {@code personal_data_keys}, each sealed with the master key (a row sealed
 * with a retired master key is sealed again with the current one when it is next read). A key is created
 * in the transaction of the first event that needs it, and kept in memory only once that transaction has
 * committed: a key that was rolled back must never seal anything. Kept for a minute at most, so that a
 * subject erased through another node reads as erased here within that time.
 */
public final class DataKeys {

    /** The installation's own key, behind fingerprints and hashed claims: stable across master key rotations. */
    static final String INSTALLATION = "installation";
    private static final int CACHED = 10_000;
    private static final Duration KEPT = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final SecretCipher master;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED;
        }
    };

    public DataKeys(JdbcTemplate jdbc, SecretCipher master, Clock clock) {
        this.jdbc = jdbc;
        this.master = master;
        this.clock = clock;
    }

    /** The subject's key, if it has one: none once erased (or before anything personal was recorded). */
    Optional<DataKey> find(SubjectKind kind, long id) {
        return find(kind.code(), id);
    }

    /** The subject's key, created now when it has none yet (in the caller's transaction). */
    DataKey obtain(SubjectKind kind, long id) {
        return obtain(kind.code(), id);
    }

    /**
     * A digest of {@code value} keyed with the installation's own key (created on first use): for a value
     * that must be found again by equality, such as an email claimed as unique, without being kept.
     */
    public String installationPrint(String value) {
        return obtain(INSTALLATION, 0).fingerprint(value);
    }

    /**
     * Destroys the subject's key and records the erasure, in the caller's transaction: from its commit on,
     * nothing sealed with the key can be read again.
     */
    public void destroy(SubjectKind kind, long id, Instant at, String reason) {
        jdbc.update("delete from personal_data_keys where subject_kind = ? and subject_id = ?", kind.code(), id);
        jdbc.update("""
                insert into erased_subjects (subject_kind, subject_id, erased_at, reason) values (?, ?, ?, ?)
                on conflict do nothing""", kind.code(), id, Timestamp.from(at), reason);
        forget(kind.code(), id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // A key read by a concurrent transaction before this one committed must not stay in memory either.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(kind.code(), id);
                }
            });
        }
    }

    public boolean isErased(SubjectKind kind, long id) {
        return !jdbc.queryForList("select 1 from erased_subjects where subject_kind = ? and subject_id = ?",
                Integer.class, kind.code(), id).isEmpty();
    }

    /** Every erasure recorded in this database, oldest first. */
    public List<ErasureLedger.Entry> erased() {
        String installation = installationPrint(ErasureLedger.INSTALLATION_PRINT);
        return jdbc.query("select subject_kind, subject_id, erased_at, reason from erased_subjects"
                + " order by erased_at, subject_kind, subject_id", (rs, n) -> new ErasureLedger.Entry(installation,
                rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4)));
    }

    public boolean hasKey(SubjectKind kind, long id) {
        return raw(kind.code(), id).isPresent();
    }

    private Optional<DataKey> find(String kind, long id) {
        String name = kind + ":" + id;
        Instant now = clock.instant();
        Optional<DataKey> cached = cached(name, now);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<DataKey> key = raw(kind, id).map(bytes -> DataKey.of(bytes, name));
        key.ifPresent(k -> remember(name, k, now));
        return key;
    }

    private DataKey obtain(String kind, long id) {
        Optional<DataKey> cached = cached(kind + ":" + id, clock.instant());
        if (cached.isPresent()) {
            return cached.get();
        }
        // Most keys obtained and not in memory are new ones (a subject's first event): try to make it first, so
        // that a new subject costs one statement, and read the key only when it was there already.
        byte[] fresh = DataKey.fresh();
        String name = kind + ":" + id;
        DataKey key;
        try {
            // One statement: never a key for an erased subject, and of two transactions creating the same
            // subject's key the second waits for the first and then takes its key.
            List<Boolean> made = jdbc.queryForList("""
                    insert into personal_data_keys (subject_kind, subject_id, sealed_key)
                    select ?, ?, ? where not exists
                        (select 1 from erased_subjects where subject_kind = ? and subject_id = ?)
                    on conflict do nothing
                    returning true""", Boolean.class,
                    kind, id, master.seal(Base64.getEncoder().encodeToString(fresh)).value(), kind, id);
            key = !made.isEmpty() ? DataKey.of(fresh, name) : raw(kind, id).map(bytes -> DataKey.of(bytes, name))
                    .orElseThrow(() -> new RuleViolation(name.replace(':', ' ')
                            + " is erased: nothing personal is recorded about it again"));
        } finally {
            Arrays.fill(fresh, (byte) 0);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember(name, key, clock.instant());
                }
            });
        } else {
            remember(name, key, clock.instant());
        }
        return key;
    }

    private Optional<byte[]> raw(String kind, long id) {
        String sealed = jdbc.query("select sealed_key from personal_data_keys where subject_kind = ? and subject_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, kind, id);
        if (sealed == null) {
            return Optional.empty();
        }
        Sealed stored = new Sealed(sealed);
        char[] base64 = master.open(stored);
        try {
            byte[] key = Base64.getDecoder().decode(new String(base64));
            if (master.needsResealing(stored)) {
                jdbc.update("update personal_data_keys set sealed_key = ? where subject_kind = ? and subject_id = ?"
                        + " and sealed_key = ?", master.seal(new String(base64)).value(), kind, id, sealed);
            }
            return Optional.of(key);
        } finally {
            Arrays.fill(base64, '\0');
        }
    }

    private Optional<DataKey> cached(String name, Instant now) {
        synchronized (cache) {
            Cached cached = cache.get(name);
            return cached != null && cached.until().isAfter(now) ? Optional.of(cached.key()) : Optional.empty();
        }
    }

    private void remember(String name, DataKey key, Instant now) {
        synchronized (cache) {
            cache.put(name, new Cached(key, now.plus(KEPT)));
        }
    }

    private void forget(String kind, long id) {
        synchronized (cache) {
            cache.remove(kind + ":" + id);
        }
    }

    private record Cached(DataKey key, Instant until) {
    }
}
