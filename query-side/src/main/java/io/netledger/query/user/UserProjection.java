package io.netledger.query.user;

import io.netledger.api.customer.CustomerErased;
import io.netledger.api.user.FindLoginAccount;
import io.netledger.api.user.FindLoginAccountById;
import io.netledger.api.user.FindUser;
import io.netledger.api.user.FindUsers;
import io.netledger.api.user.PasswordChanged;
import io.netledger.api.user.UserActivated;
import io.netledger.api.user.UserDeactivated;
import io.netledger.api.user.UserEmailVerified;
import io.netledger.api.user.UserPage;
import io.netledger.api.user.UserRoleChanged;
import io.netledger.api.user.UserView;
import io.netledger.query.Pages;
import org.springframework.data.domain.Page;
import io.netledger.api.user.LoginAccount;
import io.netledger.api.user.UserRegistered;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Owns {@code users}; the password column holds the bcrypt hash only. */
@Component
@ProcessingGroup("users")
class UserProjection {

    private final UserRows rows;
    private final LoginAccounts logins;

    UserProjection(UserRows rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.logins = new LoginAccounts(jdbc);
    }

    @EventHandler
    void on(UserRegistered event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.save(new UserRow(event.userId(), event.name(), event.email(), event.passwordHash(), event.role(),
                event.customerId(), at, version));
    }

    @EventHandler
    void on(UserDeactivated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.userId(), at, version, row -> row.deactivate(version));
    }

    @EventHandler
    void on(UserActivated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.userId(), at, version, row -> row.setActive(true));
    }

    @EventHandler
    void on(UserRoleChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.userId(), at, version, row -> row.setRole(event.role()));
    }

    @EventHandler
    void on(PasswordChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.userId(), at, version, row -> row.setPassword(event.passwordHash()));
    }

    @EventHandler
    void on(UserEmailVerified event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.userId(), at, version, row -> row.emailVerified(at));
    }

    @EventHandler
    void on(CustomerErased event, @Timestamp Instant at) {
        for (UserRow row : rows.findAllById(event.userIds())) {
            row.erase(at);
            rows.save(row);
        }
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<UserView> handle(FindUser query) {
        return rows.findById(query.userId()).map(UserRow::view);
    }

    @QueryHandler
    UserPage handle(FindUsers query) {
        Page<UserRow> page = rows.find(query.role() == null ? null : query.role().value(), query.active(),
                Pages.pageable(query.page()));
        return new UserPage(page.map(UserRow::view).getContent(), Pages.metadata(page));
    }

    @QueryHandler
    Optional<LoginAccount> handle(FindLoginAccount query) {
        return logins.byEmail(query.email().strip().toLowerCase(Locale.ROOT));
    }

    @QueryHandler
    Optional<LoginAccount> handle(FindLoginAccountById query) {
        return logins.byId(query.userId());
    }
}
