package io.netledger.command.user;

import io.netledger.command.claim.UniqueClaims;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Erases a customer's login in the unit of work that erases the customer, so that both or neither are erased:
 * the login is shut for good and its email free for someone else.
 */
@Component
public class LoginErasure {

    private final Repository<User> users;
    private final UniqueClaims claims;

    LoginErasure(Repository<User> users, UniqueClaims claims) {
        this.users = users;
        this.claims = claims;
    }

    public void erase(long userId, long customerId) {
        users.load(String.valueOf(userId)).execute(user -> user.erase(customerId));
        claims.releaseAll(UserCreation.EMAIL_SCOPE, userId);
    }
}
