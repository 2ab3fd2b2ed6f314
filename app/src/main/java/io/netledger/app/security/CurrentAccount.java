package io.netledger.app.security;

import io.netledger.api.user.FindLoginAccountById;
import io.netledger.api.user.LoginAccount;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token is only as good as the account behind it: once an account is deactivated, or its
 * role or password changes, tokens issued before stop working at once rather than at their
 * expiry (a token without a {@link PasswordStamp} is one of those), and a reactivation does not
 * revive them ({@link DeactivationStamp}). An account the read
 * model does not know (yet, or while it is being rebuilt) is given the benefit of the
 * doubt: the token's signature and expiry still hold.
 */
final class CurrentAccount implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token",
            "the account was deactivated, or its role or password changed; log in again", null);

    private final QueryGateway queries;

    CurrentAccount(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        long userId;
        try {
            userId = Long.parseLong(token.getSubject());
        } catch (NumberFormatException e) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        Optional<LoginAccount> account = queries.query(new FindLoginAccountById(userId),
                ResponseTypes.optionalInstanceOf(LoginAccount.class)).join();
        if (account.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        List<String> roles = token.getClaimAsStringList(SecurityConfiguration.ROLES_CLAIM);
        boolean current = account.get().active() && roles != null
                && roles.equals(List.of(account.get().role().name()))
                && PasswordStamp.of(account.get().passwordHash()).equals(token.getClaimAsString(PasswordStamp.CLAIM))
                && DeactivationStamp.matches(account.get().lastDeactivation(),
                        token.getClaimAsString(DeactivationStamp.CLAIM));
        return current ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(REVOKED);
    }
}
