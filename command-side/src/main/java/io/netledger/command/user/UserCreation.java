package io.netledger.command.user;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.Email;
import io.netledger.api.Text;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.Role;
import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.customer.CustomerLookup;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registers a user once its email is claimed: emails are unique across all users, and a customer has one login,
 * named after the customer unless staff name it otherwise.
 */
@Component
class UserCreation {

    static final String EMAIL_SCOPE = "user.email";
    static final int MAX_NAME = 255;

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
        String name = named(command);
        check(name != null && !name.isBlank(), "name is required");
        Text.line("name", name.strip(), MAX_NAME);
        check(command.role() != null, "role is required");
        String email = normalised(command.email());
        User.requireBcrypt(command.passwordHash());
        check((command.role() == Role.CUSTOMER) == (command.customerId() != null),
                "a customer login belongs to exactly one customer; staff and administrators to none");
        claims.claimPersonal(EMAIL_SCOPE, email, command.userId(), "user.email " + email
                + " is already taken");
        if (command.customerId() != null) {
            customers.claimAccount(command.customerId(), command.userId());
        }
        users.newInstance(() -> new User(command, name.strip(), email));
    }

    /** The name given; for a customer's login given none, the customer's own (from its events, not a read model). */
    private String named(RegisterUser command) {
        boolean unnamed = command.name() == null || command.name().isBlank();
        return unnamed && command.role() == Role.CUSTOMER && command.customerId() != null
                ? customers.name(command.customerId()) : command.name();
    }

    /** One spelling per address (see {@link Email}), so that the claim finds it however it was typed. */
    static String normalised(String email) {
        return Email.of(email).value();
    }
}
