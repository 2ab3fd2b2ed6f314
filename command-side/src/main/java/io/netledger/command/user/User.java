package io.netledger.command.user;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.netledger.api.user.ActivateUser;
import io.netledger.api.user.ChangeUserRole;
import io.netledger.api.user.DeactivateUser;
import io.netledger.api.user.RecordLogin;
import io.netledger.api.user.Role;
import io.netledger.api.user.UserActivated;
import io.netledger.api.user.UserDeactivated;
import io.netledger.api.user.UserRoleChanged;
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
    private Role role;
    private boolean active;

    User() {
    }

    /** Created by {@link UserRegistration}, which first claims the email. */
    User(RegisterUser command, String email) {
        apply(new UserRegistered(command.userId(), command.name().strip(), email, command.passwordHash(),
                command.role(), command.customerId()));
    }

    @CommandHandler
    void handle(RecordLogin command) {
        check(active, "a deactivated account cannot log in");
        apply(new UserLoggedIn(userId));
    }

    @CommandHandler
    void handle(DeactivateUser command) {
        check(command.actingUserId() != userId, "you cannot deactivate your own account");
        if (active) {
            apply(new UserDeactivated(userId));
        }
    }

    @CommandHandler
    void handle(ActivateUser command) {
        if (!active) {
            apply(new UserActivated(userId));
        }
    }

    @CommandHandler
    void handle(ChangeUserRole command) {
        check(command.role() != null, "role is required");
        check(command.actingUserId() != userId, "you cannot change your own role");
        check(command.role() != Role.CUSTOMER && role != Role.CUSTOMER,
                "a customer account belongs to its customer; its role does not change");
        if (command.role() != role) {
            apply(new UserRoleChanged(userId, command.role()));
        }
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        role = event.role();
        active = true;
    }

    @EventSourcingHandler
    void on(UserDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(UserActivated event) {
        active = true;
    }

    @EventSourcingHandler
    void on(UserRoleChanged event) {
        role = event.role();
    }
}
