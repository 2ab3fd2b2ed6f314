package io.netledger.command.user;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.IspCalendar;
import io.netledger.api.user.ActivateUser;
import io.netledger.api.user.ChangePassword;
import io.netledger.api.user.ChangeUserRole;
import io.netledger.api.user.DeactivateUser;
import io.netledger.api.user.LoginErased;
import io.netledger.api.user.PasswordChanged;
import io.netledger.api.user.RecordLogin;
import io.netledger.api.user.ResetPassword;
import io.netledger.api.user.Role;
import io.netledger.api.user.UpdateUserProfile;
import io.netledger.api.user.UserActivated;
import io.netledger.api.user.UserDeactivated;
import io.netledger.api.user.UserEmailVerified;
import io.netledger.api.user.UserProfileUpdated;
import io.netledger.api.user.UserRoleChanged;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.UserLoggedIn;
import io.netledger.api.user.UserRegistered;
import io.netledger.api.user.VerifyUserEmail;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.eventsourcing.conflictresolution.Conflicts;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person who logs in: staff, an administrator, or a customer. */
@Aggregate
class User {

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$");

    @AggregateIdentifier
    private Long userId;
    private Role role;
    private boolean active;
    private String passwordHash;
    private boolean emailVerified;
    private Profile profile;
    private boolean erased;

    User() {
    }

    /** Created by {@link UserCreation}, which first claims the email. */
    User(RegisterUser command, String name, String email) {
        apply(new UserRegistered(command.userId(), name, email, command.passwordHash(),
                command.role(), command.customerId()));
    }

    @CommandHandler
    void handle(RecordLogin command) {
        requireNotErased();
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
        requireNotErased();
        if (!active) {
            apply(new UserActivated(userId));
        }
    }

    @CommandHandler
    void handle(ChangeUserRole command) {
        requireNotErased();
        check(command.role() != null, "role is required");
        check(command.actingUserId() != userId, "you cannot change your own role");
        check(command.role() != Role.CUSTOMER && role != Role.CUSTOMER,
                "a customer account belongs to its customer; its role does not change");
        if (command.role() != role) {
            apply(new UserRoleChanged(userId, command.role()));
        }
    }

    /**
     * Only a change to the profile since the version the client read conflicts: a login or a
     * role change in between does not make its copy of the profile stale.
     */
    @CommandHandler
    long handle(UpdateUserProfile command, ConflictResolver conflicts, IspCalendar calendar) {
        requireNotErased();
        conflicts.detectConflicts(Conflicts.payloadTypeOf(UserProfileUpdated.class));
        // The ISP's calendar decides what "today" is for a birth date.
        Profile changed = Profile.of(command, calendar.today());
        if (!changed.equals(profile)) {
            apply(changed.updated(userId));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(ChangePassword command) {
        requireNotErased();
        requireBcrypt(command.newPasswordHash());
        check(passwordHash.equals(command.currentPasswordHash()),
                "the password was changed in the meantime; check the current password again");
        apply(new PasswordChanged(userId, command.newPasswordHash()));
        return getVersion();
    }

    @CommandHandler
    long handle(ResetPassword command) {
        requireNotErased();
        requireBcrypt(command.newPasswordHash());
        check(command.actingUserId() != userId, "your own password is changed with your current password");
        apply(new PasswordChanged(userId, command.newPasswordHash()));
        return getVersion();
    }

    @CommandHandler
    long handle(VerifyUserEmail command) {
        requireNotErased();
        if (!emailVerified) {
            apply(new UserEmailVerified(userId));
        }
        return getVersion();
    }

    /** Shuts a customer's login for good as the customer is erased ({@code CustomerErasure}). */
    void erase(long customerId) {
        if (!erased) {
            apply(new LoginErased(userId, customerId));
        }
    }

    private void requireNotErased() {
        check(!erased, "user " + userId + " is erased with its customer and cannot be used again");
    }

    /** The hash a password is checked against before {@link ChangePassword} is sent. */
    String passwordHash() {
        return passwordHash;
    }

    static void requireBcrypt(String hash) {
        check(hash != null && BCRYPT.matcher(hash).matches(), "password must arrive as a bcrypt hash");
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        role = event.role();
        active = true;
        passwordHash = event.passwordHash();
        profile = Profile.EMPTY;
    }

    @EventSourcingHandler
    void on(PasswordChanged event) {
        passwordHash = event.passwordHash();
    }

    @EventSourcingHandler
    void on(UserEmailVerified event) {
        emailVerified = true;
    }

    @EventSourcingHandler
    void on(UserProfileUpdated event) {
        profile = Profile.of(event);
    }

    @EventSourcingHandler
    void on(UserDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(LoginErased event) {
        erased = true;
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
