package io.netledger.command.claim;

import io.netledger.api.AlreadyTaken;
import io.netledger.command.personal.DataKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Set-based uniqueness (one email per user, one username per NAS). A claim is a row in
 * {@code unique_claims}, written in the same transaction as the command's events: two
 * concurrent commands can never both win, and a rolled-back command frees its claim.
 * The read models are never consulted: they lag behind the event store.
 */
@Component
public class UniqueClaims {

    private final JdbcTemplate jdbc;
    private final DataKeys keys;

    UniqueClaims(JdbcTemplate jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * A personal value (an email) as a claim holds it: a keyed digest, never the value, so that
     * {@code unique_claims} keeps no personal data (docs/adr/0015). Claim, release and look up with it.
     */
    public String personal(String scope, String value) {
        return personal(keys, scope, value);
    }

    /** {@link #personal(String, String)} with the keys at hand: for the migration of claims made in clear. */
    public static String personal(DataKeys keys, String scope, String value) {
        return keys.installationPrint(scope + "\u0000" + value);
    }

    /** Claims a personal value by its digest (V24 rewrote the claims made in clear before digests). */
    public void claimPersonal(String scope, String value, long ownerId, String takenMessage) {
        claim(scope, personal(scope, value), ownerId, takenMessage);
    }

    /** Frees a personal value claimed by {@link #claimPersonal}. */
    public void releasePersonal(String scope, String value, long ownerId) {
        release(scope, personal(scope, value), ownerId);
    }

    public boolean isClaimedPersonal(String scope, String value) {
        return isClaimed(scope, personal(scope, value));
    }

    /** Claims {@code value} within {@code scope} for {@code ownerId}, or throws {@link AlreadyTaken}. */
    public void claim(String scope, String value, long ownerId) {
        claim(scope, value, ownerId, scope + " " + value + " is already taken");
    }

    /** As {@link #claim(String, String, long)}, refusing with {@code takenMessage}, which a user can act on. */
    public void claim(String scope, String value, long ownerId, String takenMessage) {
        if (!tryClaim(scope, value, ownerId)) {
            throw new AlreadyTaken(scope, takenMessage);
        }
    }

    /** Claims {@code value} for {@code ownerId}; false when another owner holds it. Repeating a claim is harmless. */
    public boolean tryClaim(String scope, String value, long ownerId) {
        int inserted = jdbc.update("""
                insert into unique_claims (scope, claimed_value, owner_id) values (?, ?, ?)
                on conflict (scope, claimed_value) do nothing""", scope, value, ownerId);
        return inserted == 1 || owner(scope, value).map(owner -> owner == ownerId).orElse(false);
    }

    /**
     * Claims many values of one scope in one statement, each for its owner; answers the values
     * that another owner holds. Values are inserted in sorted order, so two callers with
     * overlapping values wait for one another instead of deadlocking.
     */
    public Set<String> tryClaimAll(String scope, Map<String, Long> owners) {
        if (owners.isEmpty()) {
            return Set.of();
        }
        List<String> values = owners.keySet().stream().sorted().toList();
        Long[] ids = values.stream().map(owners::get).toArray(Long[]::new);
        Set<String> inserted = new HashSet<>(jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into unique_claims (scope, claimed_value, owner_id)
                    select ?, value, owner from unnest(?::text[], ?::bigint[]) with ordinality as c(value, owner, n)
                    order by n
                    on conflict (scope, claimed_value) do nothing
                    returning claimed_value""")) {
                insert.setString(1, scope);
                insert.setArray(2, connection.createArrayOf("text", values.toArray()));
                insert.setArray(3, connection.createArrayOf("bigint", ids));
                List<String> rows = new ArrayList<>();
                try (ResultSet result = insert.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
                return rows;
            }
        }));
        List<String> held = values.stream().filter(value -> !inserted.contains(value)).toList();
        if (held.isEmpty()) {
            return Set.of();
        }
        Set<String> taken = new HashSet<>(held);
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(
                    "select claimed_value, owner_id from unique_claims where scope = ? and claimed_value = any(?)");
            select.setString(1, scope);
            select.setArray(2, connection.createArrayOf("text", held.toArray()));
            return select;
        }, (ResultSet row) -> {
            if (owners.get(row.getString(1)) == row.getLong(2)) {
                taken.remove(row.getString(1));
            }
        });
        return taken;
    }

    /** Frees {@code value} for others, if {@code ownerId} holds it: a changed email, a terminated subscription's username. */
    public void release(String scope, String value, long ownerId) {
        jdbc.update("delete from unique_claims where scope = ? and claimed_value = ? and owner_id = ?", scope, value,
                ownerId);
    }

    /** Frees every value {@code ownerId} holds within {@code scope}, in whichever form it was claimed. */
    public void releaseAll(String scope, long ownerId) {
        jdbc.update("delete from unique_claims where scope = ? and owner_id = ?", scope, ownerId);
    }

    /**
     * The values claimed within {@code scope} that begin with {@code prefix} (a subscription's invoiced periods).
     * Compared byte by byte, so that the index made for it serves the range whatever the database's collation.
     */
    public List<String> valuesStartingWith(String scope, String prefix) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("a prefix names what to look for");
        }
        String past = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        return jdbc.queryForList("""
                select claimed_value from unique_claims
                where scope = ? and claimed_value collate "C" >= ? and claimed_value collate "C" < ?""",
                String.class, scope, prefix, past);
    }

    public boolean isClaimed(String scope, String value) {
        return owner(scope, value).isPresent();
    }

    public Optional<Long> owner(String scope, String value) {
        return Optional.ofNullable(jdbc.query(
                "select owner_id from unique_claims where scope = ? and claimed_value = ?",
                rs -> rs.next() ? rs.getLong(1) : null, scope, value));
    }
}
