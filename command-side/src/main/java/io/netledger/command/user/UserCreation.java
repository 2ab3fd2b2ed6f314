package io.netledger.command.user;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.Role;
import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.customer.CustomerLookup;
import java.util.Locale;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Registers a user once its email is claimed: emails are unique across all users, and a customer has one login. */
@Component
class UserCreation {

    static final String EMAIL_SCOPE = "user.email";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Repository<User> users;
    private final UniqueClaims claims;
    private final CustomerLookup customers;

    UserCreation(Repository<User> users, UniqueClaims claims, CustomerLookup customers) {
        this.users = users;
        this.claims = claims;
        this.customers = customers;
    }

    @CommandHandler
    void handle(RegisterUser command) throws Exception {
        check(command.name() != null && !command.name().isBlank(), "name is required");
        check(command.role() != null, "role is required");
        check(command.email() != null && EMAIL.matcher(command.email().strip()).matches(), "email is not valid");
        User.requireBcrypt(command.passwordHash());
        check((command.role() == Role.CUSTOMER) == (command.customerId() != null),
                "a customer login belongs to exactly one customer; staff and administrators to none");
        String email = normalised(command.email());
        claims.claim(EMAIL_SCOPE, email, command.userId());
        if (command.customerId() != null) {
            customers.claimAccount(command.customerId(), command.userId());
        }
        users.newInstance(() -> new User(command, email));
    }

    static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
