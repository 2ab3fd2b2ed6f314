package io.netledger.command.user;

import io.netledger.command.claim.UniqueClaims;
import org.springframework.stereotype.Component;

/** Tells whether an email already belongs to a user, from the command side's own claims. */
@Component
public class UserLookup {

    private final UniqueClaims claims;

    UserLookup(UniqueClaims claims) {
        this.claims = claims;
    }

    public boolean isRegistered(String email) {
        return claims.isClaimedPersonal(UserCreation.EMAIL_SCOPE, UserCreation.normalised(email));
    }
}
