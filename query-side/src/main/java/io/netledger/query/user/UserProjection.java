package io.netledger.query.user;

import io.netledger.api.user.FindLoginAccount;
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
import org.springframework.stereotype.Component;

/** Owns {@code users}; the password column holds the bcrypt hash only. */
@Component
@ProcessingGroup("users")
class UserProjection {

    private final UserRows rows;

    UserProjection(UserRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(UserRegistered event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.save(new UserRow(event.userId(), event.name(), event.email(), event.passwordHash(), event.role(), at,
                version));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<LoginAccount> handle(FindLoginAccount query) {
        return rows.findFirstByEmail(query.email().strip().toLowerCase(Locale.ROOT)).map(UserRow::loginAccount);
    }
}
