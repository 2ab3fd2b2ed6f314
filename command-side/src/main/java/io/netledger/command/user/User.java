package io.netledger.command.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.netledger.api.user.RecordLogin;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.UserLoggedIn;
import io.netledger.api.user.UserRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person who logs in: staff, an administrator, or a customer. */
@Aggregate
class User {

    @AggregateIdentifier
    private Long userId;

    User() {
    }

    /** Created by {@link UserRegistration}, which first claims the email. */
    User(RegisterUser command, String email) {
        apply(new UserRegistered(command.userId(), command.name().strip(), email, command.passwordHash(),
                command.role()));
    }

    @CommandHandler
    void handle(RecordLogin command) {
        apply(new UserLoggedIn(userId));
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
    }
}
