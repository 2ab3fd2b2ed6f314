package io.netledger.query.user;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.netledger.api.NotFound;
import io.netledger.api.user.FindUser;
import io.netledger.api.user.UserProfileView;
import io.netledger.api.user.UserView;
import java.security.Principal;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account, whatever its role: the token's subject is the user id. */
@RestController
@RequestMapping("/api/v1/account")
@PreAuthorize("isAuthenticated()")
class AccountQueryController {

    private final QueryGateway queries;

    AccountQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The user as {@code GET /users/{id}} shows it, with its profile beside. */
    record Account(@JsonUnwrapped UserView user, UserProfileView profile) {
    }

    @GetMapping
    Account get(Principal me) {
        long userId = Long.parseLong(me.getName());
        UserView user = queries.query(new FindUser(userId), ResponseTypes.optionalInstanceOf(UserView.class)).join()
                .orElseThrow(() -> new NotFound("user " + userId + " does not exist"));
        return new Account(user, UserQueryController.profileOf(queries, userId));
    }

    @GetMapping("/profile")
    ResponseEntity<UserProfileView> profile(Principal me) {
        return UserQueryController.versioned(UserQueryController.profileOf(queries, Long.parseLong(me.getName())));
    }
}
