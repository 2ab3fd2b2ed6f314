package io.netledger.app.personal;

import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.personal.DataKeys;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The email claims made before claims held digests: each becomes the digest {@link UniqueClaims#personal} makes
 * of it today, for the same owner and since the same time, and the email itself goes. A digest is "fp:" and 43
 * characters of base64url, which no email is (it has no "@").
 */
final class EmailClaimsInClear {

    /** CustomerCreation.EMAIL_SCOPE and UserCreation.EMAIL_SCOPE. */
    static final List<String> SCOPES = List.of("customer.email", "user.email");
    private static final String DIGEST = "^fp:[A-Za-z0-9_-]{43}$";

    private final JdbcTemplate jdbc;
    private final DataKeys keys;

    EmailClaimsInClear(JdbcTemplate jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** Answers how many claims were rewritten. */
    int digest(int batch) {
        int rewritten = 0;
        while (true) {
            // Each batch deletes what it read, so the next one starts at the first claim still in clear.
            List<Object[]> clear = jdbc.query("""
                    select scope, claimed_value, owner_id, claimed_at from unique_claims
                    where scope in (?, ?) and claimed_value !~ ? order by scope, claimed_value limit ?""",
                    (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4)},
                    SCOPES.get(0), SCOPES.get(1), DIGEST, batch);
            if (clear.isEmpty()) {
                return rewritten;
            }
            // A digest already there (claimed again after an upgrade) is the same claim: it stays as it is.
            jdbc.batchUpdate("""
                    insert into unique_claims (scope, claimed_value, owner_id, claimed_at) values (?, ?, ?, ?)
                    on conflict (scope, claimed_value) do nothing""", clear.stream().map(claim -> new Object[] {
                    claim[0], UniqueClaims.personal(keys, (String) claim[0], (String) claim[1]), claim[2], claim[3]})
                    .toList());
            jdbc.batchUpdate("delete from unique_claims where scope = ? and claimed_value = ?",
                    clear.stream().map(claim -> new Object[] {claim[0], claim[1]}).toList());
            rewritten += clear.size();
        }
    }
}
