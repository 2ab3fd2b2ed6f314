package io.netledger.command.user;

import io.netledger.api.RuleViolation;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a password someone typed against the account's current hash, read from the
 * aggregate (the read model may lag behind a change made a moment ago). The typed
 * password is compared here and goes into no message, event or log.
 */
@Component
class PasswordCheck {

    private final Repository<User> users;
    private final PasswordEncoder passwords;

    PasswordCheck(Repository<User> users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** The account's version when the password matched; a rule violation when it does not. */
    long verify(long userId, String typed) {
        UnitOfWork<?> reading = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<User> user = users.load(String.valueOf(userId));
            String hash = user.invoke(User::passwordHash);
            if (typed == null || !passwords.matches(typed, hash)) {
                throw new RuleViolation("the current password is not right");
            }
            return user.version();
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation("the current password is not right");
        } finally {
            reading.rollback();
        }
    }
}
