package io.netledger.query.user;

import io.netledger.api.user.LoginAccount;
import io.netledger.api.user.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The login columns of {@code users}, read with one plain SELECT: every request's token is
 * checked against them, and a Hibernate session and transaction per request cost several
 * times the statement (bench/README.md, "HTTP").
 */
final class LoginAccounts {

    private static final String COLUMNS = "select id, email, password, role, is_active, customer_id,"
            + " last_deactivation_version from users ";

    private final JdbcTemplate jdbc;

    LoginAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LoginAccount> byId(long userId) {
        return jdbc.query(COLUMNS + "where id = ?", LoginAccounts::account, userId).stream().findFirst();
    }

    /** {@code email} as the users table holds it: stripped and lower-cased. */
    Optional<LoginAccount> byEmail(String email) {
        return jdbc.query(COLUMNS + "where email = ? limit 1", LoginAccounts::account, email).stream().findFirst();
    }

    private static LoginAccount account(ResultSet row, int rowNumber) throws SQLException {
        long customerId = row.getLong("customer_id");
        Long customer = row.wasNull() ? null : customerId;
        long deactivation = row.getLong("last_deactivation_version");
        Long lastDeactivation = row.wasNull() ? null : deactivation;
        return new LoginAccount(row.getLong("id"), row.getString("email"), row.getString("password"),
                Role.fromValue(row.getString("role")), row.getBoolean("is_active"), customer, lastDeactivation);
    }
}
