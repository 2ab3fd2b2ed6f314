package io.netledger.command.user;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.RuleViolation;
import java.nio.charset.StandardCharsets;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Plaintext passwords stop here: they become the bcrypt hashes that commands carry, or are
 * checked against the hash an account has now. That hash is read from the account's events,
 * not from the users read model, which may still show one replaced a moment ago.
 */
@Component
public class Passwords {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads no further, and Spring's encoder refuses longer input outright. */
    static final int MAX_BYTES = 72;

    private final PasswordEncoder encoder;
    private final Repository<User> users;

    Passwords(PasswordEncoder encoder, Repository<User> users) {
        this.encoder = encoder;
        this.users = users;
    }

    /** The bcrypt hash of a new password, once it is long enough and not too long for bcrypt. */
    public String hash(String password) {
        check(password.length() >= MIN_LENGTH, "a password has at least " + MIN_LENGTH + " characters");
        check(password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES,
                "a password has at most " + MAX_BYTES + " bytes");
        return encoder.encode(password);
    }

    /** The account's current hash, once {@code password} is shown to match it. */
    String verified(long userId, String password) {
        String current = currentHash(userId);
        if (!encoder.matches(password, current)) {
            throw new RuleViolation("the current password is not correct");
        }
        return current;
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    private String currentHash(long userId) {
        // Outside a command there is no unit of work, and a repository loads only inside one.
        ResultMessage<String> loaded = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> users.load(String.valueOf(userId)).invoke(User::passwordHash));
        if (loaded.isExceptional()) {
            Throwable failure = loaded.exceptionResult();
            throw failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
        }
        return loaded.getPayload();
    }
}
